import fc from "fast-check";
import { PROBE_CHANNELS } from "../../../harness/emulator/faults/probeRequests.ts";
import { fuzzBodies, fuzzQueries } from "./fuzzBodies.ts";

/** A request undici can frame: anything goes but the framing, which undici owns. */
export interface FramedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: Uint8Array;
  /** Sent chunked (no Content-Length), in pieces of these sizes. */
  chunks?: number[];
}

/** Header names undici refuses to send as given, or that change the framing. */
const FRAMING = new Set(["connection", "keep-alive", "upgrade", "transfer-encoding", "expect", "host", "te"]);
const headerName = fc
  .stringMatching(/^[a-z0-9!#$%&'*+.^_`|~-]{1,30}$/)
  .map((name) => (FRAMING.has(name) || name === "content-length" ? `x-${name}` : name));
const printable = fc.stringMatching(/^[ -~]{0,60}$/);
const chunks = fc.option(fc.array(fc.integer({ min: 1, max: 4096 }), { minLength: 1, maxLength: 8 }), {
  nil: undefined,
});
const PATHS = [
  "/PutAuditEvents",
  "/PutAuditEvents",
  "/putauditevents",
  "/",
  "/PutAuditEvents/",
  "/_emulator/events",
  "//PutAuditEvents",
  "/%2e%2e/PutAuditEvents",
];

/** The caller's access key, so some requests get past authentication and reach the parsers. */
export function fuzzRequests(authorization: string): fc.Arbitrary<FramedRequest> {
  const authorizations = fc.constantFrom(
    authorization,
    authorization,
    "AWS4-HMAC-SHA256 Credential=",
    "AWS4-HMAC-SHA256 Credential=AKIDUNKNOWN/20261125/us-east-1/cloudtrail-data/aws4_request, Signature=00",
    "Basic YWxhZGRpbjpvcGVuc2VzYW1l",
    "",
  );
  const special = fc.record(
    {
      authorization: authorizations,
      "content-type": fc.constantFrom("application/json", "application/json; charset=latin1", "text/plain", "", "*/*"),
      "x-amz-date": fc.oneof(printable, fc.constant("20261125T100000Z")),
      "x-amz-security-token": printable,
      "content-encoding": fc.constantFrom("gzip", "identity", "br"),
    },
    { requiredKeys: [] },
  );
  const flood = fc.dictionary(headerName, printable, { maxKeys: 80 });
  const anything = fc
    .record({
      method: fc.constantFrom("POST", "POST", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "GET"),
      path: fc.constantFrom(...PATHS),
      query: fuzzQueries,
      headers: fc.tuple(flood, special).map(([many, named]) => ({ ...many, ...named })),
      body: fuzzBodies,
      chunks,
    })
    .map(({ query, method, path, ...rest }) => ({
      ...rest,
      method,
      path: query === "" ? path : `${path}?${query}`,
      // GET bodies are legal HTTP but carry no meaning; keep them empty as clients do.
      body: method === "GET" ? new Uint8Array() : rest.body,
    }));
  // A well-addressed, authenticated request, so the body's parsers and event rules are reached.
  const addressed = fc.record({
    method: fc.constant("POST"),
    path: fc.constant(`/PutAuditEvents?channelArn=${encodeURIComponent(PROBE_CHANNELS.own)}`),
    headers: fc.constant({ authorization, "content-type": "application/json" }),
    body: fuzzBodies,
    chunks,
  });
  return fc.oneof(anything, addressed);
}
