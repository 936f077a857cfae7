import type { Expectation } from "../model/expectation.ts";
import { readingRejection } from "./readingAnswers.ts";

/** Client errors of this operation are HTTP 400 (spec: x-pae-operation-errors, x-pae-common-errors). */
const CLIENT_ERROR = [400] as const;

/** The answers cases share, built from error names so no case spells out statuses twice. */
export const expectations = {
  /** A 200 where every event is in `successful`. */
  ingested: (): Expectation => ({ accept: {} }),
  /** A 400 naming one of `errors` (other statuses only where the reference documents them). */
  rejected: (errors: readonly string[], statuses: readonly number[] = CLIENT_ERROR): Expectation => ({
    reject: { statuses, errors },
  }),
  /**
   * The marked events fail with one of `codes` in a 200, or the whole request is refused as the reading
   * eventFailureMode allows (spec: x-pae-readings).
   */
  failedOrRejected: (...codes: string[]): Expectation => ({
    accept: { failedCodes: codes },
    reject: readingRejection("eventFailureMode"),
  }),
  /** Not pinned down by the reference: a 200 ingesting every event, or a 400 naming one of `errors`. */
  observed: (errors: readonly string[]): Expectation => ({
    accept: {},
    reject: { statuses: CLIENT_ERROR, errors },
    observed: true,
  }),
} as const;
