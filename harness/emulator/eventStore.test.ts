import { describe, expect, it } from "vitest";
import { EventStore, type StoredEvent } from "./eventStore.ts";

const event = (id: string): StoredEvent => ({
  eventID: `e-${id}`,
  id,
  channelArn: "arn",
  eventData: "{}",
  ingestionTime: "t",
});

describe("EventStore", () => {
  it.each([
    ["keeps everything below its capacity", 3, ["a", "b"], ["a", "b"]],
    ["keeps the newest events, oldest first, past its capacity", 3, ["a", "b", "c", "d", "e"], ["c", "d", "e"]],
    ["keeps nothing with capacity 0 but still counts", 0, ["a"], []],
  ])("%s", (_name, capacity, added, kept) => {
    const store = new EventStore(capacity);
    for (const id of added) store.add(event(id));
    expect(store.snapshot()).toEqual({ total: added.length, events: kept.map(event) });
  });

  it("forgets everything when cleared", () => {
    const store = new EventStore(2);
    store.add(event("a"));
    store.clear();
    expect(store.snapshot()).toEqual({ total: 0, events: [] });
  });
});
