import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_EVENTS_PATH } from "./adminRoutes.ts";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, NDJSON_TYPE } from "./eventsListing.ts";
import { PROBE_CHANNELS, probeEvent, probeRequest } from "./faults/probeRequests.ts";
import { type RunningEmulator, startEmulator } from "./startEmulator.ts";
import { sendToEmulator } from "./testing/sendToEmulator.ts";

/** More than a default page, fewer than the store keeps: 3 pages of listing. */
const KEPT = DEFAULT_PAGE_SIZE * 2 + 50;
const EVICTED = 30;
const PER_REQUEST = 100;

interface Page {
  total: number;
  evicted: number;
  stored: number;
  events: { seq: number; id: string; channelArn: string }[];
  nextCursor: string | null;
}

const list = (emulator: RunningEmulator, query = "", accept?: string) =>
  sendToEmulator(emulator.url, {
    method: "GET",
    path: ADMIN_EVENTS_PATH,
    query,
    ...(accept === undefined ? {} : { headers: { accept } }),
  });

describe("GET /_emulator/events", () => {
  let emulator: RunningEmulator;
  const ingestedIds: string[] = [];
  beforeAll(async () => {
    emulator = await startEmulator({ auth: "off", limits: { maxStoredEvents: KEPT } });
    for (let sent = 0; sent < KEPT + EVICTED; sent += PER_REQUEST) {
      const count = Math.min(PER_REQUEST, KEPT + EVICTED - sent);
      const events = Array.from({ length: count }, (_, index) => probeEvent(`e${sent + index}`));
      ingestedIds.push(...events.map((event) => event.id));
      expect((await sendToEmulator(emulator.url, probeRequest(events))).status).toBe(200);
    }
  });
  afterAll(() => emulator.close());

  it("pages through every kept event with nextCursor, oldest first, and says how many were evicted", async () => {
    const pages: Page[] = [];
    let cursor: string | null = "";
    while (cursor !== null && pages.length < 10) {
      const answer = await list(emulator, cursor === "" ? "" : `cursor=${cursor}`);
      expect(answer.status).toBe(200);
      const page = answer.json as Page;
      pages.push(page);
      cursor = page.nextCursor;
    }
    expect(pages.map((page) => page.events.length)).toEqual([DEFAULT_PAGE_SIZE, DEFAULT_PAGE_SIZE, 50]);
    expect(pages[0]).toMatchObject({ total: KEPT + EVICTED, evicted: EVICTED, stored: KEPT });
    expect(pages.flatMap((page) => page.events.map((event) => event.id))).toEqual(ingestedIds.slice(EVICTED));
  });

  it("streams the answer instead of sending one precomputed body", async () => {
    const answer = await list(emulator, "limit=10");
    expect(answer.headers["transfer-encoding"]).toBe("chunked");
    expect(answer.headers["content-length"]).toBeUndefined();
    expect(answer.headers["x-pae-evicted"]).toBe(String(EVICTED));
  });

  it("lists every kept event as NDJSON, one event per line, with the counts in headers", async () => {
    const answer = await list(emulator, "", NDJSON_TYPE);
    expect(answer.headers["content-type"]).toBe(NDJSON_TYPE);
    expect(answer.headers).toMatchObject({ "x-pae-total": String(KEPT + EVICTED), "x-pae-evicted": String(EVICTED) });
    const lines = answer.text.trimEnd().split("\n");
    const events = lines.map((line) => JSON.parse(line) as { seq: number; id: string });
    expect(events.map((event) => event.id)).toEqual(ingestedIds.slice(EVICTED));
    expect(events[0]?.seq).toBe(EVICTED + 1);
  });

  it.each([
    ["limit", "limit=7", 7],
    ["a cursor", `cursor=${KEPT + EVICTED - 3}`, 3],
    ["a channel", `channelArn=${encodeURIComponent(PROBE_CHANNELS.own)}`, DEFAULT_PAGE_SIZE],
    ["another channel", `channelArn=${encodeURIComponent(PROBE_CHANNELS.foreign)}`, 0],
    ["a time from the future", "since=2999-01-01T00:00:00Z", 0],
    ["a time up to the future", `until=2999-01-01T00:00:00Z&limit=${MAX_PAGE_SIZE}`, KEPT],
  ])("filters by %s", async (_name, query, want) => {
    const answer = await list(emulator, query);
    expect((answer.json as Page).events).toHaveLength(want);
  });

  it.each([
    ["a limit of 0", "limit=0"],
    ["a limit over the maximum", `limit=${MAX_PAGE_SIZE + 1}`],
    ["a limit that is not a number", "limit=ten"],
    ["a cursor that is not one", "cursor=-1"],
    ["a time that is not one", "since=yesterday"],
  ])("refuses %s with a 400 that says why", async (_name, query) => {
    const answer = await list(emulator, query);
    expect(answer.status).toBe(400);
    expect((answer.json as { message: string }).message).toMatch(/^(limit|cursor|since)/);
  });

  it("empties the store on DELETE and starts counting again", async () => {
    const cleared = await sendToEmulator(emulator.url, { method: "DELETE", path: ADMIN_EVENTS_PATH });
    expect(cleared.json).toEqual({ total: 0, evicted: 0, stored: 0, storedBytes: 0, events: [] });
    expect((await list(emulator)).json).toEqual({ total: 0, evicted: 0, stored: 0, events: [], nextCursor: null });
  });
});
