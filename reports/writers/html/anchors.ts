import { esc } from "./markup.ts";

/** Fragment ids of the page, one function per kind, so every link has exactly one target. */
export const anchor = {
  caseRow: (id: string): string => `case-${esc(id)}`,
  failure: (id: string): string => `failure-${esc(id)}`,
};
