import fc from "fast-check";
import { PROBE_CHANNELS, probeEvent, probeEventData } from "../../../harness/emulator/faults/probeRequests.ts";

const utf8 = (text: string): Uint8Array => Buffer.from(text, "utf8");
const nested = (depth: number): string => `${"[".repeat(depth)}${"]".repeat(depth)}`;
/** Past what a recursive JSON walk survives, and still inside the 256 kB an event may take. */
const depth = fc.integer({ min: 1_000, max: 120_000 });
/** Numbers JSON allows and a double does not hold: infinities, -0, 30 digits, denormal underflow. */
const hugeNumber = fc.constantFrom(
  "1e999",
  "-1e999",
  "123456789012345678901234567890",
  "-0",
  "1e-400",
  "9".repeat(400),
);
const awkwardKey = fc.constantFrom("__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "");
const OVER_LIMIT = Buffer.alloc(1_100_000, 0x61);

/** eventData with a deeply nested array where the schema allows any object. */
const deepEventData = fc
  .tuple(depth, fc.constantFrom("additionalEventData", "userIdentity", "eventName"))
  .map(([levels, field]) => probeEventData({ [field]: "__DEEP__" }).replace('"__DEEP__"', `{"a":${nested(levels)}}`));

/** Where a deeply nested value goes: the whole body, auditEvents, an event, eventData. */
const deepBodies = fc.oneof(
  depth.map((levels) => nested(levels)),
  depth.map((levels) => `{"auditEvents":${nested(levels)}}`),
  depth.map((levels) => `{"auditEvents":[{"id":"e","eventData":"{}","x":${nested(levels)}}]}`),
  depth.map((levels) => JSON.stringify({ auditEvents: [{ id: "e", eventData: nested(levels) }] })),
  deepEventData.map((eventData) => JSON.stringify({ auditEvents: [{ id: "e", eventData }] })),
);

/** Where a huge number goes; `#` marks the spot. */
const NUMBER_SPOTS = [
  '{"auditEvents":#}',
  '{"auditEvents":[{"id":#,"eventData":"{}"}]}',
  '{"auditEvents":[{"id":"e","eventData":#}]}',
  '{"auditEvents":[{"id":"e","eventData":"{}","eventDataChecksum":#}]}',
  JSON.stringify({ auditEvents: [{ id: "e", eventData: probeEventData({ version: "#" }) }] }).replace('\\"#\\"', "#"),
];
const hugeNumberBodies = fc
  .tuple(hugeNumber, fc.constantFrom(...NUMBER_SPOTS))
  .map(([number, spot]) => spot.replace("#", number));

const protoBodies = fc.tuple(awkwardKey, fc.jsonValue({ maxDepth: 2 })).map(([key, value]) => {
  const at = JSON.stringify(key);
  const inner = JSON.stringify(value) ?? "null";
  return `{${at}:${inner},"auditEvents":[{${at}:${inner},"id":"e","eventData":${JSON.stringify(
    probeEventData().replace("{", `{${at}:${inner},`),
  )}}]}`;
});

/** Bytes that are not UTF-8 (lone continuation bytes, overlongs, surrogates) inside an otherwise fine body. */
const invalidUtf8Bodies = fc
  .tuple(fc.constantFrom([0x80], [0xc3, 0x28], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xff], [0xf4, 0x90]), fc.nat(2))
  .map(([bad, where]) => {
    const text = JSON.stringify({ auditEvents: [probeEvent("e-1")] });
    const cut = [text.indexOf('"e-1"') + 2, text.indexOf("eventSource") + 3, text.length - 1][where] ?? 1;
    return Buffer.concat([Buffer.from(text.slice(0, cut)), Buffer.from(bad), Buffer.from(text.slice(cut))]);
  });

const nearlyValidBodies = fc
  .array(
    fc.record(
      {
        id: fc.oneof(fc.string(), fc.constantFrom("e-0", "e-1")),
        eventData: fc.oneof(fc.constant(probeEventData()), fc.string(), fc.json()),
        eventDataChecksum: fc.string(),
      },
      { requiredKeys: [] },
    ),
    { maxLength: 5 },
  )
  .map((auditEvents) => JSON.stringify({ auditEvents }));

/** Request bodies, mostly broken, as bytes. */
export const fuzzBodies: fc.Arbitrary<Uint8Array> = fc.oneof(
  { arbitrary: fc.uint8Array({ maxLength: 1024 }), weight: 4 },
  { arbitrary: fc.json().map(utf8), weight: 4 },
  { arbitrary: deepBodies.map(utf8), weight: 4 },
  { arbitrary: hugeNumberBodies.map(utf8), weight: 4 },
  { arbitrary: protoBodies.map(utf8), weight: 4 },
  { arbitrary: invalidUtf8Bodies, weight: 4 },
  { arbitrary: nearlyValidBodies.map(utf8), weight: 4 },
  { arbitrary: fc.constant(utf8(JSON.stringify({ auditEvents: [probeEvent("e-valid")] }))), weight: 2 },
  { arbitrary: fc.constant(OVER_LIMIT), weight: 1 },
);

/** Query strings: random characters and percent-escapes, and parameters with awkward names. */
export const fuzzQueries: fc.Arbitrary<string> = fc.oneof(
  fc.stringMatching(/^[a-zA-Z0-9%=&:+/_.~!$'()*,;@?-]{0,80}$/),
  fc
    .array(
      fc.tuple(
        fc.oneof(awkwardKey, fc.constantFrom("channelArn", "externalId", "channelArn[]")),
        // Encoded values, and escapes that are broken on purpose (sent as they are).
        fc.oneof(
          fc.string().map(encodeURIComponent),
          fc.constantFrom(encodeURIComponent(PROBE_CHANNELS.own), PROBE_CHANNELS.own, "%", "%ZZ", "%F0%9F", "%00"),
        ),
      ),
      { maxLength: 6 },
    )
    .map((pairs) => pairs.map(([name, value]) => `${encodeURIComponent(name)}=${value}`).join("&")),
);
