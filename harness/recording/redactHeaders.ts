import { REDACTED } from "./redacted.ts";

/** Headers whose whole value is a credential (or may be): tokens, cookies, keys. */
const SECRET_HEADER = /^(proxy-authorization|cookie|set-cookie|x-api-key)$|token|secret|password|session/i;
const SIGV4 = /^AWS4-HMAC-SHA256 Credential=[^/,\s]*(\/[^,\s]*)?(.*?)(Signature=)[0-9A-Fa-f]*(.*)$/;

/**
 * A SigV4 Authorization keeps its scope and signed-header list (they explain a signature error) but loses the key
 * id and the signature, which can be replayed for minutes; any other scheme keeps only its name.
 */
function redactAuthorization(value: string): string {
  const sigv4 = SIGV4.exec(value);
  if (sigv4)
    return `AWS4-HMAC-SHA256 Credential=${REDACTED}${sigv4[1] ?? ""}${sigv4[2]}${sigv4[3]}${REDACTED}${sigv4[4]}`;
  const scheme = /^(\S+)\s/.exec(value);
  return scheme ? `${scheme[1]} ${REDACTED}` : REDACTED;
}

/** A copy of `headers` safe to write to a report; names keep their case. */
export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() === "authorization") result[name] = redactAuthorization(value);
    else result[name] = SECRET_HEADER.test(name) ? REDACTED : value;
  }
  return result;
}
