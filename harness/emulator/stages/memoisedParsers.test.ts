import { describe, expect, it } from "vitest";
import { faithfulStages } from "../faithfulStages.ts";
import { nullMember } from "../readings/nullMember.ts";
import { isErrorReply } from "../reply.ts";
import { BoundedMemo, deepFreeze } from "./boundedMemo.ts";
import { memoisedParseBody as parseBody, parseBody as plainParseBody } from "./parseBody.ts";
import { memoisedParseEventData as parseEventData } from "./parseEventData.ts";

const encode = (text: string) => new TextEncoder().encode(text);
const BODY = '{"auditEvents":[{"id":"é-0","eventData":"{\\"a\\":[1,{\\"b\\":null}]}"}]}';

describe("the memoised parse stages", () => {
  it("serve the value a fresh parse gives, from other bytes with the same content", () => {
    const first = parseBody(encode(BODY));
    const again = parseBody(encode(BODY));
    expect(again).toBe(first);
    expect(again).toEqual(plainParseBody(encode(BODY)));
    expect(parseEventData('{"a":1}')).toBe(parseEventData(["{", '"a":1}'].join("")));
  });

  it("tell bodies apart by every byte, and keep answering errors", () => {
    expect(parseBody(encode('{"a":1}'))).toEqual({ a: 1 });
    expect(parseBody(encode('{"a":2}'))).toEqual({ a: 2 });
    expect(parseBody(new Uint8Array([0x7b, 0xff, 0x7d]))).toMatchObject({ name: "SerializationException" });
    expect(parseBody(encode("[1]"))).toMatchObject({ name: "SerializationException" });
    expect(parseEventData("[1]")).toMatchObject({ errorCode: "InvalidData" });
  });

  it("cannot be corrupted by a caller that writes to what it was served", () => {
    const served = parseBody(encode(BODY));
    if (isErrorReply(served)) throw new Error("the body parses");
    const events = served.auditEvents as Record<string, unknown>[];
    expect(() => {
      (events[0] as Record<string, unknown>).id = "changed";
    }).toThrow(TypeError);
    expect(() => events.push({})).toThrow(TypeError);
    expect(parseBody(encode(BODY))).toEqual(JSON.parse(BODY));
  });

  it("leave a reading that wraps parseBody its own answer, and the faithful one intact", () => {
    const lenient = nullMember.absent({ ...faithfulStages, parseBody });
    const body = '{"auditEvents":[{"id":"e-0","eventData":"{}","eventDataChecksum":null}],"x":null}';
    expect(lenient.parseBody(encode(body))).toEqual({ auditEvents: [{ id: "e-0", eventData: "{}" }] });
    expect(parseBody(encode(body))).toEqual(JSON.parse(body));
  });
});

describe("BoundedMemo", () => {
  it("computes once per key and drops the oldest keys past its bound", () => {
    const memo = new BoundedMemo<{ n: number }>(4);
    let computed = 0;
    const compute = () => ({ n: ++computed });
    expect(memo.get("ab", compute)).toEqual({ n: 1 });
    expect(memo.get("ab", compute)).toEqual({ n: 1 });
    memo.get("cd", compute);
    memo.get("ef", compute);
    expect(memo.get("cd", compute)).toEqual({ n: 2 });
    expect(memo.get("ab", compute)).toEqual({ n: 4 });
    expect(memo.get("toolong", compute)).toEqual({ n: 5 });
    expect(memo.get("toolong", compute)).toEqual({ n: 6 });
  });

  it("deep-freezes values nested deeper than the call stack", () => {
    let nested: unknown[] = [];
    const root = nested;
    for (let depth = 0; depth < 200_000; depth++) nested = nested[0] = [] as unknown[];
    deepFreeze(root);
    expect(Object.isFrozen(nested)).toBe(true);
  });
});
