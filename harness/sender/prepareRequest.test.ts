import { describe, expect, it } from "vitest";
import type { CaseRequest } from "../model/caseRequest.ts";
import { prepareRequest } from "./prepareRequest.ts";

const TARGET = {
  endpoint: "http://127.0.0.1:4566",
  region: "us-east-1",
  credentials: { accessKeyId: "AKID", secretAccessKey: "secret", sessionToken: "token/with+chars=" },
};
const SIGNED_AT = new Date("2026-12-03T05:30:00.123Z");
const SCOPE = "Credential=AKID/20261203/us-east-1/cloudtrail-data/aws4_request";

interface Golden {
  request: CaseRequest;
  wirePath: string;
  /** Every header sent, in the order it goes on the wire. */
  headers: [string, string][];
}

/**
 * Exactly what the sender put on the wire for these requests at this clock before its signing path was made
 * cheaper: a faster hash, fewer copies or a remembered value must not change a byte, nor the header order.
 */
const GOLDEN: [string, Golden][] = [
  [
    "a signed request with a query, a session token and X-Amz-Content-Sha256",
    {
      request: {
        query: { channelArn: "arn:aws:cloudtrail:us-east-1:1:channel/x", externalId: "ab+c" },
        body: { json: { auditEvents: [{ id: "a", eventData: '{"k":"\u00e9"}' }] } },
      },
      wirePath: "/PutAuditEvents?channelArn=arn%3Aaws%3Acloudtrail%3Aus-east-1%3A1%3Achannel%2Fx&externalId=ab%2Bc",
      headers: [
        ["host", "127.0.0.1:4566"],
        ["content-length", "57"],
        ["content-type", "application/json"],
        ["x-amz-content-sha256", "e9d456a8f6c415ba4501a62b59f64fb6c6d4a8b605e09bf2bbfc31bd314dc153"],
        ["x-amz-date", "20261203T053000Z"],
        ["x-amz-security-token", "token/with+chars="],
        [
          "authorization",
          `AWS4-HMAC-SHA256 ${SCOPE}, SignedHeaders=content-length;content-type;host;x-amz-content-sha256;x-amz-date;x-amz-security-token, Signature=84cc6e221fea5255b5dfd0ec916e621bf23bd2028913711ba95492cc5597c041`,
        ],
      ],
    },
  ],
  [
    "a chunked request signed without X-Amz-Content-Sha256 (the signer hashes the body itself)",
    {
      request: {
        query: {},
        body: { json: {} },
        contentSha256Header: false,
        transfer: { encoding: "chunked", chunks: 2 },
      },
      wirePath: "/PutAuditEvents",
      headers: [
        ["host", "127.0.0.1:4566"],
        ["content-type", "application/json"],
        ["x-amz-date", "20261203T053000Z"],
        ["x-amz-security-token", "token/with+chars="],
        [
          "authorization",
          `AWS4-HMAC-SHA256 ${SCOPE}, SignedHeaders=content-type;host;x-amz-date;x-amz-security-token, Signature=45d8a5dccd169328e2ad509c773d39475a53f97a4d8ec0e37415bf7f6fa878ea`,
        ],
        ["transfer-encoding", "chunked"],
      ],
    },
  ],
];

describe("prepareRequest", () => {
  it.each(GOLDEN)("puts the same bytes on the wire for %s", async (_name, { request, wirePath, headers }) => {
    // Twice: the second request must not differ through anything remembered from the first.
    for (let round = 0; round < 2; round += 1) {
      const prepared = await prepareRequest(TARGET, request, SIGNED_AT);
      expect(prepared.wirePath).toBe(wirePath);
      expect(Object.entries(prepared.sent.headers)).toEqual(headers);
    }
  });
});

describe("prepareRequest signing dates", () => {
  it("dates each request by the second it is signed in, however requests of other seconds came before", async () => {
    const request: CaseRequest = { query: {}, body: { json: {} } };
    const instants = [
      "2026-12-03T05:30:00.000Z",
      "2026-12-03T05:30:00.999Z",
      "2026-12-03T05:30:01.000Z",
      "2026-12-03T05:29:59.999Z",
      "2026-12-04T00:00:00.500Z",
      "1969-12-31T23:59:59.500Z",
    ];
    for (const instant of instants) {
      const prepared = await prepareRequest(TARGET, request, new Date(instant));
      const want = instant.replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, "");
      expect(prepared.sent.headers["x-amz-date"]).toBe(want);
      expect(prepared.sent.headers.authorization).toContain(`/${want.slice(0, 8)}/us-east-1/`);
    }
  });
});

describe("prepareRequest signing keys", () => {
  const request: CaseRequest = { query: {}, body: { json: {} } };
  const authorization = async (credentials: typeof TARGET.credentials) =>
    (await prepareRequest({ ...TARGET, credentials }, request, SIGNED_AT)).sent.headers.authorization;

  it("signs with the key a target holds now: changed in place, or another target's in between", async () => {
    const mine = { ...TARGET.credentials };
    const other = { ...TARGET.credentials, secretAccessKey: "other-secret" };
    const first = await authorization(mine);
    expect(await authorization(other)).not.toBe(first);
    expect(await authorization(mine)).toBe(first);
    mine.secretAccessKey = "changed-secret";
    const changed = await authorization(mine);
    expect(changed).not.toBe(first);
    // A fresh object with the same values signs the same: nothing of the old key was kept.
    expect(await authorization({ ...mine })).toBe(changed);
  });
});
