import { describe, expect, it } from "vitest";
import { nockRequestBody } from "./nockRequestBody.ts";

/** How nock hands a body over: UTF-8 text when the bytes round-trip, lower-case hex otherwise. */
const asNockGivesIt = (bytes: Uint8Array) => {
  const buffer = Buffer.from(bytes);
  const text = buffer.toString("utf8");
  return Buffer.from(text, "utf8").equals(buffer) ? text : buffer.toString("hex");
};

describe("nockRequestBody", () => {
  it.each([
    ["a JSON body", new TextEncoder().encode('{"auditEvents":[{"id":"a"}]}')],
    ["non-ASCII UTF-8", new TextEncoder().encode('{"id":"é✓😀"}')],
    ["an empty body", new Uint8Array()],
    ["invalid UTF-8", new Uint8Array([0xff, 0x00, 0xfe])],
    ["a lone continuation byte inside JSON", new Uint8Array([0x7b, 0x80, 0x7d])],
    ["hex digits that decode to valid UTF-8", new TextEncoder().encode("7b7d")],
    ["upper-case hex digits", new TextEncoder().encode("FF")],
  ])("gives back the exact bytes of %s", (_name, bytes) => {
    expect(nockRequestBody(asNockGivesIt(bytes))).toEqual(bytes);
  });
});
