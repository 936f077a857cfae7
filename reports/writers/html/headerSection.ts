import type { RunDocument } from "../../../harness/model/runDocument.ts";
import { esc } from "./markup.ts";

/** Title, target, fault, seed and runs, and a banner saying whether the run completed. */
export function headerSection(run: RunDocument): string {
  const { target } = run;
  const rows: [string, string][] = [
    ["target", `${target.endpoint} (${target.region})${target.embedded ? ", embedded reference emulator" : ""}`],
    ...(target.fault === undefined ? [] : ([["fault", target.fault]] as [string, string][])),
    ["seed", String(run.run.seed)],
    ["runs", String(run.run.runs)],
    ["started", run.run.startedAt],
    ["finished", run.run.finishedAt],
    ["tool", `${run.tool.name} ${run.tool.version}, run ${run.run.id}`],
  ];
  const banner = run.run.complete
    ? '<p class="banner complete">Complete: every selected case ran.</p>'
    : `<p class="banner incomplete">INCOMPLETE: ${esc(run.run.incompleteReason ?? "no reason recorded")}</p>`;
  return [
    `<h1>PutAuditEvents conformance: ${esc(target.endpoint)}</h1>`,
    `<dl>${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join("")}</dl>`,
    banner,
  ].join("\n");
}
