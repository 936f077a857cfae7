/** A reading flag or option naming a reading or a value the spec does not have, or not of the form NAME=VALUE. */
export class UnknownReadingError extends Error {
  override readonly name = "UnknownReadingError";
  readonly exitCode = 2;

  constructor(message: string) {
    super(message);
  }
}
