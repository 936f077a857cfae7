import fc from "fast-check";
import { eventTime } from "./eventTime.ts";

type Reformat = (time: string) => string;

/** Timestamp formats integrators send instead of `yyyy-MM-DDTHH:mm:ssZ`. */
const REFORMATS: readonly Reformat[] = [
  (time) => time.replace("Z", ".000Z"),
  (time) => time.replace("Z", "+00:00"),
  (time) => time.replace("Z", ""),
  (time) => time.replace("T", " "),
  (time) => String(Date.parse(time) / 1000),
  (time) => new Date(time).toUTCString(),
  (time) => time.slice(0, "yyyy-MM-DD".length),
];

/** Real instants written in a format that does not match EVENT_TIME_PATTERN. */
export function eventTimeBreakingPattern(): fc.Arbitrary<string> {
  return fc.tuple(eventTime(), fc.constantFrom(...REFORMATS)).map(([time, reformat]) => reformat(time));
}
