/** Where an error's name was found, in restJson1's order of precedence. */
export type ErrorNameSource = "header" | "code" | "__type";

export interface ErrorIdentity {
  /** The name a restJson1 client (botocore, JS v3) reads: header, then `code`, then `__type`. */
  name?: string;
  source?: ErrorNameSource;
  /** Sanitised names as found in each place. */
  header?: string;
  body?: string;
  /** The header and the body name different errors: SDKs would surface different exceptions. */
  disagreement: boolean;
}

/** Keeps what is after the `#` and before the first `:`; an empty result counts as no name. */
export function sanitiseErrorName(raw: string): string | undefined {
  const beforeColon = raw.split(":")[0] ?? "";
  const afterHash = beforeColon.slice(beforeColon.lastIndexOf("#") + 1).trim();
  return afterHash === "" ? undefined : afterHash;
}

function bodyField(body: unknown, key: "code" | "__type"): string | undefined {
  if (body === null || typeof body !== "object" || Array.isArray(body)) return undefined;
  const value = (body as Record<string, unknown>)[key];
  return typeof value === "string" ? sanitiseErrorName(value) : undefined;
}

/**
 * Reads an error's name the way Smithy's restJson1 rules say a client must: the `X-Amzn-Errortype` header,
 * then a body `code`, then a body `__type`. Header names are expected in lower case.
 */
export function identifyError(headers: Record<string, string>, body: unknown): ErrorIdentity {
  const rawHeader = headers["x-amzn-errortype"];
  const header = rawHeader === undefined ? undefined : sanitiseErrorName(rawHeader);
  const code = bodyField(body, "code");
  const type = bodyField(body, "__type");
  const bodyName = code ?? type;
  const found: [ErrorNameSource, string | undefined][] = [
    ["header", header],
    ["code", code],
    ["__type", type],
  ];
  const first = found.find(([, name]) => name !== undefined);
  return {
    name: first?.[1],
    source: first?.[0],
    header,
    body: bodyName,
    disagreement: header !== undefined && bodyName !== undefined && header !== bodyName,
  };
}
