import { describe, expect, it } from "vitest";
import {
  DEFAULT_EMULATOR_LIMITS,
  type EmulatorLimits,
  resolveEmulatorLimits,
  timeoutCheckIntervalMs,
} from "./emulatorLimits.ts";

describe("resolveEmulatorLimits", () => {
  it("gives the defaults when nothing is set, and lays a given limit over them", () => {
    expect(resolveEmulatorLimits()).toEqual(DEFAULT_EMULATOR_LIMITS);
    expect(resolveEmulatorLimits({ maxStoredBytes: 0 })).toEqual({ ...DEFAULT_EMULATOR_LIMITS, maxStoredBytes: 0 });
  });

  it.each<[string, Partial<EmulatorLimits>, RegExp]>([
    ["a negative store bound", { maxStoredEvents: -1 }, /^maxStoredEvents takes a whole number of at least 0/],
    ["a fractional timeout", { headersTimeoutMs: 1.5 }, /^headersTimeoutMs takes a whole number/],
    ["a cap of no connections", { maxConnections: 0 }, /^maxConnections takes a whole number of at least 1/],
    [
      "a header timeout longer than the request timeout",
      { headersTimeoutMs: 2_000, requestTimeoutMs: 1_000 },
      /must not exceed/,
    ],
  ])("refuses %s with EmulatorLimitError", (_name, given, message) => {
    expect(() => resolveEmulatorLimits(given)).toThrow(message);
  });
});

describe("timeoutCheckIntervalMs", () => {
  it.each([
    ["a quarter of the header timeout", 400, 100],
    ["at most 1 s, so the default 10 s timeout fires within 11 s", 10_000, 1_000],
    ["at least 10 ms", 12, 10],
  ])("is %s", (_name, headersTimeoutMs, want) => {
    expect(timeoutCheckIntervalMs({ ...DEFAULT_EMULATOR_LIMITS, headersTimeoutMs })).toBe(want);
  });
});
