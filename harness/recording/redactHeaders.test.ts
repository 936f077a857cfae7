import { describe, expect, it } from "vitest";
import { redactHeaders } from "./redactHeaders.ts";

const SIGNED =
  "AWS4-HMAC-SHA256 Credential=AKIDSECRETID/20240102/us-east-1/cloudtrail-data/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

const CASES: [string, { given: Record<string, string>; want: Record<string, string> }][] = [
  [
    "keeps a SigV4 scope and signed headers but not the key id or signature",
    {
      given: { authorization: SIGNED },
      want: {
        authorization:
          "AWS4-HMAC-SHA256 Credential=[redacted]/20240102/us-east-1/cloudtrail-data/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=[redacted]",
      },
    },
  ],
  [
    "keeps only the scheme of another authorization",
    { given: { Authorization: "Bearer abc.def" }, want: { Authorization: "Bearer [redacted]" } },
  ],
  ["blanks a bare authorization value", { given: { authorization: "opaque" }, want: { authorization: "[redacted]" } }],
  [
    "blanks the session token",
    { given: { "X-Amz-Security-Token": "tok" }, want: { "X-Amz-Security-Token": "[redacted]" } },
  ],
  [
    "blanks cookies both ways",
    { given: { cookie: "a=b", "set-cookie": "c=d" }, want: { cookie: "[redacted]", "set-cookie": "[redacted]" } },
  ],
  [
    "keeps ordinary headers as they are",
    {
      given: { "content-type": "application/json", "x-amz-date": "20240102T000000Z", "x-amz-content-sha256": "ab" },
      want: { "content-type": "application/json", "x-amz-date": "20240102T000000Z", "x-amz-content-sha256": "ab" },
    },
  ],
];

describe("redactHeaders", () => {
  it.each(CASES)("%s", (_name, { given, want }) => {
    expect(redactHeaders(given)).toEqual(want);
  });
});
