import { describe, expect, it } from "vitest";
import { amzDateMs, formatAmzDate, parseAmzDate } from "./amzDate.ts";

describe("amzDate", () => {
  it("formats a date without separators or milliseconds", () => {
    expect(formatAmzDate(new Date("2026-03-04T05:06:07.890Z"))).toBe("20260304T050607Z");
  });

  it("keeps the sign and six digits of a year past 9999", () => {
    expect(formatAmzDate(new Date("+010000-01-02T03:04:05Z"))).toBe("+0100000102T030405Z");
  });

  it("parses what it formats", () => {
    expect(parseAmzDate("20260304T050607Z")?.toISOString()).toBe("2026-03-04T05:06:07.000Z");
  });

  it.each([
    ["a day that does not exist", "20260231T000000Z"],
    ["an hour past 23", "20260304T240000Z"],
    ["a year below 100", "00500304T050607Z"],
    ["extended ISO 8601", "2026-03-04T05:06:07Z"],
    ["a missing Z", "20260304T050607"],
    ["non-digits", "2026O304T050607Z"],
  ])("refuses %s", (_name, value) => {
    expect(parseAmzDate(value)).toBeUndefined();
  });
  it.each(["20260304T050607Z", "20260231T000000Z", "nonsense"])(
    "reads %s as parseAmzDate does, every time",
    (value) => {
      const want = parseAmzDate(value)?.getTime();
      expect(amzDateMs(value)).toBe(want);
      expect(amzDateMs(value)).toBe(want);
    },
  );
});
