/** A fault id that is not in the catalogue; the message lists the known ones. */
export class UnknownFaultError extends Error {
  override readonly name = "UnknownFaultError";
  readonly exitCode = 2;

  constructor(
    readonly faultId: string,
    readonly knownIds: readonly string[],
  ) {
    super(`unknown fault '${faultId}'; known faults: ${knownIds.join(", ")}`);
  }
}
