import { SERVICE } from "../../generated/constants.ts";

const NAMESPACE = SERVICE.smithyService.slice(0, SERVICE.smithyService.indexOf("#"));

/** The two ways a restJson1 error is named: the X-Amzn-Errortype header, or a namespaced body `__type`. */
export const ERROR_ENCODINGS = [
  { id: "header", headers: (name: string) => ({ "x-amzn-errortype": name }), body: () => ({}) },
  { id: "body", headers: () => ({}), body: (name: string) => ({ __type: `${NAMESPACE}#${name}` }) },
] as const;

export type ErrorEncodingId = (typeof ERROR_ENCODINGS)[number]["id"];
