import type { Responder } from "../../../harness/sender/testing/localServer.ts";

/** Reads the request and never writes a byte back. */
export const neverAnswers: Responder = () => {};
