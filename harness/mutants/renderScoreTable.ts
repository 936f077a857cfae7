import type { MutationScore } from "./mutationScore.ts";

const escapeCell = (text: string) => text.replaceAll("|", "\\|").replaceAll("\n", " ");

/** The score as a Markdown table: fault, killed or survived, the case that killed it, time. */
export function renderScoreTable(score: MutationScore): string {
  const percent = score.total === 0 ? 100 : Math.round((score.killed / score.total) * 1000) / 10;
  const lines = [
    `Mutation score: ${score.killed}/${score.total} faults killed (${percent}%), seed ${score.seed}, ${score.runs} runs.`,
    score.falseAlarms === 0
      ? `Faithful emulator: every case passes under each of ${score.readings.length} readings (no false alarms).`
      : `Faithful emulator: ${score.falseAlarms} FALSE ALARMS over ${score.readings.length} readings.`,
    "",
    "| reading | false alarms | time |",
    "|---|---|---|",
    ...score.readings.map(
      (r) =>
        `| ${escapeCell(r.label)} | ${r.falseAlarms.length === 0 ? "none" : `**${escapeCell(r.falseAlarms.map((f) => f.caseId).join(", "))}**`} | ${(r.durationMs / 1000).toFixed(1)} s |`,
    ),
    "",
    "| fault | result | killed by | time |",
    "|---|---|---|---|",
    ...score.mutants.map(
      (m) =>
        `| ${m.fault} | ${m.killed ? "killed" : "**SURVIVED**"} | ${m.killedBy ? escapeCell(m.killedBy.caseId) : "-"} | ${(m.durationMs / 1000).toFixed(1)} s |`,
    ),
  ];
  return `${lines.join("\n")}\n`;
}
