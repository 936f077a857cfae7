import { describe, expect, it } from "vitest";
import { OPERATION_ERRORS, PER_EVENT_ERROR_CODES } from "../../generated/constants.ts";
import { CATALOGUE } from "./catalogue.ts";

/**
 * Every name of the spec's operation errors and per-event codes, and ThrottlingException (whose trigger is a
 * quota): read from the generated constants, so that a name added to the spec fails here until a case has it.
 */
const DOCUMENTED = [
  ...OPERATION_ERRORS.map((error) => error.name),
  ...PER_EVENT_ERROR_CODES.map((entry) => entry.code),
  "ThrottlingException",
];

/** The cases whose expectation names `name` as the error or per-event code they are written for. */
const casesExpecting = (name: string) =>
  CATALOGUE.filter(
    (c) =>
      !c.expect.observed && (c.expect.reject?.errors.includes(name) || c.expect.accept?.failedCodes?.includes(name)),
  ).map((c) => c.id);

describe("the catalogue has a case for every documented answer", () => {
  it.each(DOCUMENTED)("%s is expected by a (not observed) case", (name) => {
    expect(casesExpecting(name)).not.toEqual([]);
  });
});
