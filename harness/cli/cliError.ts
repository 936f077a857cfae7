/**
 * Exit codes of every command: 0 conformant, 1 a case failed or a regression, 2 usage or setup problem,
 * 3 an internal error (a bug in pae-conformance), 130 interrupted.
 */
export const EXIT = { ok: 0, failed: 1, usage: 2, internal: 3, interrupted: 130 } as const;

/** A user-facing failure: one line, a distinct exit code, never a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message);
  }
}
