import type { RunDocument } from "../../harness/model/runDocument.ts";
import { runVerdict } from "../analysis/runVerdict.ts";
import { casesSection } from "./html/casesSection.ts";
import { chartsSection } from "./html/chartsSection.ts";
import { errorMatrixSection } from "./html/errorMatrixSection.ts";
import { failuresSection } from "./html/failuresSection.ts";
import { headerSection } from "./html/headerSection.ts";
import { latencySection } from "./html/latencySection.ts";
import { esc } from "./html/markup.ts";
import { observedSection } from "./html/observedSection.ts";
import { STYLE } from "./html/style.ts";
import { summarySection } from "./html/summarySection.ts";

/** report.html: one self-contained page (inline CSS, no script, no external resource) that works offline. */
export function html(run: RunDocument): string {
  const sections = [
    headerSection(run),
    summarySection(run),
    chartsSection(run),
    errorMatrixSection(run.cases),
    failuresSection(run.cases),
    observedSection(run.cases),
    casesSection(run.cases),
    latencySection(run.cases),
  ].filter((section) => section !== "");
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    // Forbids any fetch, so a report that quotes a hostile response cannot phone home even if escaping failed.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${esc(`${runVerdict(run)} · PutAuditEvents conformance: ${run.target.endpoint}`)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    ...sections,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
