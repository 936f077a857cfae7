/**
 * How a client surfaced an answer. In process: the promise's value or the thrown error's name and code.
 * Out of process: exit 0 is `resolved` (stdout, parsed when JSON), another code is `threw`, with the
 * documented error names its output mentions and the output itself.
 */
export type SurfacedAnswer =
  | { kind: "resolved"; value: unknown; exitCode?: number; output?: CommandOutput }
  | { kind: "threw"; names: string[]; text: string; exitCode?: number; output?: CommandOutput }
  | { kind: "timed-out"; afterMs: number };

/** What a client command printed (out of process only). */
export interface CommandOutput {
  stdout: string;
  stderr: string;
}

/** A short label for reports: `resolved`, `threw ChannelNotFound`, `exited 254 naming ChannelNotFound`. */
export function describeSurfaced(answer: SurfacedAnswer): string {
  if (answer.kind === "timed-out") return "timed out";
  if (answer.kind === "resolved") return answer.exitCode === undefined ? "resolved" : `exited ${answer.exitCode}`;
  const named = answer.names.length === 0 ? "(no documented name)" : answer.names.join("/");
  return answer.exitCode === undefined ? `threw ${named}` : `exited ${answer.exitCode} naming ${named}`;
}
