import type { ImportEdge } from "./importGraph.ts";

/** One row of ARCHITECTURE.md's import arrows: a folder and the folders (all above it) it may import. */
export interface LayerRow {
  folder: string;
  mayImport: readonly string[];
}

/** The name a row's arrows use for test support (`testing/` folders and `*.fixture.ts` files). */
export const TEST_SUPPORT = "testing";
export const ARROWS_HEADING = "## Import arrows";

export const isTest = (path: string) => /\.test\.[cm]?[jt]s$/.test(path);
export const isTestSupport = (path: string) =>
  path.split("/").includes(TEST_SUPPORT) || /\.fixture\.[cm]?[jt]s$/.test(path);

const backticked = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? "");

/** The table under `## Import arrows`: `| \`folder\` | \`may\`, \`import\` |`, header and rule skipped. */
export function parseLayeringTable(markdown: string): LayerRow[] {
  const section = markdown.split(ARROWS_HEADING)[1] ?? "";
  const lines = section.split("\n").map((line) => line.trim());
  const start = lines.findIndex((line) => line.startsWith("|"));
  if (start < 0) return [];
  const end = lines.findIndex((line, index) => index > start && !line.startsWith("|"));
  return lines
    .slice(start + 2, end < 0 ? undefined : end)
    .map((line) => line.split("|").slice(1, -1))
    .map(([folder = "", arrows = ""]) => ({ folder: backticked(folder)[0] ?? "", mayImport: backticked(arrows) }));
}

/** The most specific row folder that holds `path`. */
export function unitOf(path: string, rows: readonly LayerRow[]): string | undefined {
  return rows
    .map((row) => row.folder)
    .filter((folder) => path === folder || path.startsWith(`${folder}/`))
    .sort((a, b) => b.length - a.length)[0];
}

/** Where an arrow lands: test support, a test file (never importable), or a row's folder. */
function targetOf(path: string, rows: readonly LayerRow[]): string | undefined {
  if (isTest(path)) return "a test file";
  return isTestSupport(path) ? TEST_SUPPORT : unitOf(path, rows);
}

/** Arrows of the table that point at no row above their own (so the table is not layered). */
export function tableErrors(rows: readonly LayerRow[]): string[] {
  return rows.flatMap((row, index) => [
    ...(rows.findIndex((other) => other.folder === row.folder) < index ? [`${row.folder}: listed twice`] : []),
    ...row.mayImport
      .filter((arrow) => arrow !== TEST_SUPPORT && !rows.slice(0, index).some((above) => above.folder === arrow))
      .map((arrow) => `${row.folder} → ${arrow}: not a folder above it in the table`),
  ]);
}

/** Imports of source files (tests and test support aside) that the table does not allow. */
export function layeringViolations(edges: readonly ImportEdge[], rows: readonly LayerRow[]): string[] {
  return edges
    .filter((edge) => !isTest(edge.from) && !isTestSupport(edge.from))
    .flatMap(({ from, to }) => {
      const own = unitOf(from, rows);
      if (own === undefined) return [`${from}: in no folder of the table`];
      const target = targetOf(to, rows);
      if (target === own) return [];
      const allowed = rows.find((row) => row.folder === own)?.mayImport.includes(target ?? "") ?? false;
      return allowed ? [] : [`${from} imports ${to}: ${own} may not import ${target ?? "a file in no folder"}`];
    });
}

/** Arrows of the table that no import takes: the table must state the real arrows, not stale ones. */
export function unusedArrows(edges: readonly ImportEdge[], rows: readonly LayerRow[]): string[] {
  const taken = new Set(
    edges
      .filter((edge) => !isTest(edge.from) && !isTestSupport(edge.from))
      .map((edge) => `${unitOf(edge.from, rows)} → ${targetOf(edge.to, rows)}`),
  );
  return rows.flatMap((row) => row.mayImport.map((arrow) => `${row.folder} → ${arrow}`)).filter((a) => !taken.has(a));
}
