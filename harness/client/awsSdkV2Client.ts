import { createRequire } from "node:module";
import type CloudTrailData from "aws-sdk/clients/cloudtraildata.js";
import { importOptionalPeer } from "../model/optionalPeer.ts";
import type { ClientSetup, ClientUnderTest } from "./clientUnderTest.ts";

const require = createRequire(import.meta.url);
let loaded: typeof CloudTrailData | undefined;

/** aws-sdk, an optional peer dependency, required on first use so that the package loads without it. */
function cloudTrailDataClient(): typeof CloudTrailData {
  // The v2 SDK prints a maintenance-mode notice on load unless told not to.
  process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE = "1";
  loaded ??= require("aws-sdk/clients/cloudtraildata.js") as typeof CloudTrailData;
  return loaded;
}

/** Retries are observed but bounded: at most 3 attempts per call. */
const MAX_RETRIES = 2;

/** The AWS SDK for JavaScript v2 `CloudTrailData` client for a setup; without an endpoint, the SDK picks AWS's. */
export function awsSdkV2Service(setup: Omit<ClientSetup, "endpoint"> & { endpoint?: string }): CloudTrailData {
  const CloudTrailDataClient = cloudTrailDataClient();
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
  ready: async () => {
    await importOptionalPeer("aws-sdk", "the built-in client aws-sdk-v2", async () => cloudTrailDataClient());
  },
  call: (setup) => {
    const service = awsSdkV2Service(setup);
    return (input) => service.putAuditEvents(input).promise();
  },
};
