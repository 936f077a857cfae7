import { ReportWriteError } from "../../reports/io/reportWriteError.ts";
import { RunDocumentReadError } from "../../reports/io/runDocumentReadError.ts";
import { MergeError } from "../../reports/merge/mergeError.ts";
import { UnknownReportFormatError } from "../../reports/writers/reportFormat.ts";
import { UnknownScenarioError } from "../client/selectScenarios.ts";
import { EmulatorFixtureError } from "../emulator/emulatorFixtureError.ts";
import { EmulatorLimitError } from "../emulator/emulatorLimits.ts";
import { UnknownFaultError } from "../emulator/faults/unknownFaultError.ts";
import { UnknownReadingError } from "../emulator/readings/unknownReadingError.ts";
import { MissingPeerDependencyError } from "../model/optionalPeer.ts";
import { UnknownSelectionError } from "../runner/selectCases.ts";
import { CredentialsNotFoundError } from "../sender/credentialsNotFoundError.ts";
import { CliError } from "./cliError.ts";

/**
 * The typed errors that report what the user gave or has (a flag, a file, a missing package or credential):
 * one line and exit 2 (a CliError carries its own code). Any other error is a bug in pae-conformance: exit 3.
 */
export const USER_ERRORS = [
  CliError,
  CredentialsNotFoundError,
  EmulatorFixtureError,
  EmulatorLimitError,
  MergeError,
  MissingPeerDependencyError,
  ReportWriteError,
  RunDocumentReadError,
  UnknownFaultError,
  UnknownReadingError,
  UnknownReportFormatError,
  UnknownScenarioError,
  UnknownSelectionError,
] as const;

export const isUserError = (error: unknown): error is Error => USER_ERRORS.some((type) => error instanceof type);
