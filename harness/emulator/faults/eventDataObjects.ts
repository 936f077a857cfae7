import { EVENT_DATA_OBJECT_BYTE_LIMITS } from "../../../generated/constants.ts";
import { jsonByteLength } from "../jsonByteLength.ts";
import type { EventFailure, JsonObject } from "../stages.ts";
import type { Fault } from "./fault.ts";
import { probeEvent, probeEventData, probeRequest } from "./probeRequests.ts";
import { replacing } from "./replacing.ts";

type ObjectPath = keyof typeof EVENT_DATA_OBJECT_BYTE_LIMITS;
const PATHS = Object.keys(EVENT_DATA_OBJECT_BYTE_LIMITS) as ObjectPath[];
const tooLong = (errorMessage: string): EventFailure => ({ errorCode: "FieldTooLong", errorMessage });
const objectAt = (data: JsonObject, path: ObjectPath) => {
  const value = data[path.slice(1)];
  return typeof value === "object" && value !== null ? value : undefined;
};
const largest = (path: ObjectPath) => EVENT_DATA_OBJECT_BYTE_LIMITS[path].certainlyBeyond - 1;
const smallest = Math.min(...PATHS.map(largest));
/** An object that serialises to exactly `bytes` bytes of `char` padding (`char` of one or two UTF-8 bytes). */
const objectOf = (bytes: number, char = "x") => {
  const empty = jsonByteLength({ padding: "" });
  return { padding: char.repeat(Math.floor((bytes - empty) / Buffer.byteLength(char))) };
};
/** Each object within its limit under every reading (certainlyWithin bytes), all three in one event. */
const everyObjectWithin = () =>
  probeRequest([
    probeEvent("event-0", {
      eventData: probeEventData(
        Object.fromEntries(
          PATHS.map((path) => [path.slice(1), objectOf(EVENT_DATA_OBJECT_BYTE_LIMITS[path].certainlyWithin)]),
        ),
      ),
    }),
  ]);
const accepted = { status: 200, successful: ["event-0"] };
/** Replaces the object limits of checkEventSizes, keeping its event-size rule. */
const objectLimits = (over: (data: JsonObject) => string | undefined) =>
  replacing("checkEventSizes", (original) => (eventData, data) => {
    const withoutObjects = Object.fromEntries(
      Object.entries(data).filter(([key]) => !PATHS.includes(`/${key}` as ObjectPath)),
    );
    const message = over(data);
    return original(eventData, withoutObjects) ?? (message === undefined ? undefined : tooLong(message));
  });

/** Faults of the byte limits of requestParameters, responseElements and additionalEventData. */
export const EVENT_DATA_OBJECT_FAULTS: readonly Fault[] = [
  {
    id: "ObjectLimitsSummed",
    description: "The three objects' sizes are summed against one 100 kB limit instead of each against its own.",
    apply: objectLimits((data) => {
      const total = PATHS.reduce(
        (sum, path) => sum + (objectAt(data, path) ? jsonByteLength(objectAt(data, path)) : 0),
        0,
      );
      return total > largest("/requestParameters") ? `The objects are ${total} bytes together.` : undefined;
    }),
    probe: { request: everyObjectWithin, faithful: accepted },
  },
  {
    id: "SmallestObjectLimitForAll",
    description: "additionalEventData's 28 kB limit is applied to requestParameters and responseElements too.",
    apply: objectLimits((data) => {
      const over = PATHS.find((path) => objectAt(data, path) && jsonByteLength(objectAt(data, path)) > smallest);
      return over === undefined ? undefined : `Field ${over} is over ${smallest} bytes.`;
    }),
    probe: { request: everyObjectWithin, faithful: accepted },
  },
  {
    id: "ObjectLimitExclusive",
    description:
      "An object of exactly 100,000 (28,000) bytes is refused: the limit is taken as exclusive at 1000 bytes a kB.",
    apply: objectLimits((data) => {
      const over = PATHS.find(
        (path) =>
          objectAt(data, path) &&
          jsonByteLength(objectAt(data, path)) >= EVENT_DATA_OBJECT_BYTE_LIMITS[path].certainlyWithin,
      );
      return over === undefined ? undefined : `Field ${over} is at or over its limit.`;
    }),
    probe: { request: everyObjectWithin, faithful: accepted },
  },
  {
    id: "ObjectLimitCountsCharacters",
    description: "The object limits count UTF-16 units of the serialised object instead of bytes.",
    apply: objectLimits((data) => {
      const over = PATHS.find((path) => {
        const value = objectAt(data, path);
        return value !== undefined && JSON.stringify(value).length > largest(path);
      });
      return over === undefined ? undefined : `Field ${over} is over its limit.`;
    }),
    probe: {
      request: () =>
        probeRequest([
          probeEvent("event-0", {
            eventData: probeEventData({ requestParameters: objectOf(largest("/requestParameters") + 2048, "é") }),
          }),
        ]),
      faithful: { status: 200, failed: { "event-0": "FieldTooLong" } },
    },
  },
];
