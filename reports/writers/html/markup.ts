import { escapeXml } from "../../text/escapeXml.ts";

/** Escaped text; every value from the run document goes through here before it reaches the page. */
export const esc = (text: string | number): string => escapeXml(String(text));

/** A table whose cells are already HTML; `numeric` columns are right-aligned. */
export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  numeric: readonly number[] = [],
  rowClass: (index: number) => string = () => "",
): string {
  const cls = (i: number): string => (numeric.includes(i) ? ' class="n"' : "");
  const head = header.map((h, i) => `<th${cls(i)}>${esc(h)}</th>`).join("");
  const body = rows.map((row, r) => {
    const cells = row.map((cell, i) => (cell.startsWith("<td") ? cell : `<td${cls(i)}>${cell}</td>`)).join("");
    const rc = rowClass(r);
    return `<tr${rc === "" ? "" : ` class="${esc(rc)}"`}>${cells}</tr>`;
  });
  return `<table><thead><tr>${head}</tr></thead><tbody>${body.join("")}</tbody></table>`;
}

/** An outcome as a coloured word. */
export const outcomeBadge = (outcome: string): string => `<span class="${esc(outcome)}">${esc(outcome)}</span>`;

/** A ready command or request, kept verbatim. */
export const pre = (text: string): string => `<pre>${esc(text)}</pre>`;
