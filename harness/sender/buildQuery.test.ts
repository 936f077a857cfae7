import { describe, expect, it } from "vitest";
import type { CaseRequest } from "../model/caseRequest.ts";
import { buildQuery } from "./buildQuery.ts";

const CASES: [string, { given: Pick<CaseRequest, "query" | "rawQuery">; want: string }][] = [
  ["sends nothing for an empty query", { given: { query: {} }, want: "" }],
  [
    "encodes a channel ARN's colons and slash",
    {
      given: { query: { channelArn: "arn:aws:cloudtrail:us-east-1:1:channel/x" } },
      want: "channelArn=arn%3Aaws%3Acloudtrail%3Aus-east-1%3A1%3Achannel%2Fx",
    },
  ],
  [
    "orders channelArn before externalId whatever the object's order",
    { given: { query: { externalId: "ab", channelArn: "arn:x" } }, want: "channelArn=arn%3Ax&externalId=ab" },
  ],
  [
    "encodes the characters encodeURIComponent leaves bare",
    { given: { query: { externalId: "!'()*" } }, want: "externalId=%21%27%28%29%2A" },
  ],
  [
    "encodes spaces and non-ASCII as UTF-8 percent escapes",
    { given: { query: { channelArn: "a é" } }, want: "channelArn=a%20%C3%A9" },
  ],
  ["keeps an empty value", { given: { query: { channelArn: "" } }, want: "channelArn=" }],
  ["prefers a raw query, verbatim", { given: { query: { channelArn: "x" }, rawQuery: "a=%zz&&b" }, want: "a=%zz&&b" }],
];

describe("buildQuery", () => {
  it.each(CASES)("%s", (_name, { given, want }) => {
    expect(buildQuery(given)).toBe(want);
  });
});
