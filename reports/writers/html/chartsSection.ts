import type { CaseOutcome, CaseResult, RunDocument } from "../../../harness/model/runDocument.ts";
import { groupByCategory } from "../../analysis/groupByCategory.ts";
import { esc } from "./markup.ts";

const OUTCOMES: readonly CaseOutcome[] = ["pass", "observed", "fail", "unreachable", "skipped", "not-applicable"];
/** Colours that stay apart in greyscale print too: each segment also carries its count as text. */
const FILL: Record<CaseOutcome, string> = {
  pass: "#1a7f37",
  observed: "#bf8700",
  fail: "#cf222e",
  unreachable: "#8250df",
  skipped: "#8c959f",
  "not-applicable": "#d0d7de",
};
const LABEL_W = 110;
const BAR_W = 520;
const ROW_H = 22;
const LEGEND_W = 105;

function outcomeBars(cases: readonly CaseResult[]): string {
  const groups = groupByCategory(cases);
  const rows = groups.map(({ category, items }, row) => {
    const y = row * ROW_H;
    let x = LABEL_W;
    const segments = OUTCOMES.flatMap((outcome) => {
      const n = items.filter((c) => c.outcome === outcome).length;
      if (n === 0) return [];
      const w = (n / items.length) * BAR_W;
      const segment = `<rect x="${x.toFixed(1)}" y="${y + 3}" width="${w.toFixed(1)}" height="${ROW_H - 6}" fill="${FILL[outcome]}"><title>${esc(`${category}: ${n} ${outcome}`)}</title></rect>${w >= 18 ? `<text x="${(x + w / 2).toFixed(1)}" y="${y + 15}" class="in">${n}</text>` : ""}`;
      x += w;
      return [segment];
    });
    return `<text x="0" y="${y + 15}">${esc(category)}</text>${segments.join("")}`;
  });
  const legendY = groups.length * ROW_H + 14;
  const legend = OUTCOMES.map(
    (outcome, i) =>
      `<rect x="${LABEL_W + i * LEGEND_W}" y="${legendY - 10}" width="10" height="10" fill="${FILL[outcome]}"/><text x="${LABEL_W + i * LEGEND_W + 14}" y="${legendY}">${esc(outcome)}</text>`,
  );
  const height = legendY + 6;
  const width = LABEL_W + OUTCOMES.length * LEGEND_W;
  return `<svg class="chart" role="img" aria-label="cases per category by outcome" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${rows.join("")}${legend.join("")}</svg>`;
}

function latencyStrips(cases: readonly CaseResult[]): string {
  const sent = cases.filter((c) => c.runs > 0 && c.latencyMs.max > 0);
  const groups = groupByCategory(sent);
  if (groups.length === 0) return "";
  const top = Math.max(...sent.map((c) => c.latencyMs.p95), 1);
  const scale = (ms: number) => LABEL_W + (Math.min(ms, top) / top) * BAR_W;
  const rows = groups.map(({ category, items }, row) => {
    const y = row * ROW_H + ROW_H / 2;
    const marks = items.map(
      (c) =>
        `<line x1="${scale(c.latencyMs.p50).toFixed(1)}" x2="${scale(c.latencyMs.p95).toFixed(1)}" y1="${y}" y2="${y}" stroke="#57606a" stroke-width="2"/><circle cx="${scale(c.latencyMs.p50).toFixed(1)}" cy="${y}" r="4" fill="${FILL[c.outcome]}"><title>${esc(`${c.id}: p50 ${c.latencyMs.p50} ms, p95 ${c.latencyMs.p95} ms`)}</title></circle>`,
    );
    return `<line x1="${LABEL_W}" x2="${LABEL_W + BAR_W}" y1="${y}" y2="${y}" stroke="#eaeef2"/><text x="0" y="${y + 4}">${esc(category)}</text>${marks.join("")}`;
  });
  const axisY = groups.length * ROW_H + 14;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map(
    (f) => `<text x="${(LABEL_W + f * BAR_W).toFixed(1)}" y="${axisY}" class="tick">${(f * top).toFixed(1)} ms</text>`,
  );
  const height = axisY + 6;
  return `<svg class="chart" role="img" aria-label="latency per case, p50 dot to p95 line, by category" viewBox="0 0 ${LABEL_W + BAR_W + 40} ${height}" width="${LABEL_W + BAR_W + 40}" height="${height}">${rows.join("")}${ticks.join("")}</svg>`;
}

/** Pictures for a glance, inline SVG (no script, no fetch, prints as drawn): outcomes and latency per category. */
export function chartsSection(run: RunDocument): string {
  if (run.cases.length === 0) return "";
  const latency = latencyStrips(run.cases);
  return [
    '<h2 id="charts">At a glance</h2>',
    "<p>Cases per category by outcome:</p>",
    outcomeBars(run.cases),
    ...(latency === "" ? [] : ["<p>Latency per case (dot: p50, line to p95), by category:</p>", latency]),
  ].join("\n");
}
