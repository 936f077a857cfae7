import { describe, expect, it } from "vitest";
import { canonicalPath, canonicalQuery, canonicalRequest } from "./canonicalRequest.ts";

describe("canonicalQuery", () => {
  it("re-encodes and sorts, leaving the signature out, the same way every time it is asked", () => {
    const raw = "b=2&a=x%2Fy&X-Amz-Signature=ff&a=(1)";
    expect(canonicalQuery(raw)).toBe("a=%281%29&a=x%2Fy&b=2");
    expect(canonicalQuery(raw)).toBe("a=%281%29&a=x%2Fy&b=2");
    expect(canonicalQuery("b=3&a=x%2Fy")).toBe("a=x%2Fy&b=3");
  });

  it("gives a query too long to remember its canonical form all the same", () => {
    const long = `z=1&a=${"%41".repeat(600)}`;
    expect(canonicalQuery(long)).toBe(`a=${"A".repeat(600)}&z=1`);
  });
});

describe("canonicalPath", () => {
  it("normalises dot segments and encodes once more, the same way every time it is asked", () => {
    expect(canonicalPath("/a/./b/../c%20d/")).toBe("/a/c%2520d/");
    expect(canonicalPath("/a/./b/../c%20d/")).toBe("/a/c%2520d/");
  });
});

describe("canonicalRequest", () => {
  it("lists the signed headers sorted, values trimmed and inner whitespace collapsed, then the list and hash", () => {
    const request = {
      method: "post",
      rawPath: "/PutAuditEvents",
      rawQuery: "",
      headers: { host: "h", "x-amz-date": "  20260304T050607Z ", "x-b": "a \t b" },
    };
    expect(canonicalRequest(request, ["x-b", "host", "x-amz-date"], "HASH")).toBe(
      "POST\n/PutAuditEvents\n\nhost:h\nx-amz-date:20260304T050607Z\nx-b:a b\n\nhost;x-amz-date;x-b\nHASH",
    );
  });
});

describe("canonicalRequest's signed-header list", () => {
  const request = { method: "POST", rawPath: "/", rawQuery: "", headers: { a: "1", b: "2" } };
  it("sorts a shared (frozen) list the same way every time it is asked", () => {
    const shared = Object.freeze(["b", "a"]);
    const first = canonicalRequest(request, shared, "H");
    expect(first).toBe("POST\n/\n\na:1\nb:2\n\na;b\nH");
    expect(canonicalRequest(request, shared, "H")).toBe(first);
  });
  it("reads a list that may change anew each time", () => {
    const list = ["b"];
    expect(canonicalRequest(request, list, "H")).toBe("POST\n/\n\nb:2\n\nb\nH");
    list.push("a");
    expect(canonicalRequest(request, list, "H")).toBe("POST\n/\n\na:1\nb:2\n\na;b\nH");
  });
});
