import type { Check } from "../model/check.ts";
import { fail, pass } from "./verdicts.ts";

/** The target answered with an HTTP response at all. */
export const transportSucceeded: Check = (exchange) => {
  const error = exchange.transportError;
  if (!error && exchange.response) return pass("transportSucceeded", { reason: "the target answered" });
  return fail("transportSucceeded", {
    expected: "an HTTP response",
    actual: `transport error: ${error?.kind ?? "other"}`,
    reason: `no response from the target (${error?.kind ?? "other"}: ${error?.message ?? "unknown"})`,
  });
};
