/** A fixture file that cannot be read or does not describe an EmulatorFixture; the message is one line. */
export class EmulatorFixtureError extends Error {
  override readonly name = "EmulatorFixtureError";
  readonly exitCode = 2;

  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`emulator fixture ${path}: ${reason}`.replace(/\s*\n\s*/g, " "));
  }
}
