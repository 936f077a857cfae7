/** What the emulator allows a client, in time, connections and memory: the defaults live here and only here. */
export interface EmulatorLimits {
  /** Time to receive a request's line and headers (node's `headersTimeout`); a stall is answered 408. */
  headersTimeoutMs: number;
  /** Time to receive a whole request, body included (node's `requestTimeout`); a stall is answered 408. */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this long. */
  keepAliveTimeoutMs: number;
  /** Connections open at once; one more is closed as soon as it is accepted (node's `maxConnections`). */
  maxConnections: number;
  /** Ingested events kept for `GET /_emulator/events`; the oldest are evicted first. */
  maxStoredEvents: number;
  /** The same, in bytes: UTF-8 bytes of each kept event's strings plus a fixed overhead per event. */
  maxStoredBytes: number;
  /**
   * After answering a body abandoned past the size limit, how long and how many more bytes of it are read and
   * thrown away before the connection closes (a lingering close: closing with bytes unread resets the
   * connection, and a client still writing then gets EPIPE instead of the answer).
   */
  lingerMs: number;
  lingerBytes: number;
}

export const DEFAULT_EMULATOR_LIMITS: EmulatorLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 1_024,
  maxStoredEvents: 10_000,
  // V8 lets its heap grow to a few times what is live before it collects, so each MiB kept costs several MiB
  // of peak RSS: at 64 MiB, 1,000 requests of 4 x 226 KB events peaked at 630 MB, at 16 MiB at 265 MB.
  maxStoredBytes: 16 * 1024 * 1024,
  lingerMs: 2_000,
  lingerBytes: 16 * 1024 * 1024,
};

/** A limit that is not a whole number in its range, or timeouts that contradict each other. */
export class EmulatorLimitError extends Error {
  override readonly name = "EmulatorLimitError";
}

const MINIMUMS: Record<keyof EmulatorLimits, number> = {
  headersTimeoutMs: 1,
  requestTimeoutMs: 1,
  keepAliveTimeoutMs: 1,
  maxConnections: 1,
  maxStoredEvents: 0,
  maxStoredBytes: 0,
  lingerMs: 0,
  lingerBytes: 0,
};

/** The defaults with the given limits over them; throws EmulatorLimitError for a value node would refuse. */
export function resolveEmulatorLimits(given: Partial<EmulatorLimits> = {}): EmulatorLimits {
  const limits = { ...DEFAULT_EMULATOR_LIMITS, ...given };
  for (const [name, minimum] of Object.entries(MINIMUMS)) {
    const value = limits[name as keyof EmulatorLimits];
    if (!Number.isSafeInteger(value) || value < minimum) {
      throw new EmulatorLimitError(`${name} takes a whole number of at least ${minimum}, got ${value}`);
    }
  }
  if (limits.headersTimeoutMs > limits.requestTimeoutMs) {
    throw new EmulatorLimitError(
      `headersTimeoutMs (${limits.headersTimeoutMs}) must not exceed requestTimeoutMs (${limits.requestTimeoutMs})`,
    );
  }
  return limits;
}

/**
 * How often node looks for requests past their timeouts: its default (30 s) would let a 10 s timeout fire at
 * 40 s, so a quarter of the header timeout, between 10 ms and 1 s.
 */
export function timeoutCheckIntervalMs(limits: EmulatorLimits): number {
  return Math.max(10, Math.min(1_000, Math.floor(limits.headersTimeoutMs / 4)));
}
