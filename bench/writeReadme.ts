import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { writeFileAtomic } from "../reports/io/writeFileAtomic.ts";
import { parseBenchDocument } from "./benchDocument.ts";
import { replaceSection } from "./readmeSection.ts";
import { renderReadmeTable } from "./renderReadmeTable.ts";

/**
 * `npm run bench:readme [FILE]`: renders FILE (default reports/bench.json, the last `npm run bench`) into the
 * README's performance section and keeps a copy as bench/readme-bench.json, the figures the README shows;
 * a test holds the README to that copy, so the table is never typed by hand.
 */
const root = new URL("..", import.meta.url);
const source = process.argv[2] ?? fileURLToPath(new URL("reports/bench.json", root));
const readmePath = fileURLToPath(new URL("README.md", root));
const text = readFileSync(source, "utf8");
const doc = parseBenchDocument(text, source);
writeFileAtomic(fileURLToPath(new URL("bench/readme-bench.json", root)), `${JSON.stringify(doc, null, 2)}\n`);
writeFileAtomic(readmePath, replaceSection(readFileSync(readmePath, "utf8"), renderReadmeTable(doc)));
process.stdout.write(`README performance section rendered from ${source}\n`);
