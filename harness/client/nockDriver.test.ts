import { request as httpsRequest } from "node:https";
import nock from "nock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunDocument } from "../model/runDocument.ts";
import { awsEndpoint } from "./awsEndpoint.ts";
import { awsSdkV2Service } from "./awsSdkV2Client.ts";
import { checkClientDriver } from "./checkClientDriver.ts";
import { CLIENT_REQUEST_CHECK_NAMES } from "./clientRequestChecks.ts";
import type { ClientUnderTest } from "./clientUnderTest.ts";
import { ERROR_ENCODINGS } from "./errorEncodings.ts";
import { interceptWithNock } from "./interceptWithNock.ts";
import { nockDriver } from "./nockDriver.ts";
import { type ScriptedEmulator, startScriptedEmulator } from "./scripted/startScriptedEmulator.ts";

const SEED = 20_261_125;
const REGION = "us-east-1";
const AWS_HOST = new URL(awsEndpoint(REGION)).host;
/** What `import { request } from "node:https"` is bound to when nothing intercepts. */
const UNPATCHED_REQUEST = httpsRequest;

/** aws-sdk v2 as a user writes it: a region and credentials, no endpoint, so it talks to AWS's hostname. */
const defaultEndpointClient: ClientUnderTest = {
  name: "aws-sdk-v2-default-endpoint",
  call: ({ region, credentials }) => {
    const service = awsSdkV2Service({ region, credentials });
    return (input) => service.putAuditEvents(input).promise();
  },
};

/**
 * Sends one request with `node:https` imported by name, as ESM clients do; resolves with the status, or the
 * error's name when it is refused.
 */
function sendHttps(url: string, body: Uint8Array, headers: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve) => {
    const req = httpsRequest(url, { method: "POST", headers }, (res) => {
      res.resume();
      res.on("end", () => resolve(String(res.statusCode)));
    });
    req.on("error", (error) => resolve(error.name));
    req.end(body);
  });
}

describe("nockDriver with aws-sdk v2 and no endpoint override", () => {
  let run: RunDocument;
  beforeAll(async () => {
    const scenarios = ERROR_ENCODINGS.map((encoding) => `ChannelNotFound/${encoding.id}`);
    run = await checkClientDriver(defaultEndpointClient.name, nockDriver(defaultEndpointClient), {
      scenarios,
      seed: SEED,
    });
  });

  it.each(CLIENT_REQUEST_CHECK_NAMES)("sends requests to the real hostname that pass %s", (check) => {
    expect(run.cases.find((c) => c.id === check)?.outcome).toBe("pass");
  });

  it.each(ERROR_ENCODINGS.map((encoding) => encoding.id))(
    "is intercepted at AWS's hostname and surfaces ChannelNotFound named in the %s",
    (encoding) => {
      const result = run.cases.find((c) => c.id === `ChannelNotFound/${encoding}`);
      expect(result?.outcome, result?.reason).toBe("pass");
      expect(Object.keys(result?.answersSeen ?? {})).toEqual(["threw ChannelNotFound"]);
      expect(result?.exchanges.map((exchange) => exchange.request.headers.host)).toEqual([AWS_HOST]);
    },
  );
});

describe("interceptWithNock", () => {
  let emulator: ScriptedEmulator;
  beforeAll(async () => {
    emulator = await startScriptedEmulator({ log: () => undefined });
  });
  afterAll(() => emulator.close());
  const during = <T>(call: () => Promise<T>) => interceptWithNock(awsEndpoint(REGION), emulator.url, call);
  const json = { "content-type": "application/json" };

  it.each([
    ["a JSON body", new TextEncoder().encode('{"auditEvents":[]}'), json],
    ["a JSON-typed body that does not parse", new TextEncoder().encode("{bad"), json],
    ["a body that is not UTF-8", new Uint8Array([0xff, 0x00, 0xfe]), json],
    ["an empty body", new Uint8Array(), {}],
  ])("forwards %s to the emulator byte for byte, with AWS's host", async (_name, body, headers) => {
    emulator.scripted.clearRequests();
    await during(() => sendHttps(`${awsEndpoint(REGION)}/PutAuditEvents?channelArn=x`, body, headers));
    const [recorded] = emulator.scripted.requests() ?? [];
    expect(recorded?.request.body).toEqual(body);
    expect(recorded?.request.headers.host).toBe(AWS_HOST);
    expect(recorded?.request.url).toBe("/PutAuditEvents?channelArn=x");
  });

  it.each([
    ["node:https", () => sendHttps("https://example.com/", new Uint8Array())],
    ["fetch", () => fetch("https://example.com/", { method: "POST" }).then(String, (error: Error) => error.name)],
    ["another AWS region", () => sendHttps(`${awsEndpoint("eu-west-1")}/PutAuditEvents`, new Uint8Array())],
  ])("refuses a request to another host over %s with NetConnectNotAllowedError", async (_name, send) => {
    expect(await during(send)).toContain("NetConnectNotAllowedError");
  });

  it("keeps intercepting a call still in flight when an overlapping one ends, as after a timeout", async () => {
    emulator.scripted.clearRequests();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const body = new TextEncoder().encode("{}");
    const first = during(() => gate.then(() => sendHttps(`${awsEndpoint(REGION)}/PutAuditEvents`, body)));
    await during(() => Promise.resolve("second"));
    release();
    expect(await first).toMatch(/^\d{3}$/);
    expect(emulator.scripted.requests().map((recorded) => recorded.request.body)).toEqual([body]);
    expect(nock.isActive()).toBe(false);
  });

  it.each([
    ["resolves", () => Promise.resolve("done"), "done"],
    ["throws", () => Promise.reject(new Error("client failed")), "client failed"],
  ])("restores Node's HTTP stack when the call %s", async (_name, call, want) => {
    let patchedDuring = false;
    const settled = await during(() => {
      patchedDuring = httpsRequest !== UNPATCHED_REQUEST;
      return call();
    }).then(String, (error: Error) => error.message);
    expect(settled).toBe(want);
    expect(patchedDuring).toBe(true);
    expect({ active: nock.isActive(), mocks: nock.activeMocks(), request: httpsRequest }).toEqual({
      active: false,
      mocks: [],
      request: UNPATCHED_REQUEST,
    });
  });
});
