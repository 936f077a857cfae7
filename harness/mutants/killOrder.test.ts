import { describe, expect, it } from "vitest";
import type { CaseDefinition } from "../model/caseDefinition.ts";
import { killOrder } from "./killOrder.ts";
import type { PreparedCase } from "./preparedCase.ts";

/** A prepared case with `count` instances of `bytes`-byte bodies; only its id, instances and bodies matter here. */
const prepared = (id: string, count: number, bytes = 10): PreparedCase =>
  ({
    caseDef: { id } as CaseDefinition,
    instances: Array.from({ length: count }, () => ({})),
    wire: Array.from({ length: count }, () => ({ body: { raw: new Uint8Array(bytes) } })),
  }) as unknown as PreparedCase;

const cases = [prepared("A", 3), prepared("B", 3, 5), prepared("C", 3)];
const asPairs = (order: ReturnType<typeof killOrder>) => order.map((ref) => `${ref.caseIndex}/${ref.instanceIndex}`);

describe("killOrder", () => {
  it("goes breadth first, the smaller body first among equals", () => {
    expect(asPairs(killOrder(cases, new Map()))).toEqual([
      "1/0",
      "0/0",
      "2/0",
      "1/1",
      "0/1",
      "2/1",
      "1/2",
      "0/2",
      "2/2",
    ]);
  });

  it("goes twice as deep in a case that killed once before", () => {
    expect(asPairs(killOrder(cases, new Map([["C", 1]])).slice(0, 4))).toEqual(["2/0", "1/0", "0/0", "2/1"]);
  });

  it("tries every instance of the likely killer first, in order, then the rest as before", () => {
    expect(asPairs(killOrder(cases, new Map(), "C"))).toEqual([
      "2/0",
      "2/1",
      "2/2",
      "1/0",
      "0/0",
      "1/1",
      "0/1",
      "1/2",
      "0/2",
    ]);
  });

  it("ignores a likely killer that is not among the cases", () => {
    expect(killOrder(cases, new Map(), "Z")).toEqual(killOrder(cases, new Map()));
  });
});
