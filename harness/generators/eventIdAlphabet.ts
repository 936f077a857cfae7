import { EVENT_ID } from "../../generated/constants.ts";
import { patternAlphabet } from "./patternAlphabet.ts";

/** The characters EVENT_ID.pattern allows: `-`, `_`, ASCII letters and digits (1 byte, 1 UTF-16 unit each). */
export const eventIdAlphabet: readonly string[] = patternAlphabet(EVENT_ID.pattern);
