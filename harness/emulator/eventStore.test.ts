import { describe, expect, it } from "vitest";
import {
  EventStore,
  type EventStoreLimits,
  type StoredEvent,
  type StoredEventsFilter,
  storedSize,
} from "./eventStore.ts";

const event = (id: string, changes: Partial<StoredEvent> = {}): StoredEvent => ({
  eventID: `e-${id}`,
  id,
  channelArn: "arn:a",
  eventData: "{}",
  ingestionTime: "2026-12-02T10:00:00.000Z",
  ...changes,
});
/** The size of every event built by `event(id)` with a one-letter id. */
const ONE = storedSize(event("a"));
const roomy = { maxEvents: 1_000, maxBytes: 1_000_000 };

function filled(limits: EventStoreLimits, events: readonly StoredEvent[]): EventStore {
  const store = new EventStore(limits);
  for (const added of events) store.add(added);
  return store;
}
const ids = (store: EventStore, filter?: StoredEventsFilter) => Array.from(store.events(filter), (e) => e.event.id);

describe("EventStore bounds", () => {
  it.each<[string, { limits: EventStoreLimits; added: string[]; kept: string[]; evicted: number }]>([
    ["keeps everything within both bounds", { limits: roomy, added: ["a", "b"], kept: ["a", "b"], evicted: 0 }],
    [
      "evicts the oldest past the count bound",
      { limits: { ...roomy, maxEvents: 3 }, added: ["a", "b", "c", "d", "e"], kept: ["c", "d", "e"], evicted: 2 },
    ],
    [
      "evicts the oldest past the byte bound",
      { limits: { ...roomy, maxBytes: 2 * ONE }, added: ["a", "b", "c"], kept: ["b", "c"], evicted: 1 },
    ],
    [
      "keeps an event exactly at the byte bound",
      { limits: { ...roomy, maxBytes: ONE }, added: ["a"], kept: ["a"], evicted: 0 },
    ],
    [
      "keeps nothing with a count bound of 0 but still counts",
      { limits: { ...roomy, maxEvents: 0 }, added: ["a", "b"], kept: [], evicted: 2 },
    ],
    [
      "drops an event larger than the byte bound on its own",
      { limits: { ...roomy, maxBytes: ONE - 1 }, added: ["a"], kept: [], evicted: 1 },
    ],
  ])("%s", (_name, { limits, added, kept, evicted }) => {
    const store = filled(
      limits,
      added.map((id) => event(id)),
    );
    expect(ids(store)).toEqual(kept);
    expect(store.stats()).toEqual({
      total: added.length,
      evicted,
      stored: kept.length,
      storedBytes: kept.length * ONE,
    });
  });

  it("charges an event its strings in UTF-8 bytes, so a large eventData evicts many small events", () => {
    const big = event("z", { eventData: "é".repeat(1_000) });
    expect(storedSize(big) - ONE).toBe(2_000 - 2);
    const store = filled(
      { ...roomy, maxBytes: storedSize(big) + ONE },
      ["a", "b", "c"].map((id) => event(id)),
    );
    store.add(big);
    expect(ids(store)).toEqual(["c", "z"]);
  });

  it("stays bounded after many evictions, with sequence numbers that keep counting", () => {
    const store = new EventStore({ ...roomy, maxEvents: 3 });
    for (let index = 0; index < 10_000; index += 1) store.add(event(String(index)));
    expect(Array.from(store.events(), (e) => e.seq)).toEqual([9_998, 9_999, 10_000]);
    expect(store.stats()).toMatchObject({ total: 10_000, evicted: 9_997, stored: 3 });
  });
});

describe("EventStore listing", () => {
  const store = filled(roomy, [
    event("a", { channelArn: "arn:one", ingestionTime: "2026-12-02T10:00:00.000Z" }),
    event("b", { channelArn: "arn:two", ingestionTime: "2026-12-02T11:00:00.000Z" }),
    event("c", { channelArn: "arn:one", ingestionTime: "2026-12-02T12:00:00.000Z" }),
  ]);

  it.each<[string, StoredEventsFilter, string[]]>([
    ["lists everything, oldest first, with no filter", {}, ["a", "b", "c"]],
    ["lists one channel", { channelArn: "arn:one" }, ["a", "c"]],
    ["lists from a time on, inclusive", { since: "2026-12-02T11:00:00.000Z" }, ["b", "c"]],
    ["lists up to a time, inclusive", { until: "2026-12-02T11:00:00.000Z" }, ["a", "b"]],
    ["lists after a cursor", { afterSeq: 1 }, ["b", "c"]],
    ["lists nothing after the last cursor", { afterSeq: 3 }, []],
    ["combines filters", { channelArn: "arn:one", since: "2026-12-02T10:30:00.000Z" }, ["c"]],
  ])("%s", (_name, filter, want) => {
    expect(ids(store, filter)).toEqual(want);
  });

  it("skips events evicted and includes events added while a listing is under way", () => {
    const live = filled({ ...roomy, maxEvents: 2 }, [event("a"), event("b")]);
    const listing = live.events();
    expect(listing.next().value?.event.id).toBe("a");
    live.add(event("c"));
    live.add(event("d"));
    expect(Array.from(listing, (e) => e.event.id)).toEqual(["c", "d"]);
  });

  it("forgets everything when cleared", () => {
    const cleared = filled(roomy, [event("a")]);
    cleared.clear();
    expect(cleared.snapshot()).toEqual({ total: 0, evicted: 0, events: [] });
    expect(cleared.stats().storedBytes).toBe(0);
  });
});
