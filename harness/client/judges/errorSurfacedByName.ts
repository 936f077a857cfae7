import { fail, pass } from "../../checks/verdicts.ts";
import { sanitiseErrorName } from "../../protocol/errorName.ts";
import type { AnswerJudge } from "./answerJudge.ts";

const CHECK = "errorSurfacedByName";

/** A documented error is thrown (or exits non-zero), and the error's name or code is the documented name. */
export const errorSurfacedByName: AnswerJudge<"error"> = ({ name, status }, answer, { attempts }) => {
  const expected = `threw ${name}`;
  const tries = attempts === 1 ? "" : ` after ${attempts} attempts`;
  if (answer.kind === "resolved") {
    return fail(CHECK, {
      expected,
      actual: "resolved",
      reason: `the client resolved although the service answered ${name} (${status})${tries}`,
    });
  }
  const names = answer.names.map((raw) => sanitiseErrorName(raw) ?? raw);
  const actual = `threw ${names.join("/") || "(unnamed)"}`;
  return names.includes(name)
    ? pass(CHECK, { expected, actual, reason: `threw ${name}${tries}` })
    : fail(CHECK, { expected, actual, reason: `${actual}${tries}; the service answered ${name} (${status})` });
};
