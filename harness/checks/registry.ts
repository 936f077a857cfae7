import type { Check } from "../model/check.ts";
import { answerIsAcceptable } from "./answerIsAcceptable.ts";
import { contentTypeIsJson } from "./contentTypeIsJson.ts";
import { errorEncodingsAgree } from "./errorEncodingsAgree.ts";
import { errorIsDocumented } from "./errorIsDocumented.ts";
import { errorIsIdentified } from "./errorIsIdentified.ts";
import { noServerErrorForClientMistake } from "./noServerErrorForClientMistake.ts";
import { perEventCodesDocumented } from "./perEventCodesDocumented.ts";
import { responseMatchesSchema } from "./responseMatchesSchema.ts";
import { successInvariants } from "./successInvariants.ts";
import { transportSucceeded } from "./transportSucceeded.ts";

/** Every check, applied to every exchange. Adding a check touches its file and one line here. */
export const CHECKS = {
  transportSucceeded,
  noServerErrorForClientMistake,
  errorIsIdentified,
  errorEncodingsAgree,
  errorIsDocumented,
  responseMatchesSchema,
  contentTypeIsJson,
  answerIsAcceptable,
  successInvariants,
  perEventCodesDocumented,
} as const satisfies Record<string, Check>;

export type CheckName = keyof typeof CHECKS;

export class UnknownCheckError extends Error {
  constructor(readonly checkName: string) {
    super(`unknown check "${checkName}"; known checks: ${Object.keys(CHECKS).join(", ")}`);
  }
}

/** The checks to apply, by name; an unknown name is an error. */
export function selectChecks(names: readonly string[] = Object.keys(CHECKS)): [CheckName, Check][] {
  return names.map((name) => {
    if (!(name in CHECKS)) throw new UnknownCheckError(name);
    return [name as CheckName, CHECKS[name as CheckName]];
  });
}
