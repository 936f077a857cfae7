import { createRequire } from "node:module";
import type CloudTrailData from "aws-sdk/clients/cloudtraildata.js";
import type { ParamValidation } from "aws-sdk/lib/config-base.js";
import type { RunningEmulator } from "../startEmulator.ts";

// The v2 SDK prints a maintenance-mode notice on load unless told not to.
process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE = "1";
const require = createRequire(import.meta.url);
const CloudTrailDataClient = require("aws-sdk/clients/cloudtraildata.js") as typeof CloudTrailData;

export interface ClientOptions {
  secretAccessKey?: string;
  accessKeyId?: string;
  /** The SDK's own checks before sending: true (its default) checks required members, types and `min`. */
  paramValidation?: boolean | ParamValidation;
}

/** The real AWS SDK for JavaScript v2 client, pointed at a running emulator, one attempt per call. */
export function cloudTrailDataClient(emulator: RunningEmulator, options: ClientOptions = {}): CloudTrailData {
  return new CloudTrailDataClient({
    endpoint: emulator.url,
    region: emulator.region,
    credentials: {
      accessKeyId: options.accessKeyId ?? emulator.credentials.accessKeyId,
      secretAccessKey: options.secretAccessKey ?? emulator.credentials.secretAccessKey,
    },
    maxRetries: 0,
    paramValidation: options.paramValidation ?? true,
  });
}

/** The SDK's answer to a call, and whether the request left the SDK (its "send" event fired). */
export async function sdkCall(
  client: CloudTrailData,
  params: CloudTrailData.PutAuditEventsRequest,
): Promise<{ outcome: string; sent: boolean }> {
  let sent = false;
  const request = client.putAuditEvents(params);
  request.on("send", () => {
    sent = true;
  });
  return { outcome: await sdkOutcome(request.promise()), sent };
}

/** The SDK's error code for a call that fails, or "ok". */
export async function sdkOutcome(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "ok";
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}
