import type { CaseResult } from "../model/runDocument.ts";

/** A request body as the run document keeps it: text when it is UTF-8, base64 otherwise (bytes kept exactly). */
export function reproBody(body: Uint8Array): NonNullable<CaseResult["reproBody"]> {
  try {
    return { encoding: "utf8", data: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body) };
  } catch {
    return { encoding: "base64", data: Buffer.from(body).toString("base64") };
  }
}

/** The file a case's counterexample body is written to, relative to the report folder. */
export const reproFile = (caseId: string): string => `repro/${caseId}.json`;
