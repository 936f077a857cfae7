import { COMMON_ERRORS, OPERATION_ERRORS, SERVICE } from "../../generated/constants.ts";

/** An error PutAuditEvents may answer: its modelled name, the statuses it comes with, and where the spec lists it. */
export interface DocumentedError {
  name: string;
  statuses: readonly number[];
  description: string;
  /** `operation`: modelled on PutAuditEvents (x-pae-operation-errors); `common`: common to AWS (x-pae-common-errors). */
  source: "operation" | "common";
}

/** The Smithy namespace of the service's errors, read from the spec's service shape id. */
export const ERROR_NAMESPACE = SERVICE.smithyService.slice(0, SERVICE.smithyService.indexOf("#"));

/** Every documented error of PutAuditEvents, each with its statuses stated once (from the spec). */
export const RESTJSON1_ERRORS: readonly DocumentedError[] = [
  ...OPERATION_ERRORS.map((error) => ({
    name: error.name,
    statuses: [error.status],
    description: error.description,
    source: "operation" as const,
  })),
  ...COMMON_ERRORS.map((error) => ({
    name: error.name,
    statuses: [...error.status],
    description: error.description,
    source: "common" as const,
  })),
];

/** The shape id of an error: `com.amazonaws.cloudtraildata#Name`. */
export function qualifiedErrorName(name: string): string {
  return `${ERROR_NAMESPACE}#${name}`;
}

/** Where a restJson1 answer puts an error's name: the headers and body members to add. */
export interface ErrorNameEncoding {
  headers: (name: string) => Record<string, string>;
  body: (name: string) => Record<string, string>;
}

/**
 * The ways restJson1 names an error (a client reads the header, then `code`, then `__type`, stripping a
 * namespace before `#` and anything after `:`): the X-Amzn-Errortype header, a body `__type` with the bare
 * name, or a body `__type` with the namespaced shape id.
 */
export const ERROR_NAME_ENCODINGS = {
  header: { headers: (name) => ({ "x-amzn-errortype": name }), body: () => ({}) },
  "body-type": { headers: () => ({}), body: (name) => ({ __type: name }) },
  "body-type-namespaced": { headers: () => ({}), body: (name) => ({ __type: qualifiedErrorName(name) }) },
} as const satisfies Record<string, ErrorNameEncoding>;

export type ErrorNameEncodingId = keyof typeof ERROR_NAME_ENCODINGS;

/** The headers and body members that name an error in each of the given encodings. */
export function encodeErrorName(
  name: string,
  encodings: readonly ErrorNameEncodingId[],
): { headers: Record<string, string>; body: Record<string, string> } {
  const headers: Record<string, string> = {};
  const body: Record<string, string> = {};
  for (const id of encodings) {
    Object.assign(headers, ERROR_NAME_ENCODINGS[id].headers(name));
    Object.assign(body, ERROR_NAME_ENCODINGS[id].body(name));
  }
  return { headers, body };
}
