/** An ingested event as the emulator keeps it. */
export interface StoredEvent {
  eventID: string;
  id: string;
  channelArn: string;
  eventData: string;
  ingestionTime: string;
}

/** How much the store keeps before it evicts its oldest events; both bounds hold at once. */
export interface EventStoreLimits {
  maxEvents: number;
  /** Counted as UTF-8 bytes of the event's strings plus a fixed overhead per event (see `storedSize`). */
  maxBytes: number;
}

/** Which stored events a listing wants; times compare as ISO-8601 strings, both bounds inclusive. */
export interface StoredEventsFilter {
  channelArn?: string;
  since?: string;
  until?: string;
  /** A cursor: only events stored after the one with this sequence number. */
  afterSeq?: number;
}

/** An event with its place in the ingestion order (1 for the first event since the start or the last clear). */
export interface SequencedEvent {
  seq: number;
  event: StoredEvent;
}

export interface EventStoreStats {
  /** Events ingested since the start or the last clear, evicted ones included. */
  total: number;
  /** Events dropped to keep within the limits. */
  evicted: number;
  stored: number;
  storedBytes: number;
}

/** The kept events at one moment, as an in-process caller reads them. */
export interface StoredEventsSnapshot {
  total: number;
  evicted: number;
  events: StoredEvent[];
}

/** What one stored event costs besides its strings: the object, its slots and the queue entry. */
const PER_EVENT_OVERHEAD_BYTES = 200;

/** The size an event is charged: its strings in UTF-8 bytes, plus a fixed overhead. */
export function storedSize(event: StoredEvent): number {
  return (
    PER_EVENT_OVERHEAD_BYTES +
    Buffer.byteLength(event.eventID) +
    Buffer.byteLength(event.id) +
    Buffer.byteLength(event.channelArn) +
    Buffer.byteLength(event.eventData) +
    Buffer.byteLength(event.ingestionTime)
  );
}

interface Entry extends SequencedEvent {
  size: number;
}

function matches(entry: Entry, filter: StoredEventsFilter): boolean {
  const { event } = entry;
  if (filter.channelArn !== undefined && event.channelArn !== filter.channelArn) return false;
  if (filter.since !== undefined && event.ingestionTime < filter.since) return false;
  return filter.until === undefined || event.ingestionTime <= filter.until;
}

/** A queue of the newest ingested events, bounded by count and by bytes; the oldest go first. */
export class EventStore {
  private queue: Entry[] = [];
  /** Index of the oldest kept entry: evicting moves it on, and the array is compacted now and then. */
  private head = 0;
  private bytes = 0;
  private total = 0;
  private evicted = 0;

  constructor(private readonly limits: EventStoreLimits) {}

  add(event: StoredEvent): void {
    this.total += 1;
    const entry = { seq: this.total, event, size: storedSize(event) };
    this.queue.push(entry);
    this.bytes += entry.size;
    while (this.queue.length - this.head > this.limits.maxEvents || this.bytes > this.limits.maxBytes) {
      this.evictOldest();
    }
  }

  private evictOldest(): void {
    const oldest = this.queue[this.head];
    if (oldest === undefined) return;
    this.bytes -= oldest.size;
    this.evicted += 1;
    this.head += 1;
    // Shift the array only when half of it is dead, so eviction stays amortised O(1).
    if (this.head * 2 >= this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
  }

  /**
   * The kept events, oldest first, that match the filter. Lazy and safe to interleave with `add`: it walks by
   * sequence number, so events evicted meanwhile are skipped and events added meanwhile are included.
   */
  *events(filter: StoredEventsFilter = {}): Generator<SequencedEvent> {
    let nextSeq = (filter.afterSeq ?? 0) + 1;
    for (;;) {
      const oldest = this.queue[this.head];
      if (oldest === undefined) return;
      nextSeq = Math.max(nextSeq, oldest.seq);
      const entry = this.queue[this.head + (nextSeq - oldest.seq)];
      if (entry === undefined) return;
      nextSeq += 1;
      if (matches(entry, filter)) yield { seq: entry.seq, event: entry.event };
    }
  }

  stats(): EventStoreStats {
    const stored = this.queue.length - this.head;
    return { total: this.total, evicted: this.evicted, stored, storedBytes: this.bytes };
  }

  /** Every kept event matching the filter, in one array: for in-process callers, never for the HTTP listing. */
  snapshot(filter: StoredEventsFilter = {}): StoredEventsSnapshot {
    const { total, evicted } = this.stats();
    return { total, evicted, events: Array.from(this.events(filter), (entry) => entry.event) };
  }

  clear(): void {
    this.queue = [];
    this.head = 0;
    this.bytes = 0;
    this.total = 0;
    this.evicted = 0;
  }
}
