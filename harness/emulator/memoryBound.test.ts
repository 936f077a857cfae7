import { request } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_EVENTS_PATH } from "./adminRoutes.ts";
import { DEFAULT_EMULATOR_LIMITS } from "./emulatorLimits.ts";
import { NDJSON_TYPE } from "./eventsListing.ts";
import { type EmulatorProcess, startEmulatorProcess } from "./testing/emulatorProcess.ts";
import { LARGE_EVENT_LOAD, sendLargeEventLoad } from "./testing/largeEventLoad.ts";

/** The bound issue 17 asks for, with default settings: the count-bounded store reached 1,051 MB here. */
const RSS_BOUND_BYTES = 512 * 1024 * 1024;
const LOAD_TIMEOUT_MS = 240_000;
const MB = 1024 * 1024;
/**
 * Enough requests that a store the byte bound did not hold would keep more than the RSS bound (by a quarter):
 * fewer than issue 17's 1,000, which `npm run bench` still sends for its peak RSS figure.
 */
const REQUEST_BYTES = LARGE_EVENT_LOAD.eventsPerRequest * LARGE_EVENT_LOAD.paddingBytes;
const LOAD = { ...LARGE_EVENT_LOAD, requests: Math.ceil((1.25 * RSS_BOUND_BYTES) / REQUEST_BYTES) };

/** Streams the NDJSON listing, counting lines and bytes without holding it. */
async function ndjsonListing(url: string) {
  const answer = await request(`${url}${ADMIN_EVENTS_PATH}`, { headers: { accept: NDJSON_TYPE } });
  let lines = 0;
  let bytes = 0;
  for await (const chunk of answer.body) {
    const buffer = chunk as Buffer;
    bytes += buffer.length;
    for (let index = buffer.indexOf(10); index >= 0; index = buffer.indexOf(10, index + 1)) lines += 1;
  }
  return { status: answer.statusCode, headers: answer.headers, lines, bytes };
}

describe(`the emulator under ${LOAD.requests} requests of ${LOAD.eventsPerRequest} events of ~226 KB`, () => {
  let emulator: EmulatorProcess;
  beforeAll(async () => {
    // The load is unsigned: authentication is not what this test measures.
    emulator = await startEmulatorProcess(["--no-auth"]);
  });
  afterAll(() => emulator.stop());

  it(
    `stays under ${RSS_BOUND_BYTES / MB} MB of peak RSS with default settings, and its listing still answers`,
    async () => {
      const load = await sendLargeEventLoad(emulator.url, LOAD);
      expect(load.bytesSent).toBeGreaterThan(RSS_BOUND_BYTES);
      expect(load.ingested).toBe(LOAD.requests * LOAD.eventsPerRequest);
      const listing = await ndjsonListing(emulator.url);
      expect(listing.status).toBe(200);
      const stored = Number(listing.headers["x-pae-stored"]);
      expect(Number(listing.headers["x-pae-total"])).toBe(load.ingested);
      expect(Number(listing.headers["x-pae-evicted"])).toBe(load.ingested - stored);
      expect(listing.lines).toBe(stored);
      expect(listing.bytes).toBeLessThanOrEqual(DEFAULT_EMULATOR_LIMITS.maxStoredBytes);
      const page = await request(`${emulator.url}${ADMIN_EVENTS_PATH}?limit=10`);
      expect(page.statusCode).toBe(200);
      expect(((await page.body.json()) as { events: unknown[] }).events).toHaveLength(10);
      const peak = emulator.peakRssBytes();
      console.info(
        `large-event load: ${load.requests} requests, ${(load.bytesSent / MB).toFixed(0)} MB in ${(load.elapsedMs / 1000).toFixed(1)} s; ` +
          `${stored} events kept, ${listing.headers["x-pae-evicted"]} evicted; peak RSS ${(peak / MB).toFixed(0)} MB`,
      );
      expect(peak).toBeLessThan(RSS_BOUND_BYTES);
    },
    LOAD_TIMEOUT_MS,
  );
});
