import type { CaseDefinition } from "../model/caseDefinition.ts";
import type { CaseResult } from "../model/runDocument.ts";

/** The part of a case's result that describes the catalogue entry itself. */
export function describeCase(
  caseDef: CaseDefinition,
): Pick<CaseResult, "id" | "title" | "category" | "documentation" | "specRef" | "tags" | "expect"> {
  const { id, title, category, documentation, specRef, expect } = caseDef;
  return { id, title, category, documentation, specRef, tags: [...(caseDef.tags ?? [])], expect };
}
