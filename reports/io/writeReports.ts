import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { RUN_DOCUMENT_SCHEMA_VERSION, type RunDocument } from "../../harness/model/runDocument.ts";
import { validateRunDocument } from "../schema/validateRunDocument.ts";
import { REPORT_FORMATS, type ReportFormat, type ReportWriter, WRITERS } from "../writers/writers.ts";
import { describeFsError } from "./describeFsError.ts";
import { ReportWriteError } from "./reportWriteError.ts";
import { writeFileAtomic } from "./writeFileAtomic.ts";

/**
 * Writes the reports of a run into `outDir` (created if needed) and returns the paths written. The document
 * is validated and every report rendered before the first byte is written, so a bad document or a writer bug
 * leaves the directory untouched; each file is then written atomically, so an I/O failure midway leaves the
 * files already written complete and no temp file behind.
 */
export function writeReports(
  run: RunDocument,
  outDir: string,
  formats: readonly ReportFormat[] = REPORT_FORMATS,
  writers: Readonly<Record<ReportFormat, ReportWriter>> = WRITERS,
): string[] {
  const validation = validateRunDocument(run);
  if (!validation.ok) {
    const [first, ...rest] = validation.errors;
    const more = rest.length === 0 ? "" : ` (and ${rest.length} more)`;
    throw new ReportWriteError(
      outDir,
      `the run document does not match schema version ${RUN_DOCUMENT_SCHEMA_VERSION}: ${first}${more}`,
    );
  }
  const rendered = formats.map((format) => {
    const { file, render } = writers[format];
    const path = join(outDir, file);
    try {
      return { path, text: render(run) };
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).split("\n")[0];
      throw new ReportWriteError(path, `the ${format} writer failed: ${message}`, { cause: error });
    }
  });
  try {
    mkdirSync(outDir, { recursive: true });
  } catch (error) {
    throw new ReportWriteError(outDir, describeFsError(error), { cause: error });
  }
  for (const { path, text } of rendered) writeFileAtomic(path, text);
  // The exact body of each shrunk counterexample, which the failing case's curl command reads.
  const repro = run.cases.flatMap(({ id, reproBody }) =>
    reproBody === undefined ? [] : [{ path: join(outDir, "repro", `${id}.json`), body: reproBody }],
  );
  for (const { path, body } of repro) writeFileAtomic(path, Buffer.from(body.data, body.encoding));
  return [...rendered.map(({ path }) => path), ...(repro.length === 0 ? [] : [join(outDir, "repro/")])];
}
