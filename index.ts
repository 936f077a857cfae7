// The public API of pae-conformance: everything a user may import, by name. Everything else is internal and
// may change freely; package.json `exports` points here (built to dist/index.js), so nobody deep-imports.
import { fileURLToPath } from "node:url";
import runDocumentSchema from "./reports/schema/run-document.schema.json" with { type: "json" };

export { CATALOGUE } from "./harness/catalogue/catalogue.ts";
export type { CheckClientInProcessOptions } from "./harness/client/checkClient.ts";
export { checkClient } from "./harness/client/checkClient.ts";
export type { ClientInput, ClientSetup, ClientUnderTest } from "./harness/client/clientUnderTest.ts";
export type { EmulatorOptions, RunningEmulator, StoredEvent } from "./harness/emulator/startEmulator.ts";
export { startEmulator } from "./harness/emulator/startEmulator.ts";
export type { ExportOptions } from "./harness/export/exportCatalogue.ts";
export { exportCatalogue } from "./harness/export/exportCatalogue.ts";
export type {
  ExportDocument,
  ExportedCase,
  ExportedInstance,
  ExportedRequest,
} from "./harness/export/exportDocument.ts";
export type { CaseDefinition, Category } from "./harness/model/caseDefinition.ts";
export type { AcceptableRejection, AcceptableSuccess, Expectation } from "./harness/model/expectation.ts";
export type {
  CaseOutcome,
  CaseResult,
  OutcomeCounts,
  RecordedExchange,
  RunDocument,
} from "./harness/model/runDocument.ts";
export { RUN_DOCUMENT_SCHEMA_VERSION } from "./harness/model/runDocument.ts";
export type { ChannelFixtures, Credentials, TargetConfig } from "./harness/model/target.ts";
export type { Outcome, Verdict } from "./harness/model/verdict.ts";
export type { ProgressEvent, SuiteOptions } from "./harness/runner/runSuite.ts";
export { runSuite } from "./harness/runner/runSuite.ts";
export type { CaseChange, CaseDiff, RunDiff } from "./reports/diff/diffRuns.ts";
export { diffRuns } from "./reports/diff/diffRuns.ts";
export { writeReports } from "./reports/io/writeReports.ts";
export type { ReportFormat } from "./reports/writers/writers.ts";

/** The JSON Schema (draft 2020-12) of the run document, as an object. */
export const RUN_DOCUMENT_SCHEMA: Readonly<Record<string, unknown>> = runDocumentSchema;

/** Where that schema lives on disk, for tools that take a file. */
export const RUN_DOCUMENT_SCHEMA_PATH: string = fileURLToPath(
  new URL("./reports/schema/run-document.schema.json", import.meta.url),
);
