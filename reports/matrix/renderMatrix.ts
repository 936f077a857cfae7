import { markdownCell, markdownTable } from "../text/markdownTable.ts";
import { printable } from "../text/printable.ts";
import { textTable } from "../text/textTable.ts";
import { esc } from "../writers/html/markup.ts";
import { STYLE } from "../writers/html/style.ts";
import type { Matrix } from "./buildMatrix.ts";
import { cellText } from "./cellText.ts";

export type MatrixFormat = "text" | "markdown" | "html";

function text(matrix: Matrix): string {
  const rows = matrix.groups.flatMap(({ category, rows }) => [
    [`[${category}]`],
    ...rows.map((row) => [`  ${row.id}`, ...row.cells.map(cellText)].map(printable)),
  ]);
  return `${textTable(["case", ...matrix.columns.map(printable)], rows)}\n`;
}

function markdown(matrix: Matrix): string {
  const rows = matrix.groups.flatMap(({ category, rows }) => [
    [`**${category}**`, ...matrix.columns.map(() => "")],
    ...rows.map((row) => [row.id, ...row.cells.map(cellText)].map(markdownCell)),
  ]);
  return `${markdownTable(["case", ...matrix.columns.map(markdownCell)], rows)}\n`;
}

const CELL_CLASS: Record<string, string> = { "✔": "ok", "✘": "bad", "~": "mixed" };

function html(matrix: Matrix): string {
  const head = `<tr><th>case</th>${matrix.columns.map((c) => `<th>${esc(c)}</th>`).join("")}</tr>`;
  const body = matrix.groups.flatMap(({ category, rows }) => [
    `<tr><th colspan="${matrix.columns.length + 1}">${esc(category)}</th></tr>`,
    ...rows.map((row) => {
      const cells = row.cells.map((cell) => {
        const content = cellText(cell);
        const cls = CELL_CLASS[content.charAt(0)];
        return `<td${cls === undefined ? "" : ` class="${cls}"`}>${esc(content)}</td>`;
      });
      return `<tr><td title="${esc(row.title)}">${esc(row.id)}</td>${cells.join("")}</tr>`;
    }),
  ]);
  return [
    "<!DOCTYPE html>",
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>PutAuditEvents compatibility matrix</title><style>${STYLE}</style></head><body>`,
    "<h1>PutAuditEvents compatibility matrix</h1>",
    `<table><thead>${head}</thead><tbody>${body.join("")}</tbody></table>`,
    "</body></html>",
    "",
  ].join("\n");
}

const RENDERERS: Record<MatrixFormat, (matrix: Matrix) => string> = { text, markdown, html };

/** The compatibility matrix as a terminal table, a Markdown table, or a self-contained HTML page. */
export function renderMatrix(matrix: Matrix, format: MatrixFormat): string {
  return RENDERERS[format](matrix);
}
