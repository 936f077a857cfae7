import { describe, expect, it } from "vitest";
import type { CaseRequest } from "../model/caseRequest.ts";
import { withSharedBodies } from "./sharedBodies.ts";

const request = (body: CaseRequest["body"]): CaseRequest => ({ query: { channelArn: "arn" }, body });
const bytesOf = (wire: CaseRequest) => ("raw" in wire.body ? Buffer.from(wire.body.raw).toString() : undefined);

describe("withSharedBodies", () => {
  it("keeps every request and its bytes, now read from one SharedArrayBuffer", () => {
    const cases = [
      { index: 3, wire: [request({ raw: Buffer.from("first") }), request({ raw: Buffer.from("") })] },
      { index: 5, wire: [request({ raw: Buffer.from("second body") })] },
    ];
    const shared = withSharedBodies(cases);
    expect(shared.map((c) => c.index)).toEqual([3, 5]);
    expect(shared.map((c) => c.wire.map(bytesOf))).toEqual([["first", ""], ["second body"]]);
    const buffers = shared.flatMap((c) => c.wire.map((w) => ("raw" in w.body ? w.body.raw.buffer : undefined)));
    expect(buffers.every((buffer) => buffer instanceof SharedArrayBuffer && buffer === buffers[0])).toBe(true);
    expect(shared[0]?.wire[0]?.query).toEqual({ channelArn: "arn" });
  });

  it("leaves a JSON body as it is", () => {
    const json = request({ json: { auditEvents: [] } });
    expect(withSharedBodies([{ wire: [json] }])[0]?.wire[0]).toBe(json);
  });
});
