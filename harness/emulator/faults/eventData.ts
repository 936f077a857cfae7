import { createHash } from "node:crypto";
import { EVENT_DATA_STRING_LIMITS } from "../../../generated/constants.ts";
import { eventDataChecksum } from "../../protocol/eventDataChecksum.ts";
import { checksumCheckUsing } from "../stages/checkChecksum.ts";
import type { Fault } from "./fault.ts";
import { probeEvent, probeEventData, probeRequest } from "./probeRequests.ts";
import { replacing } from "./replacing.ts";

const OUTSIDE_BMP = /[\u{10000}-\u{10FFFF}]/u;
const single = (changes: Parameters<typeof probeEvent>[1]) => () => probeRequest([probeEvent("event-0", changes)]);
const withData = (changes: Record<string, unknown>) => single({ eventData: probeEventData(changes) });
const failedWith = (errorCode: string) => ({ status: 200, failed: { "event-0": errorCode } });
const accepted = { status: 200, successful: ["event-0"] };
const dropping = (keyword: string) =>
  replacing("eventDataViolations", (original) => (data) => original(data).filter((error) => error.keyword !== keyword));

/** Faults of the per-event rules: the checksum and eventData's schema, sizes and recipient. */
export const EVENT_DATA_FAULTS: readonly Fault[] = [
  {
    id: "ChecksumIgnored",
    description: "eventDataChecksum is never compared: a wrong checksum is ingested.",
    apply: replacing("checkChecksum", () => () => undefined),
    probe: {
      request: single({ eventDataChecksum: eventDataChecksum("another event") }),
      faithful: failedWith("InvalidChecksum"),
    },
  },
  {
    id: "ChecksumWrongAlgorithm",
    description: "The checksum is compared with hex SHA-256 instead of base64, so valid checksums fail.",
    apply: replacing("checkChecksum", () =>
      checksumCheckUsing((data) => createHash("sha256").update(data, "utf8").digest("hex")),
    ),
    probe: { request: single({ eventDataChecksum: eventDataChecksum(probeEventData()) }), faithful: accepted },
  },
  {
    id: "EventDataNotValidated",
    description: "eventData that is not JSON, or not a JSON object, is ingested.",
    apply: replacing("judgeEventData", (original) => (eventData, channel, ctx) => {
      const parsed = ctx.stages.parseEventData(eventData);
      return "errorCode" in parsed ? undefined : original(eventData, channel, ctx);
    }),
    probe: { request: single({ eventData: "this is not JSON" }), faithful: failedWith("InvalidData") },
  },
  {
    id: "MissingFieldAccepted",
    description: "eventData without a required field is ingested.",
    apply: dropping("required"),
    probe: { request: withData({ UID: undefined }), faithful: failedWith("FieldNotFound") },
  },
  {
    id: "MistypedFieldAccepted",
    description: "eventData with a field of the wrong type is ingested.",
    apply: dropping("type"),
    probe: { request: withData({ version: 2 }), faithful: failedWith("InvalidData") },
  },
  {
    id: "FieldTooLongAccepted",
    description: "eventData with a string over its schema maxLength is ingested.",
    apply: dropping("maxLength"),
    probe: {
      request: withData({ eventName: "n".repeat(EVENT_DATA_STRING_LIMITS["/eventName"] + 1) }),
      faithful: failedWith("FieldTooLong"),
    },
  },
  {
    id: "WrongRecipientAccepted",
    description: "recipientAccountId is never compared with the channel owner's account.",
    apply: replacing("checkRecipient", () => () => undefined),
    probe: { request: withData({ recipientAccountId: "999999999999" }), faithful: failedWith("InvalidRecipient") },
  },
  {
    id: "NonBmpEventDataRejected",
    description: "eventData with a character outside the Basic Multilingual Plane (an emoji) fails with InvalidData.",
    apply: replacing(
      "judgeEventData",
      (original) => (eventData, channel, ctx) =>
        OUTSIDE_BMP.test(eventData)
          ? { errorCode: "InvalidData", errorMessage: "The eventData contains unsupported characters." }
          : original(eventData, channel, ctx),
    ),
    probe: { request: withData({ eventName: "Deploy \u{1F680}" }), faithful: accepted },
  },
];
