import { describe, expect, it } from "vitest";
import { redactUrl } from "./redactUrl.ts";

const BASE = "http://127.0.0.1:1/PutAuditEvents";
const CASES: [string, { given: string; want: string }][] = [
  ["leaves a URL without a query alone", { given: BASE, want: BASE }],
  [
    "blanks the externalId and keeps the channel ARN",
    {
      given: `${BASE}?channelArn=arn%3Ax&externalId=s3cr%2Bt`,
      want: `${BASE}?channelArn=arn%3Ax&externalId=[redacted]`,
    },
  ],
  [
    "blanks every repeat, whatever the case",
    { given: `${BASE}?externalId=a&ExternalID=b`, want: `${BASE}?externalId=[redacted]&ExternalID=[redacted]` },
  ],
  ["blanks an encoded parameter name", { given: `${BASE}?external%49d=abcd`, want: `${BASE}?external%49d=[redacted]` }],
  ["keeps a malformed query as written", { given: `${BASE}?channelArn=%zz&&x`, want: `${BASE}?channelArn=%zz&&x` }],
];

describe("redactUrl", () => {
  it.each(CASES)("%s", (_name, { given, want }) => {
    expect(redactUrl(given)).toBe(want);
  });
});
