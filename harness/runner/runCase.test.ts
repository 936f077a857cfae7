import type { ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { CATALOGUE } from "../catalogue/catalogue.ts";
import { selectChecks } from "../checks/registry.ts";
import type { CaseDefinition } from "../model/caseDefinition.ts";
import type { TargetConfig } from "../model/target.ts";
import { createSender, DEFAULT_MAX_RESPONSE_BYTES, type Sender } from "../sender/createSender.ts";
import { type LocalServer, startLocalServer } from "../sender/testing/localServer.ts";
import { caseContext } from "./caseContext.ts";
import { runCase } from "./runCase.ts";

const CHANNEL = "arn:aws:cloudtrail:us-east-1:111122223333:channel/00000000-0000-4000-8000-000000000001";
const CASE = CATALOGUE.find((entry) => entry.id === "ZeroEventsAreRejected") as CaseDefinition;

/** How a connection in flight ends: reset before any answer, or cut off after the headers and a few bytes. */
type Breaks = (res: ServerResponse, socket: Socket) => void;
const RESET: Breaks = (_res, socket) => socket.resetAndDestroy();
const CUT_MID_BODY: Breaks = (res, socket) => {
  res.writeHead(400, { "content-type": "application/x-amz-json-1.1", "content-length": "100" });
  res.write('{"__type":"Valid', () => socket.destroy());
};

function targetAt(endpoint: string): TargetConfig {
  return {
    endpoint,
    region: "us-east-1",
    credentials: { accessKeyId: "AKIDRUNCASETEST", secretAccessKey: "run-case-test-secret" },
    fixtures: { ownChannelArn: CHANNEL },
    timeoutMs: 2000,
    maxResponseBytes: DEFAULT_MAX_RESPONSE_BYTES,
  };
}

/**
 * A target killed with -9 while its kernel still completes handshakes: the first `broken` requests (the one in
 * flight and the retries) break, then nothing listens and the next connection is refused.
 */
async function dyingTarget(breaks: Breaks, broken: number): Promise<LocalServer> {
  const server: LocalServer = await startLocalServer((_request, res, socket) => {
    if (server.received.length >= broken) void server.close();
    breaks(res, socket);
  });
  return server;
}

describe("runCase against a target that breaks the exchange", () => {
  let server: LocalServer | undefined;
  let sender: Sender | undefined;
  afterEach(async () => {
    await sender?.close();
    await server?.close();
  });

  async function run(endpoint: string) {
    const target = targetAt(endpoint);
    sender = createSender(target);
    return runCase({
      caseDef: CASE,
      context: caseContext(target),
      target,
      sender,
      checks: selectChecks(undefined),
      runSeed: 1,
      runs: 5,
      shrinkBudget: 5,
      maxRecorded: 5,
      secrets: [],
      replayCommand: "npx pae-conformance run",
    });
  }

  it.each<[string, Breaks, number]>([
    ["reset, reset again on the retry, then refused", RESET, 2],
    ["reset three times, then refused", RESET, 3],
    ["cut off mid-body, cut off again on the retry, then refused", CUT_MID_BODY, 2],
  ])("is unreachable, never failed, when the target dies: %s", async (_name, breaks, broken) => {
    server = await dyingTarget(breaks, broken);
    const result = await run(server.endpoint);
    expect(result.failures).toEqual([]);
    expect([result.outcome, result.reason]).toEqual([
      "unreachable",
      expect.stringMatching(/^the target went away: connection-refused/),
    ]);
    expect(server.received.length).toBe(broken);
  });

  it.each<[string, Breaks]>([
    ["resets every connection", RESET],
    ["cuts every answer off mid-body", CUT_MID_BODY],
  ])("fails, as the target's doing, when a target that stays up %s", async (_name, breaks) => {
    server = await startLocalServer((_request, res, socket) => breaks(res, socket));
    const result = await run(server.endpoint);
    expect(result.outcome).toBe("fail");
    expect(result.failures.map((failure) => failure.check)).toContain("transportSucceeded");
    expect(result.reason).toMatch(/connection-reset/);
  });
});
