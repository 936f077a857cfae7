import { printable } from "./printable.ts";

/**
 * Inline code that survives a table cell: fenced with more backticks than the text holds, line breaks
 * folded, pipes escaped (GitHub splits cells on `|` even inside code, and renders `\|` as a pipe there).
 */
export function markdownCode(text: string): string {
  const flat = printable(text).replace(/\|/g, "\\|");
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}
