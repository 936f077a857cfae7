import type { RunDocument } from "../model/runDocument.ts";
import { type CheckClientOptions, checkClientDriver } from "./checkClientDriver.ts";
import type { ClientUnderTest } from "./clientUnderTest.ts";
import { inProcessDriver } from "./inProcessDriver.ts";

/**
 * Checks a client function in process: every request it sends passes the request checks, and it surfaces
 * every scripted answer (success, partial failure, each documented error in both encodings, a malformed 200)
 * as documented. Returns a run document that writeReports renders like a `run` report.
 */
export function checkClient(options: ClientUnderTest & CheckClientOptions): Promise<RunDocument> {
  return checkClientDriver(options.name, inProcessDriver(options), options);
}
