import { READINGS } from "../../generated/constants.ts";
import type { AcceptableRejection, Expectation } from "../model/expectation.ts";

type ReadingName = (typeof READINGS)[number]["name"];

/** What one allowed answer of an open fact obliges the suite to accept (spec: x-pae-readings). */
interface ReadingAnswer {
  value: string;
  accepts?: boolean;
  failsEventWith?: string;
  rejectsWith?: AcceptableRejection;
}

function answersOf(name: ReadingName): readonly ReadingAnswer[] {
  const reading = READINGS.find((candidate) => candidate.name === name);
  return reading === undefined ? [] : (reading.values as readonly ReadingAnswer[]);
}

const union = <T>(lists: readonly (readonly T[])[]): T[] => [...new Set(lists.flat())];

/** Every refusal any value of the readings allows, merged into one (statuses and names). */
export function readingRejection(...names: ReadingName[]): AcceptableRejection {
  const refusals = names.flatMap(answersOf).flatMap((answer) => (answer.rejectsWith ? [answer.rejectsWith] : []));
  return { statuses: union(refusals.map((r) => r.statuses)), errors: union(refusals.map((r) => r.errors)) };
}

/**
 * The expectation of a case whose outcome hangs on open facts: every answer some value of the named readings
 * allows. Where one value ingests the events and another refuses them (or fails them), the case is observed;
 * where every value refuses, it asserts a refusal with any of their names.
 */
export function readingAnswers(...names: ReadingName[]): Expectation {
  const answers = names.flatMap(answersOf);
  const accepts = answers.some((answer) => answer.accepts === true);
  const failedCodes = union(answers.map((answer) => (answer.failsEventWith ? [answer.failsEventWith] : [])));
  const reject = readingRejection(...names);
  const refuses = reject.errors.length > 0 || failedCodes.length > 0;
  const accept =
    failedCodes.length > 0 ? { failedCodes, ...(accepts ? { markedMaySucceed: true } : {}) } : accepts ? {} : undefined;
  return {
    ...(accept === undefined ? {} : { accept }),
    ...(reject.errors.length > 0 ? { reject } : {}),
    ...(accepts && refuses ? { observed: true } : {}),
  };
}
