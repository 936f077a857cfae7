/** Width in code points: good enough for the ASCII a console summary mostly holds. */
function width(text: string): number {
  return [...text].length;
}

/** A plain-text table: columns padded to their widest cell, `rightAligned` ones (numbers) to the right. */
export function textTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  rightAligned: readonly number[] = [],
): string {
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((row) => width(row[column] ?? ""))));
  const line = (row: readonly string[]): string =>
    widths
      .map((w, column) => {
        const cell = row[column] ?? "";
        const pad = " ".repeat(w - width(cell));
        return rightAligned.includes(column) ? pad + cell : cell + pad;
      })
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [line(header), rule, ...rows.map(line)].join("\n");
}
