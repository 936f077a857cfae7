import fc from "fast-check";
import type { EventDataConstraints } from "./eventDataMissingField.ts";
import { validAuditEvents } from "./validAuditEvents.ts";

type Breaking = (json: string) => Uint8Array;

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Invalid UTF-8: a lone continuation byte, a truncated sequence, an overlong `/` and a byte never used. */
const INVALID_UTF8 = [[0x80], [0xe2, 0x82], [0xc0, 0xaf], [0xff]] as const;

/** Ways a body stops being a JSON object, most of them applied to a valid body. */
const BREAKINGS: readonly Breaking[] = [
  () => utf8("{["),
  (json) => utf8(`${json} trailing`),
  (json) => utf8(`${json}}`),
  (json) => utf8(json.slice(0, -1)),
  () => utf8("[]"),
  () => utf8("10"),
  () => utf8("null"),
  () => utf8('"auditEvents"'),
  (json) => utf8(`[${json}]`),
  ...INVALID_UTF8.map(
    (bytes): Breaking =>
      (json) => {
        const [head, tail] = [
          utf8(json.slice(0, json.indexOf('"id":"') + 6)),
          utf8(json.slice(json.indexOf('"id":"') + 6)),
        ];
        return Uint8Array.from([...head, ...bytes, ...tail]);
      },
  ),
];

/**
 * Raw bodies that are not a JSON object: unparseable (`{[`, trailing garbage, truncated, invalid UTF-8 inside
 * a string) or JSON of another type (`[]`, `10`, `null`, a string, the body in an array).
 */
export function requestBodyNotJsonObject(constraints: EventDataConstraints): fc.Arbitrary<Uint8Array> {
  const json = validAuditEvents({ ...constraints, maxLength: 3, fieldAtMaxLength: "never" }).map((auditEvents) =>
    JSON.stringify({ auditEvents }),
  );
  return fc.tuple(json, fc.constantFrom(...BREAKINGS)).map(([body, breaking]) => breaking(body));
}
