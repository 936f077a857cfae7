import type { RunDocument } from "../../../harness/model/runDocument.ts";
import { runVerdict } from "../../analysis/runVerdict.ts";
import { verdictLine } from "../../analysis/verdictLine.ts";
import { esc } from "./markup.ts";

/** The verdict first (heading and coloured banner), then target, fault, the seed the replay commands take, runs. */
export function headerSection(run: RunDocument): string {
  const { target } = run;
  const verdict = runVerdict(run);
  const rows: [string, string][] = [
    ["target", `${target.endpoint} (${target.region})${target.embedded ? ", embedded reference emulator" : ""}`],
    ...(target.fault === undefined ? [] : ([["fault", target.fault]] as [string, string][])),
    ["seed", String(run.run.seed)],
    ["runs", String(run.run.runs)],
    ["started", run.run.startedAt],
    ["finished", run.run.finishedAt],
    ["tool", `${run.tool.name} ${run.tool.version}, run ${run.run.id}`],
  ];
  const banner = [
    `<p class="banner verdict-${verdict.toLowerCase()}">${esc(verdict)}: ${esc(verdictLine(run).replace(/^\S+ /, ""))}</p>`,
    run.run.complete
      ? '<p class="banner complete">Complete: every selected case ran.</p>'
      : `<p class="banner incomplete">INCOMPLETE: ${esc(run.run.incompleteReason ?? "no reason recorded")}</p>`,
  ];
  return [
    `<h1><span class="verdict-${verdict.toLowerCase()}">${esc(verdict)}</span> PutAuditEvents conformance: ${esc(target.endpoint)}</h1>`,
    ...banner,
    `<dl>${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join("")}</dl>`,
  ].join("\n");
}
