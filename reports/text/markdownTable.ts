import { printable } from "./printable.ts";

/** A cell that cannot break the table: pipes escaped, line breaks folded, markup characters neutralised. */
export function markdownCell(text: string): string {
  return printable(text)
    .replace(/[\\`*_[\]<>|]/g, (char) => `\\${char}`)
    .trim();
}

/** A GitHub-flavoured Markdown table; the caller escapes cells (markdownCell, markdownCode). */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  rightAligned: readonly number[] = [],
): string {
  const line = (row: readonly string[]): string => `| ${row.join(" | ")} |`;
  const rule = `|${header.map((_, i) => (rightAligned.includes(i) ? " ---: " : " --- ")).join("|")}|`;
  return [line(header), rule, ...rows.map(line)].join("\n");
}
