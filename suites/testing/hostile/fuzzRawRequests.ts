import fc from "fast-check";
import { fuzzBodies, fuzzQueries } from "./fuzzBodies.ts";

/** A head line by line; `\r\n` joins them unless a case breaks the line endings on purpose. */
const HEAD = (lines: readonly string[], eol = "\r\n") => `${lines.join(eol)}${eol}${eol}`;

const lengthHeaders = (bodyLength: number) =>
  fc.oneof(
    fc.constant([`Content-Length: ${bodyLength}`]),
    // Lying: more than is sent (the request ends at the half-close), or less (the rest is a next "request").
    fc.integer({ min: 1, max: 100_000 }).map((extra) => [`Content-Length: ${bodyLength + extra}`]),
    fc
      .integer({ min: 1, max: Math.max(1, bodyLength) })
      .map((less) => [`Content-Length: ${Math.max(0, bodyLength - less)}`]),
    fc.constantFrom(
      ["Content-Length: abc"],
      ["Content-Length: -1"],
      ["Content-Length: 1e3"],
      [`Content-Length: ${bodyLength}`, "Content-Length: 1"],
    ),
    fc.constant([`Content-Length: ${bodyLength}`, "Transfer-Encoding: chunked"]),
    fc.constant([]),
  );

/** A body and its declared length, or chunked framing, correct or not. */
const framedBodies = fuzzBodies.chain((body) =>
  fc.oneof(
    lengthHeaders(body.byteLength).map((headers) => ({ headers, body: Buffer.from(body) })),
    // One byte per chunk: six bytes on the wire and, for a careless server, one object per byte.
    fc.constant({
      headers: ["Transfer-Encoding: chunked"],
      body: Buffer.concat([
        ...Array.from(body.subarray(0, 64 * 1024), (byte) => Buffer.from([0x31, 0x0d, 0x0a, byte, 0x0d, 0x0a])),
        Buffer.from("0\r\n\r\n"),
      ]),
    }),
    fc.constantFrom("ok", "bad-size", "no-end", "huge-size", "extension").map((kind) => {
      const size =
        kind === "bad-size" ? "zz" : kind === "huge-size" ? "ffffffffffffffffff" : body.byteLength.toString(16);
      const extension = kind === "extension" ? ';name="value"' : "";
      const end = kind === "no-end" ? "" : "0\r\n\r\n";
      const chunked = Buffer.concat([Buffer.from(`${size}${extension}\r\n`), body, Buffer.from(`\r\n${end}`)]);
      return { headers: ["Transfer-Encoding: chunked"], body: chunked };
    }),
  ),
);

const requestLine = fc.oneof(
  fuzzQueries.map((query) => `POST /PutAuditEvents${query === "" ? "" : `?${query}`} HTTP/1.1`),
  fc.constantFrom(
    "POST /PutAuditEvents HTTP/1.0",
    "POST /PutAuditEvents HTTP/9.9",
    "post /PutAuditEvents HTTP/1.1",
    "POST http://127.0.0.1/PutAuditEvents HTTP/1.1",
    "POST /PutAuditEvents",
    "POST  /PutAuditEvents  HTTP/1.1",
    "BREW /PutAuditEvents HTTP/1.1",
    "POST /Put\u0000AuditEvents HTTP/1.1",
  ),
);

const oddHeaders = fc.constantFrom(
  [],
  ["Content-Type: application/json"],
  ["X-Folded: a", " continued"],
  ["X-Nul: a\u0000b"],
  ["No-Colon-Here"],
  [": empty-name"],
  [`X-Long: ${"a".repeat(20_000)}`],
  Array.from({ length: 500 }, (_, index) => `X-Flood-${index}: ${index}`),
);

/** Requests whose HTTP framing itself is broken: only a raw socket sends these. */
export const fuzzRawRequests: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc
    .tuple(requestLine, oddHeaders, framedBodies, fc.constantFrom("\r\n", "\r\n", "\n"))
    .map(([line, odd, framed, eol]) =>
      Buffer.concat([
        Buffer.from(HEAD([line, "Host: 127.0.0.1", ...odd, ...framed.headers], eol), "latin1"),
        framed.body,
      ]),
    ),
  fc.uint8Array({ maxLength: 2048 }),
  // Two requests in one write: the second must be parsed where the first ends.
  fc
    .tuple(fuzzBodies, fuzzBodies)
    .map(([first, second]) =>
      Buffer.concat(
        [first, second].flatMap((body) => [
          Buffer.from(HEAD(["POST /PutAuditEvents HTTP/1.1", "Host: 127.0.0.1", `Content-Length: ${body.byteLength}`])),
          Buffer.from(body),
        ]),
      ),
    ),
);
