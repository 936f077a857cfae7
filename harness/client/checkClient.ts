import type { RunDocument } from "../model/runDocument.ts";
import { type CheckClientOptions, checkClientDriver } from "./checkClientDriver.ts";
import type { ClientUnderTest } from "./clientUnderTest.ts";
import {
  DEFAULT_INTERCEPTION,
  INTERCEPTION_MODES,
  type InterceptionMode,
  type InterceptionModeEntry,
} from "./interceptionModes.ts";

export interface CheckClientInProcessOptions extends CheckClientOptions {
  /** How its requests reach the emulator; default "nock": the client keeps the real AWS endpoint. */
  interception?: InterceptionMode;
}

/**
 * Checks a client function in process: every request it sends passes the request checks, and it surfaces
 * every scripted answer (success, partial failure, each documented error in both encodings, a malformed 200)
 * as documented. Returns a run document that writeReports renders like a `run` report.
 */
export async function checkClient(options: ClientUnderTest & CheckClientInProcessOptions): Promise<RunDocument> {
  const mode: InterceptionModeEntry = INTERCEPTION_MODES[options.interception ?? DEFAULT_INTERCEPTION];
  await mode.ready?.();
  await options.ready?.();
  return checkClientDriver(options.name, mode.driver(options), {
    ...options,
    replay: options.replay ?? `npx pae-conformance client --builtin ${options.name}${mode.replayFlags}`,
  });
}
