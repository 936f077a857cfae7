import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROBE_CHANNELS, probeEvent } from "../../emulator/faults/probeRequests.ts";
import { signRequest } from "../../emulator/testing/signRequest.ts";
import { ADMIN_REQUESTS_PATH, ADMIN_SCENARIO_PATH } from "./scriptedAdmin.ts";
import { type ScriptedEmulator, startScriptedEmulator } from "./startScriptedEmulator.ts";

const TIMEOUT = AbortSignal.timeout.bind(AbortSignal);

describe("the scripted emulator", () => {
  let emulator: ScriptedEmulator;
  beforeAll(async () => {
    emulator = await startScriptedEmulator();
  });
  afterAll(() => emulator.close());

  const admin = (path: string, method: string, body?: unknown) =>
    fetch(`${emulator.url}${path}`, {
      method,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: TIMEOUT(5_000),
    });

  async function put(ids: string[]) {
    const query = { channelArn: PROBE_CHANNELS.own };
    const body = JSON.stringify({ auditEvents: ids.map((id) => probeEvent(id)) });
    const headers = await signRequest(emulator, query, body);
    const url = `${emulator.url}/PutAuditEvents?channelArn=${encodeURIComponent(PROBE_CHANNELS.own)}`;
    return fetch(url, { method: "POST", headers, body, signal: TIMEOUT(5_000) });
  }

  it.each([
    ["answers the scenario set over HTTP, named in the header", "ChannelNotFound/header", 400, "ChannelNotFound"],
    ["answers a 503 scenario", "ServiceUnavailable/header", 503, "ServiceUnavailable"],
    ["answers faithfully when the scenario is reset", null, 200, null],
  ])("%s", async (_name, scenario, status, errorType) => {
    expect((await admin(ADMIN_SCENARIO_PATH, "POST", { scenario })).status).toBe(200);
    const response = await put(["one", "two"]);
    await response.arrayBuffer();
    expect(response.status).toBe(status);
    expect(response.headers.get("x-amzn-errortype")).toBe(errorType);
  });

  it("records every request with the request checks' verdicts", async () => {
    await admin(ADMIN_REQUESTS_PATH, "DELETE");
    await admin(ADMIN_SCENARIO_PATH, "POST", { scenario: "Success" });
    await (await put(["one"])).arrayBuffer();
    const recorded = (await (await admin(ADMIN_REQUESTS_PATH, "GET")).json()) as {
      scenario: string;
      verdicts: { outcome: string }[];
    }[];
    expect(recorded).toHaveLength(1);
    expect(recorded[0]?.scenario).toBe("Success");
    expect(recorded[0]?.verdicts.every((v) => v.outcome === "pass")).toBe(true);
  });

  it("rejects an unknown scenario with 400", async () => {
    const response = await admin(ADMIN_SCENARIO_PATH, "POST", { scenario: "NoSuchScenario" });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toContain("unknown scenario");
  });
});
