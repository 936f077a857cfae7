/** An acceptable rejection: one of these statuses, naming one of these documented errors. */
export interface AcceptableRejection {
  statuses: readonly number[];
  errors: readonly string[];
}

/**
 * An acceptable 200: every event the instance did not mark is in `successful`; every marked event is in
 * `failed` with one of `failedCodes` (absent: no event may fail).
 */
export interface AcceptableSuccess {
  failedCodes?: readonly string[];
  /** Marked events may also be ingested: the reference gives a format but never says another one is refused. */
  markedMaySucceed?: boolean;
}

/**
 * The answers a case accepts. At least one of `reject` and `accept` is set. With `observed`, the reference
 * does not pin the outcome down: an acceptable answer is recorded as observed, never as a failure.
 */
export interface Expectation {
  reject?: AcceptableRejection;
  accept?: AcceptableSuccess;
  observed?: boolean;
}
