import { Sha256 } from "@aws-crypto/sha256-js";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import { describe, expect, it } from "vitest";
import { formatAmzDate } from "./amzDate.ts";
import { type SignableRequest, sha256Hex } from "./canonicalRequest.ts";
import { presignSigV4, type SigningCredentials, signSigV4 } from "./signSigV4.ts";
import { type KnownKey, type SigV4Verdict, verifySigV4Request } from "./verifySigV4Request.ts";

const KEY: SigningCredentials = { accessKeyId: "AKIDTEST", secretAccessKey: "secret/key+value" };
const TEMPORARY: SigningCredentials = {
  accessKeyId: "ASIATEST",
  secretAccessKey: "temp-secret",
  sessionToken: "tok/en=",
};
const KEYS: Record<string, KnownKey> = { AKIDTEST: KEY, ASIATEST: TEMPORARY };
const NOW = new Date("2026-03-04T05:06:07Z");
const WANT = { region: "us-east-1", service: "cloudtrail-data", now: NOW };
const BODY = '{"auditEvents":[{"id":"a","eventData":"{}"}]}';
const QUERY = "channelArn=arn%3Aaws%3Acloudtrail%3Aus-east-1%3A111122223333%3Achannel%2Fx&externalId=a%20b";
const BASE: SignableRequest = {
  method: "POST",
  rawPath: "/PutAuditEvents",
  rawQuery: QUERY,
  headers: { host: "127.0.0.1:4599", "content-type": "application/json" },
};
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);

interface Given {
  credentials?: SigningCredentials;
  date?: Date;
  region?: string;
  service?: string;
  body?: string;
  edit?: (headers: Record<string, string>) => Record<string, string>;
}

function verify(headers: Record<string, string>, body: string, rawQuery = QUERY): SigV4Verdict {
  return verifySigV4Request({ ...BASE, rawQuery, headers, bodySha256Hex: sha256Hex(body) }, WANT, (id) => KEYS[id]);
}

function signedWith({ credentials = KEY, date = NOW, region = "us-east-1", service = "cloudtrail-data", edit }: Given) {
  const added = signSigV4(BASE, BODY, { credentials, region, service, date });
  const headers = { ...BASE.headers, ...added };
  return edit === undefined ? headers : edit(headers);
}

const CASES: [string, { given: Given; want: Partial<SigV4Verdict> }][] = [
  ["verifies a request it signed", { given: {}, want: { kind: "verified", accessKeyId: "AKIDTEST" } }],
  ["verifies a session token it signed", { given: { credentials: TEMPORARY }, want: { kind: "verified" } }],
  [
    "refuses a request without any signature as missing",
    { given: { edit: () => BASE.headers }, want: { reason: "missing" } },
  ],
  [
    "refuses an Authorization of another scheme as incomplete",
    { given: { edit: (h) => ({ ...h, authorization: "x" }) }, want: { reason: "incomplete" } },
  ],
  [
    "refuses a request without X-Amz-Date as incomplete",
    { given: { edit: ({ "x-amz-date": _, ...rest }) => rest }, want: { reason: "incomplete" } },
  ],
  ["refuses a signature for another service", { given: { service: "s3" }, want: { reason: "scope" } }],
  ["refuses a signature for another Region", { given: { region: "eu-west-1" }, want: { reason: "scope" } }],
  ["refuses a signature 16 minutes old as expired", { given: { date: minutes(-16) }, want: { reason: "expired" } }],
  ["refuses a signature 16 minutes ahead as expired", { given: { date: minutes(16) }, want: { reason: "expired" } }],
  ["accepts a signature 14 minutes old", { given: { date: minutes(-14) }, want: { kind: "verified" } }],
  [
    "refuses a wrong secret as a mismatch",
    { given: { credentials: { ...KEY, secretAccessKey: "other" } }, want: { reason: "mismatch" } },
  ],
  [
    "refuses a missing session token",
    {
      given: { credentials: TEMPORARY, edit: ({ "x-amz-security-token": _, ...rest }) => ({ ...rest }) },
      want: { reason: "incomplete" },
    },
  ],
  [
    "refuses a session token for a key issued without one",
    { given: { credentials: { ...KEY, sessionToken: "stolen" } }, want: { reason: "token" } },
  ],
  [
    "reports an unknown key without judging its signature",
    {
      given: { credentials: { accessKeyId: "AKIDOTHER", secretAccessKey: "x" } },
      want: { kind: "unknownKey", accessKeyId: "AKIDOTHER" },
    },
  ],
  [
    "refuses a declared payload hash that is not the body's",
    { given: { edit: (h) => ({ ...h, "x-amz-content-sha256": sha256Hex("other") }) }, want: { reason: "mismatch" } },
  ],
];

describe("verifySigV4Request", () => {
  it.each(CASES)("%s", (_name, { given, want }) => {
    expect(verify(signedWith(given), given.body ?? BODY)).toMatchObject(want);
  });

  it("refuses a tampered body as a mismatch", () => {
    expect(verify(signedWith({}), BODY.replace('"a"', '"b"'))).toMatchObject({ reason: "mismatch" });
  });

  /** The signed Authorization header rewritten into another layout of the same components. */
  const relaid = (layout: (parts: { credential: string; signedHeaders: string; signature: string }) => string) =>
    signedWith({
      edit: (h) => {
        const parts = Object.fromEntries(
          (h.authorization ?? "")
            .slice("AWS4-HMAC-SHA256 ".length)
            .split(", ")
            .map((part) => part.split("=") as [string, string]),
        );
        const given = { credential: parts.Credential, signedHeaders: parts.SignedHeaders, signature: parts.Signature };
        return { ...h, authorization: layout(given as Record<keyof typeof given, string>) };
      },
    });
  const other = "0".repeat(64);

  // The text before a last `Signature=` is read once per text: every layout must read as a fresh parse does.
  it.each([
    [
      "without spaces",
      (p) => `AWS4-HMAC-SHA256 Credential=${p.credential},SignedHeaders=${p.signedHeaders},Signature=${p.signature}`,
      "verified",
    ],
    [
      "with the signature first",
      (p) => `AWS4-HMAC-SHA256 Signature=${p.signature}, Credential=${p.credential}, SignedHeaders=${p.signedHeaders}`,
      "verified",
    ],
    [
      "with a wrong signature before the right one",
      (p) =>
        `AWS4-HMAC-SHA256 Signature=${other}, Credential=${p.credential}, SignedHeaders=${p.signedHeaders}, Signature=${p.signature}`,
      "verified",
    ],
    [
      "with the right signature before a wrong one",
      (p) =>
        `AWS4-HMAC-SHA256 Signature=${p.signature}, Credential=${p.credential}, SignedHeaders=${p.signedHeaders}, Signature=${other}`,
      "refused",
    ],
    [
      "with a last component that only ends in Signature=",
      (p) => `AWS4-HMAC-SHA256 Credential=${p.credential}, SignedHeaders=${p.signedHeaders}, XSignature=${p.signature}`,
      "refused",
    ],
    [
      "with the signature before a last component that only ends in Signature=",
      (p) =>
        `AWS4-HMAC-SHA256 Signature=${p.signature}, Credential=${p.credential}, SignedHeaders=${p.signedHeaders}, XSignature=${other}`,
      "verified",
    ],
    [
      "with the signature run on from another value",
      (p) =>
        `AWS4-HMAC-SHA256 Credential=${p.credential}, SignedHeaders=${p.signedHeaders}, Signature=a=${p.signature}`,
      "refused",
    ],
  ] as const satisfies readonly (readonly [string, Parameters<typeof relaid>[0], string])[])(
    "reads an Authorization header %s as a fresh parse does, twice",
    (_name, layout, kind) => {
      for (let time = 0; time < 2; time += 1) expect(verify(relaid(layout), BODY)).toMatchObject({ kind });
    },
  );

  it.each([
    ["accepts a valid presigned request", 0, 300, { kind: "verified" }],
    ["accepts a presigned request 5 minutes into its 10", -5, 600, { kind: "verified" }],
    ["refuses an expired presigned request", -6, 300, { reason: "expired" }],
  ] as const)("%s", (_name, age, expiresSeconds, want) => {
    const rawQuery = presignSigV4(BASE, BODY, {
      credentials: TEMPORARY,
      region: "us-east-1",
      service: "cloudtrail-data",
      date: minutes(age),
      expiresSeconds,
    });
    expect(verify(BASE.headers, BODY, rawQuery)).toMatchObject(want);
    expect(
      verify(
        BASE.headers,
        BODY,
        rawQuery.replace(/.$/, (c) => (c === "0" ? "1" : "0")),
      ),
    ).toMatchObject({
      kind: "refused",
    });
  });
});

async function smithySigned(options: { applyChecksum: boolean; presign?: boolean; credentials: SigningCredentials }) {
  const signer = new SignatureV4({
    credentials: options.credentials,
    region: "us-east-1",
    service: "cloudtrail-data",
    sha256: Sha256,
    applyChecksum: options.applyChecksum,
  });
  const request = new HttpRequest({
    method: "POST",
    hostname: "127.0.0.1",
    port: 4599,
    path: "/PutAuditEvents",
    query: { channelArn: "arn:aws:cloudtrail:us-east-1:111122223333:channel/x", externalId: "a b" },
    headers: { ...BASE.headers },
    body: BODY,
  });
  const signed = options.presign
    ? await signer.presign(request, { signingDate: NOW, expiresIn: 300 })
    : await signer.sign(request, { signingDate: NOW });
  const rawQuery = Object.entries(signed.query ?? {})
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`)
    .join("&");
  const headers = Object.fromEntries(
    Object.entries(signed.headers).map(([name, value]) => [name.toLowerCase(), value]),
  );
  return { headers, rawQuery };
}

describe("agreement with @smithy/signature-v4, the sender's signer", () => {
  it.each([
    ["with a payload hash header", { applyChecksum: true, credentials: KEY }],
    ["without a payload hash header", { applyChecksum: false, credentials: KEY }],
    ["with a session token", { applyChecksum: false, credentials: TEMPORARY }],
    ["presigned", { applyChecksum: false, credentials: TEMPORARY, presign: true }],
  ])("verifies what smithy signs %s", async (_name, options) => {
    const { headers, rawQuery } = await smithySigned(options);
    expect(verify(headers, BODY, rawQuery)).toMatchObject({ kind: "verified" });
    expect(verify(headers, `${BODY} `, rawQuery)).toMatchObject({ kind: "refused" });
  });

  it("signs exactly as smithy does for the same headers", async () => {
    const { headers } = await smithySigned({ applyChecksum: false, credentials: KEY });
    const mine = signSigV4(BASE, BODY, {
      credentials: KEY,
      region: "us-east-1",
      service: "cloudtrail-data",
      date: NOW,
    });
    expect(mine["x-amz-date"]).toBe(formatAmzDate(NOW));
    expect(mine.authorization).toBe(headers.authorization);
  });
});
