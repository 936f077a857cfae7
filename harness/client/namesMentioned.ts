import { COMMON_ERRORS, OPERATION_ERRORS } from "../../generated/constants.ts";

const DOCUMENTED_NAMES = [...new Set([...OPERATION_ERRORS, ...COMMON_ERRORS].map((error) => error.name))];

/** The documented error names a command's output mentions as whole words, in table order. */
export function namesMentioned(text: string): string[] {
  return DOCUMENTED_NAMES.filter((name) => new RegExp(`\\b${name}\\b`).test(text));
}
