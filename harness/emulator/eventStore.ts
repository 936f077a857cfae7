/** An ingested event as the emulator keeps it. */
export interface StoredEvent {
  eventID: string;
  id: string;
  channelArn: string;
  eventData: string;
  ingestionTime: string;
}

export interface StoredEventsSnapshot {
  /** Events ingested since the start or the last clear, including those the ring has since dropped. */
  total: number;
  events: StoredEvent[];
}

/** A ring buffer of the last `capacity` ingested events, oldest first. */
export class EventStore {
  private ring: StoredEvent[] = [];
  private next = 0;
  private total = 0;

  constructor(private readonly capacity: number) {}

  add(event: StoredEvent): void {
    this.total += 1;
    if (this.capacity <= 0) return;
    if (this.ring.length < this.capacity) this.ring.push(event);
    else this.ring[this.next] = event;
    this.next = (this.next + 1) % this.capacity;
  }

  snapshot(): StoredEventsSnapshot {
    const full = this.ring.length === this.capacity;
    const events = full ? [...this.ring.slice(this.next), ...this.ring.slice(0, this.next)] : [...this.ring];
    return { total: this.total, events };
  }

  clear(): void {
    this.ring = [];
    this.next = 0;
    this.total = 0;
  }
}
