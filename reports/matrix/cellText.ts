import type { MatrixCell } from "./buildMatrix.ts";

/** A matrix cell in a few characters: `✔ ChannelNotFound`, `✘ 500 InternalFailure`, `~ 200 (observed)`, `n/a`. */
export function cellText(cell: MatrixCell | undefined): string {
  if (cell === undefined) return "—";
  const answer = cell.answer === undefined ? "" : ` ${cell.answer}`;
  switch (cell.outcome) {
    case "pass":
      return `✔${answer}`;
    case "fail":
      return `✘${answer}`;
    case "observed":
      return `~${answer} (observed)`;
    case "skipped":
      return "skipped";
    case "not-applicable":
      return "n/a";
    case "unreachable":
      return "unreachable";
  }
}
