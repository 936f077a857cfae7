import fc from "fast-check";

/** UTC timestamps in the event schema's format `yyyy-MM-DDTHH:mm:ssZ` (EVENT_TIME_PATTERN), at whole seconds. */
export function eventTime(): fc.Arbitrary<string> {
  return fc
    .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T23:59:59Z"), noInvalidDate: true })
    .map((date) => `${date.toISOString().slice(0, "yyyy-MM-DDTHH:mm:ss".length)}Z`);
}
