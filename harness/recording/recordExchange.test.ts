import { describe, expect, it } from "vitest";
import type { Exchange } from "../model/exchange.ts";
import type { RecordedExchange } from "../model/runDocument.ts";
import { recordExchange } from "./recordExchange.ts";

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const AUTH =
  "AWS4-HMAC-SHA256 Credential=AKIDPLANTED/20240102/us-east-1/cloudtrail-data/aws4_request, SignedHeaders=host, Signature=ab";

function exchange(overrides: Partial<Exchange> = {}): Exchange {
  return {
    request: {
      method: "POST",
      url: "http://127.0.0.1:1/PutAuditEvents?channelArn=arn%3Ax",
      headers: { host: "127.0.0.1:1", "content-type": "application/json", authorization: AUTH },
      body: utf8('{"auditEvents":[]}'),
    },
    startedAt: "2024-01-02T00:00:00.000Z",
    durationMs: 12.5,
    ...overrides,
  };
}

function response(status: number, headers: Record<string, string>, body: string, bodyBytes = utf8(body).byteLength) {
  return { status, headers, body: utf8(body), bodyBytes, bodyTruncated: bodyBytes > utf8(body).byteLength };
}

const CASES: [string, { given: Exchange; want: Partial<RecordedExchange> }][] = [
  [
    "names an error from the header",
    {
      given: exchange({
        response: response(400, { "x-amzn-errortype": "ChannelNotFound:http://x" }, '{"message":"no"}'),
      }),
      want: {
        response: {
          status: 400,
          errorType: "ChannelNotFound",
          headers: { "x-amzn-errortype": "ChannelNotFound:http://x" },
          bodyPreview: '{"message":"no"}',
          bodyBytes: 16,
          truncated: false,
        },
      },
    },
  ],
  [
    "names an error from the body's __type",
    {
      given: exchange({ response: response(400, {}, '{"__type":"ns#ValidationException"}') }),
      want: {
        response: {
          status: 400,
          errorType: "ValidationException",
          headers: {},
          bodyPreview: '{"__type":"ns#ValidationException"}',
          bodyBytes: 35,
          truncated: false,
        },
      },
    },
  ],
  [
    "names no error on a 200 and marks a truncated body",
    {
      given: exchange({ response: response(200, {}, '{"successful":', 5000) }),
      want: {
        response: {
          status: 200,
          headers: {},
          bodyPreview: '{"successful":…[4986 more bytes]',
          bodyBytes: 5000,
          truncated: true,
        },
      },
    },
  ],
  [
    "keeps a transport error and no response",
    {
      given: exchange({ transportError: { kind: "timeout", message: "no complete answer within 300 ms" } }),
      want: { transportError: { kind: "timeout", message: "no complete answer within 300 ms" } },
    },
  ],
];

describe("recordExchange", () => {
  it.each(CASES)("%s", (_name, { given, want }) => {
    const record = recordExchange(given, { index: 3, label: "one event" });
    expect(record).toMatchObject({ index: 3, label: "one event", durationMs: 12.5, verdicts: [], ...want });
    expect(record.request.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=\[redacted\]\/20240102\//);
    expect(record.curl).toMatch(/^curl -sS/);
    if (want.response === undefined) expect(record.response).toBeUndefined();
  });

  it("caps the request preview at previewBytes", () => {
    const record = recordExchange(exchange({ request: { ...exchange().request, body: utf8("a".repeat(50)) } }), {
      index: 0,
      previewBytes: 8,
    });
    expect(record.request).toMatchObject({ bodyPreview: "aaaaaaaa…[42 more bytes]", bodyBytes: 50 });
  });

  it("lets no planted secret survive anywhere in the record", () => {
    const secretKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    const sessionToken = "FwoGZXIvYXdzEBAaDH+session/token==";
    const externalId = "ext-id+planted@corp";
    const planted = exchange({
      request: {
        method: "POST",
        url: `http://127.0.0.1:1/PutAuditEvents?channelArn=arn%3Ax&externalId=${encodeURIComponent(externalId)}&echo=${encodeURIComponent(secretKey)}`,
        headers: { authorization: AUTH, "x-amz-security-token": sessionToken, "x-debug": `key ${secretKey}` },
        body: utf8(JSON.stringify({ note: `${sessionToken} "${externalId}"`, pad: "x".repeat(30), tail: secretKey })),
      },
      response: response(
        400,
        { "set-cookie": `t=${sessionToken}`, "x-echo": externalId },
        JSON.stringify({ message: `bad ${secretKey} ${externalId}` }),
      ),
      transportError: { kind: "other", message: `while sending ${sessionToken}` },
    });
    const verdicts = [{ check: "status", outcome: "fail" as const, reason: `echoed ${externalId}` }];
    // A preview cut in the middle of the trailing secret must not leave its beginning either.
    const record = recordExchange(planted, {
      index: 0,
      verdicts,
      previewBytes: 140,
      secrets: [secretKey, sessionToken, externalId],
    });
    const json = JSON.stringify(record);
    for (const secret of [secretKey, sessionToken, externalId]) {
      for (const form of [secret, encodeURIComponent(secret), secret.slice(0, 12)]) expect(json).not.toContain(form);
    }
    expect(json).not.toContain("AKIDPLANTED");
    expect(json).toContain("[redacted]");
  });
});
