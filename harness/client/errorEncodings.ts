import { ERROR_NAME_ENCODINGS } from "../protocol/restJson1Errors.ts";

/** The two ways a scripted answer names a restJson1 error: the X-Amzn-Errortype header, or a namespaced body `__type`. */
export const ERROR_ENCODINGS = [
  { id: "header", ...ERROR_NAME_ENCODINGS.header },
  { id: "body", ...ERROR_NAME_ENCODINGS["body-type-namespaced"] },
] as const;

export type ErrorEncodingId = (typeof ERROR_ENCODINGS)[number]["id"];
