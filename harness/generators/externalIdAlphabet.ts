import { EXTERNAL_ID } from "../../generated/constants.ts";
import { patternAlphabet } from "./patternAlphabet.ts";

/** The characters EXTERNAL_ID.pattern allows: `\w` (ASCII) and `+=,.@:/-` (1 byte, 1 UTF-16 unit each). */
export const externalIdAlphabet: readonly string[] = patternAlphabet(EXTERNAL_ID.pattern);

/** The allowed characters that are neither letters nor digits: `+=,.@:/-_`. */
export const externalIdSpecialCharacters: readonly string[] = externalIdAlphabet.filter((c) => !/[A-Za-z0-9]/.test(c));
