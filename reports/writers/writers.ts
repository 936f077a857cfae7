import type { RunDocument } from "../../harness/model/runDocument.ts";
import { html } from "./html.ts";
import { json } from "./json.ts";
import { junit } from "./junit.ts";
import { markdown } from "./markdown.ts";

/** A report format: the file it writes and how it renders a run (never re-running a check). */
export interface ReportWriter {
  file: string;
  render: (run: RunDocument) => string;
}

/** Every report format, keyed by the name --format takes. Adding one touches this map and one file. */
export const WRITERS = {
  json: { file: "report.json", render: json },
  junit: { file: "junit.xml", render: junit },
  html: { file: "report.html", render: html },
  markdown: { file: "summary.md", render: markdown },
} as const satisfies Record<string, ReportWriter>;

export type ReportFormat = keyof typeof WRITERS;

export const REPORT_FORMATS: readonly ReportFormat[] = ["json", "junit", "html", "markdown"];
