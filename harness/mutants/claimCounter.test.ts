import { describe, expect, it } from "vitest";
import { claimCounter, newClaimBuffer } from "./claimCounter.ts";

describe("claimCounter", () => {
  it("hands each position out once, in order, across every counter on the same buffer, then undefined", () => {
    const shared = newClaimBuffer();
    const [a, b] = [claimCounter(shared, 3), claimCounter(shared, 3)];
    expect([a(), b(), b(), a(), b()]).toEqual([0, 1, 2, undefined, undefined]);
  });

  it("gives nothing when there is nothing to claim", () => {
    expect(claimCounter(newClaimBuffer(), 0)()).toBeUndefined();
  });
});
