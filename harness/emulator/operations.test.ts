import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { channelQuotas } from "./channelQuotas.ts";
import { PROBE_CHANNELS, probeEvent, probeRequest } from "./faults/probeRequests.ts";
import { type RunningEmulator, startEmulator } from "./startEmulator.ts";
import { sendToEmulator } from "./testing/sendToEmulator.ts";
import { tpsQuota } from "./tpsQuota.ts";

const put = (emulator: RunningEmulator, id: string, channelArn = PROBE_CHANNELS.own) => {
  const { query, body } = probeRequest([probeEvent(id)], { channelArn });
  return sendToEmulator(emulator, { query, body });
};
const list = async (emulator: RunningEmulator, query = "") =>
  (await sendToEmulator(emulator, { method: "GET", path: "/_emulator/events", query })).json as {
    total: number;
    events: Record<string, unknown>[];
  };

describe("GET /_emulator/events", () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startEmulator();
  });
  afterAll(() => emulator.close());

  it("lists each event as CloudTrail Lake stores it", async () => {
    const answer = await put(emulator, "stored-1");
    const [entry] = (answer.json as { successful: { eventID: string }[] }).successful;
    const { events } = await list(emulator);
    const stored = events.find((event) => event.id === "stored-1");
    expect(stored).toEqual({
      seq: expect.any(Number),
      id: "stored-1",
      eventVersion: expect.any(String),
      eventCategory: "ActivityAuditLog",
      eventType: "ActivityLog",
      eventID: entry?.eventID,
      eventTime: "2026-11-25T10:00:00Z",
      awsRegion: "us-east-1",
      recipientAccountId: PROBE_CHANNELS.callerAccountId,
      eventData: JSON.parse(probeEvent("x").eventData),
      metadata: { ingestionTime: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), channelARN: PROBE_CHANNELS.own },
    });
  });

  it.each([
    ["by channel", (arn: string) => `channelArn=${encodeURIComponent(arn)}`, ["on-partner"]],
    [
      "by a time window that holds everything",
      () => "since=2000-01-01T00:00:00Z&until=2999-01-01T00:00:00Z",
      ["on-own", "on-partner"],
    ],
    ["by a time window in the past", () => "until=2000-01-01T00:00:00Z", []],
  ])("filters %s", async (_name, query, want) => {
    await sendToEmulator(emulator, { method: "DELETE", path: "/_emulator/events" });
    const partner = emulator.targetFixtures.partnerChannel ?? { arn: "", externalId: "" };
    expect((await put(emulator, "on-own")).status).toBe(200);
    const { query: partnerQuery, body } = probeRequest([probeEvent("on-partner")], {
      channelArn: partner.arn,
      externalId: partner.externalId,
    });
    const onPartner = JSON.parse(body) as { auditEvents: { eventData: string }[] };
    for (const event of onPartner.auditEvents) {
      event.eventData = event.eventData.replace(PROBE_CHANNELS.callerAccountId, partner.arn.split(":")[4] ?? "");
    }
    const partnerAnswer = await sendToEmulator(emulator, { query: partnerQuery, body: JSON.stringify(onPartner) });
    expect(partnerAnswer.json).toMatchObject({ successful: [{ id: "on-partner" }] });
    const { events } = await list(emulator, query(partner.arn));
    expect(events.map((event) => event.id).sort()).toEqual(want);
  });
});

describe("GET /_emulator/health", () => {
  it("reports status and settings", async () => {
    const emulator = await startEmulator({ faults: ["ChecksumIgnored"] });
    try {
      const health = await sendToEmulator(emulator, { method: "GET", path: "/_emulator/health" });
      expect(health.json).toMatchObject({ status: "ok", auth: "sigv4", faults: ["ChecksumIgnored"], durable: false });
    } finally {
      await emulator.close();
    }
  });
});

describe("--quota-tps", () => {
  it.each([
    ["lets the burst through, then refuses", 2, [0, 0, 0], [undefined, undefined, 1]],
    ["refills at the quota's rate", 2, [0, 0, 600], [undefined, undefined, undefined]],
    // A clock read before the bucket was made (a millisecond may tick in between) is not a drained bucket.
    ["takes a time before the bucket's own as no time passed", 1, [-5, -5], [undefined, 1]],
  ])("%s", (_name, perSecond, offsets, want) => {
    const quota = tpsQuota(perSecond);
    const start = Date.now();
    expect(offsets.map((offset) => quota.take(start + offset))).toEqual(want);
  });

  it("answers 429 ThrottlingException with Retry-After over the quota", async () => {
    const emulator = await startEmulator({ quotaTps: 1 });
    try {
      const answers = [await put(emulator, "q-1"), await put(emulator, "q-2")];
      expect(answers.map((answer) => answer.status)).toEqual([200, 429]);
      expect(answers[1]?.headers["x-amzn-errortype"]).toBe("ThrottlingException");
      expect(Number(answers[1]?.headers["retry-after"])).toBeGreaterThanOrEqual(1);
    } finally {
      await emulator.close();
    }
  });
});

describe("a channel's own quotaTps", () => {
  const channel = (id: number, quotaTps?: number) => ({
    arn: `arn:aws:cloudtrail:us-east-1:111122223333:channel/${id}`,
    ownerAccountId: "111122223333",
    ...(quotaTps === undefined ? {} : { quotaTps }),
  });

  it("keeps one bucket per channel, none for a channel without a quota, and a quota of 0 never refills", () => {
    const quotas = channelQuotas();
    const [one, other, unlimited, usedUp] = [channel(1, 1), channel(2, 1), channel(3), channel(4, 0)];
    const at = (ms: number) => [one, other, unlimited, usedUp].map((c) => quotas.take(c, ms));
    const start = Date.now();
    expect([at(start), at(start), at(start + 60_000)]).toEqual([
      [undefined, undefined, undefined, Number.POSITIVE_INFINITY],
      [1, 1, undefined, Number.POSITIVE_INFINITY],
      [undefined, undefined, undefined, Number.POSITIVE_INFINITY],
    ]);
  });

  it("throttles only the built-in fixture's used-up channel: 429 ThrottlingException, no Retry-After", async () => {
    const emulator = await startEmulator();
    try {
      const usedUp = emulator.targetFixtures.quotaExceededChannelArn ?? "";
      const answers = [
        await put(emulator, "q-1", usedUp),
        await put(emulator, "q-2"),
        await put(emulator, "q-3", usedUp),
      ];
      expect(answers.map((answer) => answer.status)).toEqual([429, 200, 429]);
      expect(answers[0]?.headers["x-amzn-errortype"]).toBe("ThrottlingException");
      expect(answers[0]?.headers["retry-after"]).toBeUndefined();
    } finally {
      await emulator.close();
    }
  });
});

describe("--data-dir, in process", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "pae-journal-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("reloads the acknowledged events after a restart, each once", async () => {
    const first = await startEmulator({ dataDir: dir });
    for (const id of ["j-1", "j-2"]) expect((await put(first, id)).status).toBe(200);
    await first.close();
    const second = await startEmulator({ dataDir: dir });
    try {
      expect((await put(second, "j-3")).status).toBe(200);
      expect((await list(second)).events.map((event) => event.id)).toEqual(["j-1", "j-2", "j-3"]);
    } finally {
      await second.close();
    }
  });
});
