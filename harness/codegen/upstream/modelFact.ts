/** What a fact states about one node of the operation (a member, a list's items, an error, the service). */
export type FactName =
  | "exists"
  | "type"
  | "minLength"
  | "maxLength"
  | "minItems"
  | "maxItems"
  | "minProperties"
  | "maxProperties"
  | "minimum"
  | "maximum"
  | "pattern"
  | "required"
  | "location"
  | "locationName"
  | "method"
  | "requestUri"
  | "responseCode"
  | "httpStatusCode"
  | "senderFault"
  | "apiVersion"
  | "endpointPrefix"
  | "signingName"
  | "sdkId"
  | "protocol";

export type FactValue = string | number | boolean;

/**
 * Where a fact was read in its document (a JSON pointer, RFC 6901): a `value`, or an `entry` of a list or
 * map whose presence is the fact (a required name, a listed error, a member).
 */
export interface FactSource {
  pointer: string;
  kind: "value" | "entry";
}

/**
 * One comparable fact of a model, in one vocabulary for both documents: nodes are paths from the
 * operation (`PutAuditEvents.output.failed[].id`), bounds are named as JSON Schema names them.
 */
export interface ModelFact {
  node: string;
  fact: FactName;
  value: FactValue;
  /** The node in its own document's words: a botocore shape and member, or a spec JSON pointer. */
  where: string;
  /** Absent when the value is a default the document implies rather than states. */
  source?: FactSource;
}

/** A JSON pointer from its tokens. */
export function pointerOf(...tokens: (string | number)[]): string {
  return tokens.map((token) => `/${String(token).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}

/** Collects facts; a small builder so each walker states only what it reads. */
export class FactList {
  readonly facts: ModelFact[] = [];

  add(node: string, where: string, fact: FactName, value: FactValue | undefined, source?: FactSource): void {
    if (value === undefined) return;
    this.facts.push(source === undefined ? { node, fact, value, where } : { node, fact, value, where, source });
  }

  /** Adds a fact read at pointer, when the document states it. */
  read(node: string, where: string, fact: FactName, value: unknown, pointer: string): void {
    if (value === undefined || value === null) return;
    const scalar = typeof value === "object" ? JSON.stringify(value) : (value as FactValue);
    this.add(node, where, fact, scalar, { pointer, kind: "value" });
  }
}
