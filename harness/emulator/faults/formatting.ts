import { eventDataChecksum } from "../../protocol/eventDataChecksum.ts";
import { errorReply, isErrorReply } from "../reply.ts";
import { checksumCheckUsing } from "../stages/checkChecksum.ts";
import type { Fault } from "./fault.ts";
import { PROBE_CHANNELS, probeEventData } from "./probeRequests.ts";
import { replacing } from "./replacing.ts";

const text = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
/** Re-serialises eventData the canonical way; text that does not parse stays as it is. */
const reserialised = (eventData: string): string => {
  try {
    return JSON.stringify(JSON.parse(eventData));
  } catch {
    return eventData;
  }
};
/** `"id":"..."` members of the body text, with the raw (still escaped) value. */
const RAW_ID_MEMBER = /"id"\s*:\s*"((?:[^"\\]|\\.)*)"/g;
const RAW_RECIPIENT = /"recipientAccountId":"(\d*)"/;
/** True when JSON text holds the escape `\/` (escapes read left to right, so `\\/` is not one). */
const hasEscapedSlash = (json: string) => [...json.matchAll(/\\./g)].some((pair) => pair[0] === "\\/");

/** The probe's eventData with whitespace and a `\u` escape: the same JSON as probeEventData(). */
const spacedEventData = () =>
  JSON.stringify(JSON.parse(probeEventData()), null, 1).replace('"pae.example"', '"pae\\u002eexample"');
const reordered = () => {
  const { version, ...rest } = JSON.parse(probeEventData()) as Record<string, unknown>;
  return JSON.stringify({ ...rest, version });
};
const withSlash = () => probeEventData({ eventSource: "example.com/app" }).replace("/", "\\/");
const bodyOf = (events: string) => ({ query: { channelArn: PROBE_CHANNELS.own }, body: `{"auditEvents":${events}}` });
const oneEvent =
  (eventData: string, checksum = false) =>
  () =>
    bodyOf(
      JSON.stringify([
        { id: "event-0", eventData, ...(checksum ? { eventDataChecksum: eventDataChecksum(eventData) } : {}) },
      ]),
    );
const accepted = { status: 200, successful: ["event-0"] };

/** Faults of parsers and checks that assume JSON written one way (JSON.stringify's): JSON is JSON. */
export const FORMATTING_FAULTS: readonly Fault[] = [
  {
    id: "NonCanonicalBodyRejected",
    description: "A body with whitespace, another member order or escapes is refused as SerializationException.",
    apply: replacing("parseBody", (original) => (bytes) => {
      const parsed = original(bytes);
      if (isErrorReply(parsed) || text(bytes) === JSON.stringify(parsed)) return parsed;
      return errorReply("SerializationException", "The request body is not in the expected form.");
    }),
    probe: {
      request: () => {
        const events = JSON.stringify([{ id: "event-0", eventData: probeEventData() }], null, 2);
        return { query: { channelArn: PROBE_CHANNELS.own }, body: `{ "auditEvents" : ${events} }\n` };
      },
      faithful: accepted,
    },
  },
  {
    id: "EscapedSlashInBodyRejected",
    description: "A hand-written JSON reader refuses the escape \\/ anywhere in the body as SerializationException.",
    apply: replacing(
      "parseBody",
      (original) => (bytes) =>
        hasEscapedSlash(text(bytes))
          ? errorReply("SerializationException", "Invalid escape in JSON.")
          : original(bytes),
    ),
    probe: {
      request: () => {
        const eventData = JSON.stringify(probeEventData({ eventSource: "example.com/app" }));
        return bodyOf(`[{"id":"event-0","eventData":${eventData.replace("/", "\\/")}}]`);
      },
      faithful: accepted,
    },
  },
  {
    id: "EscapedIdRejected",
    description:
      "Ids are checked against their pattern as written in the body, so an id with a \\u escape is a ValidationException.",
    apply: replacing("parseBody", (original) => (bytes) => {
      const parsed = original(bytes);
      if (isErrorReply(parsed)) return parsed;
      const escaped = [...text(bytes).matchAll(RAW_ID_MEMBER)].find((match) => (match[1] ?? "").includes("\\"));
      return escaped === undefined
        ? parsed
        : errorReply("ValidationException", `Value '${escaped[1]}' at 'id' failed to satisfy constraint: pattern.`);
    }),
    probe: {
      request: () => bodyOf(`[{"id":"ev\\u0065nt-0","eventData":${JSON.stringify(probeEventData())}}]`),
      faithful: accepted,
    },
  },
  {
    id: "ChecksumOverReserialisedEventData",
    description:
      "The checksum is compared with that of eventData parsed and serialised again, not of the exact string sent.",
    apply: replacing("checkChecksum", () => checksumCheckUsing((data) => eventDataChecksum(reserialised(data)))),
    probe: { request: oneEvent(spacedEventData(), true), faithful: accepted },
  },
  {
    id: "EventDataCanonicalFormRequired",
    description: "eventData with whitespace, another member order or escapes fails with InvalidData.",
    apply: replacing("parseEventData", (original) => (eventData) => {
      const parsed = original(eventData);
      if ("errorCode" in parsed || JSON.stringify(parsed.data) === eventData) return parsed;
      return { errorCode: "InvalidData", errorMessage: "The eventData is not in canonical form." };
    }),
    probe: { request: oneEvent(spacedEventData()), faithful: accepted },
  },
  {
    id: "RecipientReadFromRawText",
    description:
      "recipientAccountId is read from the eventData text with a pattern, so a space or an escape makes it InvalidRecipient.",
    apply: replacing("judgeEventData", (original) => (eventData, channel, ctx) => {
      const failure = original(eventData, channel, ctx);
      if (failure !== undefined || RAW_RECIPIENT.exec(eventData)?.[1] === channel.ownerAccountId) return failure;
      return { errorCode: "InvalidRecipient", errorMessage: "The recipientAccountId is not the channel owner's." };
    }),
    probe: { request: oneEvent(spacedEventData()), faithful: accepted },
  },
  {
    id: "EventDataMemberOrderAssumed",
    description:
      'eventData is sniffed as an integration event only when it starts with {"version": other orders fail with InvalidData.',
    apply: replacing(
      "judgeEventData",
      (original) => (eventData, channel, ctx) =>
        original(eventData, channel, ctx) ??
        (eventData.startsWith('{"version"')
          ? undefined
          : { errorCode: "InvalidData", errorMessage: "The eventData is not an integration event." }),
    ),
    probe: { request: oneEvent(reordered()), faithful: accepted },
  },
  {
    id: "EventDataLeadingWhitespaceRejected",
    description:
      "eventData is taken for an object only when its first character is {, so leading whitespace fails with InvalidData.",
    apply: replacing(
      "parseEventData",
      (original) => (eventData) =>
        eventData.startsWith("{")
          ? original(eventData)
          : { errorCode: "InvalidData", errorMessage: "The eventData is not a JSON object." },
    ),
    probe: { request: oneEvent(`\n ${probeEventData()}`), faithful: accepted },
  },
  {
    id: "EscapedSlashInEventDataRejected",
    description: "eventData holding the escape \\/ fails with InvalidData.",
    apply: replacing(
      "parseEventData",
      (original) => (eventData) =>
        hasEscapedSlash(eventData)
          ? { errorCode: "InvalidData", errorMessage: "The eventData is not valid JSON." }
          : original(eventData),
    ),
    probe: { request: oneEvent(withSlash()), faithful: accepted },
  },
];
