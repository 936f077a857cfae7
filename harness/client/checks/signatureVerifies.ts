import { fail, pass } from "../../checks/verdicts.ts";
import type { ClientRequestCheck } from "../clientRequestCheck.ts";

const CHECK = "signatureVerifies";

/** The SigV4 signature, recomputed from the received bytes with the harness's credentials, matches. */
export const signatureVerifies: ClientRequestCheck = (_request, { signature }) =>
  signature.valid
    ? pass(CHECK, { reason: "the signature verifies" })
    : fail(CHECK, {
        expected: "a valid SigV4 signature",
        actual: "invalid",
        reason: `the signature does not verify: ${signature.reason}`,
      });
