import type { MutationScore } from "./mutationScore.ts";

/** The one line a mutation run ends with: `score: K/N faults killed, F false alarms over R readings`. */
export function scoreLine(score: MutationScore): string {
  return `score: ${score.killed}/${score.total} faults killed, ${score.falseAlarms} false alarms over ${score.readings.length} readings`;
}
