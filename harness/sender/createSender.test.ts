import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CaseRequest } from "../model/caseRequest.ts";
import type { Credentials, TargetConfig } from "../model/target.ts";
import { createSender, type Sender } from "./createSender.ts";
import { type LocalServer, startLocalServer } from "./testing/localServer.ts";
import { verifySigV4 } from "./verifySigV4.ts";

const CHANNEL = "arn:aws:cloudtrail:us-east-1:1:channel/x";
const CREDENTIALS = { accessKeyId: "AKID", secretAccessKey: "secret" };
const TOKEN_CREDENTIALS = { ...CREDENTIALS, sessionToken: "token/with+chars=" };
const events = { auditEvents: [{ id: "a", eventData: '{"k":"\u00e9"}' }] };

function target(server: LocalServer, overrides: Partial<TargetConfig> = {}): TargetConfig {
  return {
    endpoint: server.endpoint,
    region: "us-east-1",
    credentials: CREDENTIALS,
    fixtures: {},
    timeoutMs: 2000,
    maxResponseBytes: 1024 * 1024,
    ...overrides,
  };
}

interface WireCase {
  request: CaseRequest;
  url: string;
  body: Buffer;
  headers: Record<string, string | undefined>;
}

const WIRE_CASES: [string, WireCase][] = [
  [
    "percent-encodes the channel ARN per RFC 3986 and serialises JSON once",
    {
      request: { query: { channelArn: CHANNEL }, body: { json: events } },
      url: "/PutAuditEvents?channelArn=arn%3Aaws%3Acloudtrail%3Aus-east-1%3A1%3Achannel%2Fx",
      body: Buffer.from(JSON.stringify(events)),
      headers: { "content-type": "application/json" },
    },
  ],
  [
    "puts channelArn before externalId and encodes every externalId character",
    {
      request: { query: { externalId: "a+b=c,d.e@f:g/h-i!'()*", channelArn: "arn:x" }, body: { json: {} } },
      url: "/PutAuditEvents?channelArn=arn%3Ax&externalId=a%2Bb%3Dc%2Cd.e%40f%3Ag%2Fh-i%21%27%28%29%2A",
      body: Buffer.from("{}"),
      headers: {},
    },
  ],
  [
    "sends a raw query verbatim",
    {
      request: {
        query: { channelArn: "ignored" },
        rawQuery: "channelArn=arn:aws:x&channelArn=%zz",
        body: { json: {} },
      },
      url: "/PutAuditEvents?channelArn=arn:aws:x&channelArn=%zz",
      body: Buffer.from("{}"),
      headers: {},
    },
  ],
  [
    "sends a malformed raw body byte-exact",
    {
      request: { query: {}, body: { raw: Uint8Array.from([0x7b, 0x5b, 0xff, 0x00, 0xc3]) } },
      url: "/PutAuditEvents",
      body: Buffer.from([0x7b, 0x5b, 0xff, 0x00, 0xc3]),
      headers: { "content-length": "5" },
    },
  ],
  [
    "omits Content-Type when the case says null",
    {
      request: { query: {}, body: { json: {} }, contentType: null },
      url: "/PutAuditEvents",
      body: Buffer.from("{}"),
      headers: { "content-type": undefined },
    },
  ],
  [
    "applies extra headers after signing, replacing one of the same name",
    {
      request: { query: {}, body: { json: {} }, headers: { "X-Amz-Date": "19700101T000000Z", "x-extra": "1" } },
      url: "/PutAuditEvents",
      body: Buffer.from("{}"),
      headers: { "x-amz-date": "19700101T000000Z", "x-extra": "1" },
    },
  ],
  [
    "sends a chunked body without Content-Length, byte-exact",
    {
      request: { query: {}, body: { json: events }, transfer: { encoding: "chunked", chunks: 3 } },
      url: "/PutAuditEvents",
      body: Buffer.from(JSON.stringify(events)),
      headers: { "content-length": undefined, "transfer-encoding": "chunked" },
    },
  ],
  [
    "serialises the body in the case's JSON format",
    {
      request: {
        query: {},
        body: {
          json: { a: ["/", 1] },
          format: { whitespace: [" "], memberOrder: "as-given", escapeEvery: 0, escapeSlash: true },
        },
      },
      url: "/PutAuditEvents",
      body: Buffer.from(' { "a" : [ "\\/" , 1 ] } '),
      headers: { "content-length": "24" },
    },
  ],
  [
    "signs without X-Amz-Content-Sha256 when the case says so",
    {
      request: { query: {}, body: { json: {} }, contentSha256Header: false },
      url: "/PutAuditEvents",
      body: Buffer.from("{}"),
      headers: { "x-amz-content-sha256": undefined },
    },
  ],
  [
    "uses the case's method, path and content type",
    {
      request: { query: {}, body: { raw: new Uint8Array() }, method: "PUT", path: "/other", contentType: "text/plain" },
      url: "/other",
      body: Buffer.alloc(0),
      headers: { "content-type": "text/plain" },
    },
  ],
];

describe("createSender", () => {
  let server: LocalServer;
  let sender: Sender;
  beforeAll(async () => {
    server = await startLocalServer();
    sender = createSender(target(server));
  });
  afterAll(async () => {
    await sender.close();
    await server.close();
  });

  it.each(WIRE_CASES)("%s", async (_name, { request, url, body, headers }) => {
    const exchange = await sender.send(request);
    const got = server.received.at(-1);
    expect(exchange.transportError).toBeUndefined();
    expect(exchange.response?.status).toBe(200);
    expect(got?.url).toBe(url);
    expect(got?.body.equals(body)).toBe(true);
    expect(Buffer.from(exchange.request.body).equals(body)).toBe(true);
    expect(exchange.request.url).toBe(server.endpoint + url);
    for (const [name, value] of Object.entries(headers)) expect(got?.headers[name]).toBe(value);
  });

  it.each<[string, Credentials]>([
    ["signs with long-term credentials", CREDENTIALS],
    ["signs with a session token as X-Amz-Security-Token", TOKEN_CREDENTIALS],
  ])("%s, and the server's recomputed signature matches", async (_name, credentials) => {
    const signing = createSender({ ...target(server), region: "eu-west-3", credentials });
    const exchange = await signing.send({ query: { channelArn: CHANNEL, externalId: "ab+c" }, body: { json: events } });
    await signing.close();
    const got = server.received.at(-1);
    if (got === undefined) throw new Error("the server received nothing");
    expect(got.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKID\/\d{8}\/eu-west-3\/cloudtrail-data\/aws4_request, SignedHeaders=/,
    );
    expect(got.headers["x-amz-security-token"]).toBe(credentials.sessionToken);
    expect(exchange.request.headers.authorization).toBe(got.headers.authorization);
    expect(await verifySigV4(got, credentials)).toEqual({ valid: true });
    expect(await verifySigV4({ ...got, body: Buffer.from("tampered") }, credentials)).toMatchObject({ valid: false });
  });

  it.each<[string, Partial<CaseRequest>]>([
    ["without X-Amz-Content-Sha256", { contentSha256Header: false }],
    ["chunked", { transfer: { encoding: "chunked", chunks: 4 } }],
    [
      "chunked and without X-Amz-Content-Sha256",
      { transfer: { encoding: "chunked", chunks: 2 }, contentSha256Header: false },
    ],
  ])("signs a request sent %s so that the server's recomputed signature matches", async (_name, variant) => {
    await sender.send({ query: { channelArn: CHANNEL }, body: { json: events }, ...variant });
    const got = server.received.at(-1);
    if (got === undefined) throw new Error("the server received nothing");
    expect(got.headers["x-amz-content-sha256"] === undefined).toBe(variant.contentSha256Header === false);
    expect(got.headers["content-length"] === undefined).toBe(variant.transfer !== undefined);
    expect(await verifySigV4(got, CREDENTIALS)).toEqual({ valid: true });
    expect(await verifySigV4({ ...got, body: Buffer.from("tampered") }, CREDENTIALS)).toMatchObject({ valid: false });
  });

  it("sends no Authorization when the case is unsigned", async () => {
    await sender.send({ query: {}, body: { json: {} }, sign: false });
    const got = server.received.at(-1);
    expect(got?.headers.authorization).toBeUndefined();
    expect(got?.headers["x-amz-date"]).toBeUndefined();
  });

  // undici frees a connection a tick after the body ends, so back-to-back sends alternate between two sockets.
  it("reuses connections: 20 sequential requests open at most two", async () => {
    const own = await startLocalServer();
    const reusing = createSender(target(own));
    for (let i = 0; i < 20; i += 1) await reusing.send({ query: {}, body: { json: { i } } });
    await reusing.close();
    await own.close();
    expect(own.received).toHaveLength(20);
    expect(own.connections()).toBeLessThanOrEqual(2);
  });

  it("opens at most 4 connections for 20 concurrent requests", async () => {
    const own = await startLocalServer();
    const pooled = createSender(target(own));
    await Promise.all(Array.from({ length: 20 }, (_, i) => pooled.send({ query: {}, body: { json: { i } } })));
    await pooled.close();
    await own.close();
    expect(own.received).toHaveLength(20);
    expect(own.connections()).toBeLessThanOrEqual(4);
  });

  it.each<[string, CaseRequest]>([
    ["a header undici refuses", { query: {}, body: { json: {} }, headers: { "transfer-encoding": "chunked" } }],
    ["a request target with a space", { query: {}, rawQuery: "a=b c", body: { json: {} } }],
  ])("reports %s as an `other` transport error instead of throwing", async (_name, request) => {
    const exchange = await sender.send(request);
    expect(exchange.transportError?.kind).toBe("other");
    expect(exchange.response).toBeUndefined();
  });

  it("keeps a connection usable after draining a body past the cap", async () => {
    const own = await startLocalServer((_req, res) => res.end("x".repeat(100_000)));
    const capped = createSender(target(own, { maxResponseBytes: 10 }));
    const first = await capped.send({ query: {}, body: { json: {} } });
    for (let i = 0; i < 5; i += 1) await capped.send({ query: {}, body: { json: {} } });
    await capped.close();
    await own.close();
    expect(first.response).toMatchObject({ bodyBytes: 100_000, bodyTruncated: true });
    expect(first.response?.body.byteLength).toBe(10);
    // Two sockets at most, as in the sequential reuse test above: six requests did not open six connections.
    expect(own.connections()).toBeLessThanOrEqual(2);
  });

  it("records status, lower-case headers, body, timing", async () => {
    const exchange = await sender.send({ query: {}, body: { json: {} } });
    expect(exchange.response).toMatchObject({ status: 200, bodyBytes: 29, bodyTruncated: false });
    expect(exchange.response?.headers["content-type"]).toBe("application/json");
    expect(Buffer.from(exchange.response?.body ?? []).toString()).toBe('{"successful":[],"failed":[]}');
    expect(exchange.durationMs).toBeGreaterThan(0);
    expect(Number.isNaN(Date.parse(exchange.startedAt))).toBe(false);
  });
});
