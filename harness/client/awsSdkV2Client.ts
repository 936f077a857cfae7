import { createRequire } from "node:module";
import type CloudTrailData from "aws-sdk/clients/cloudtraildata.js";
import type { ClientSetup, ClientUnderTest } from "./clientUnderTest.ts";

// The v2 SDK prints a maintenance-mode notice on load unless told not to.
process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE = "1";
const require = createRequire(import.meta.url);
const CloudTrailDataClient = require("aws-sdk/clients/cloudtraildata.js") as typeof CloudTrailData;

/** Retries are observed but bounded: at most 3 attempts per call. */
const MAX_RETRIES = 2;

/** The AWS SDK for JavaScript v2 `CloudTrailData` client for a setup; without an endpoint, the SDK picks AWS's. */
export function awsSdkV2Service(setup: Omit<ClientSetup, "endpoint"> & { endpoint?: string }): CloudTrailData {
  return new CloudTrailDataClient({
    ...(setup.endpoint === undefined ? {} : { endpoint: setup.endpoint }),
    region: setup.region,
    credentials: { ...setup.credentials },
    maxRetries: MAX_RETRIES,
    retryDelayOptions: { base: 10 },
  });
}

/** The built-in client under test: aws-sdk v2, parameter validation on, as users configure it. */
export const awsSdkV2Client: ClientUnderTest = {
  name: "aws-sdk-v2",
  call: (setup) => {
    const service = awsSdkV2Service(setup);
    return (input) => service.putAuditEvents(input).promise();
  },
};
