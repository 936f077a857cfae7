import { describe, expect, it } from "vitest";
import { type ErrorIdentity, identifyError, sanitiseErrorName } from "./errorName.ts";

type Given = { headers: Record<string, string>; body: unknown };

describe("identifyError", () => {
  it.each<[string, { given: Given; want: Partial<ErrorIdentity> }]>([
    [
      "reads the X-Amzn-Errortype header",
      {
        given: { headers: { "x-amzn-errortype": "ChannelNotFound" }, body: {} },
        want: { name: "ChannelNotFound", source: "header" },
      },
    ],
    [
      "strips a :uri suffix from the header",
      {
        given: { headers: { "x-amzn-errortype": "ChannelNotFound:http://internal.amazon.com/coral/x/" }, body: {} },
        want: { name: "ChannelNotFound", source: "header" },
      },
    ],
    [
      "strips a namespace from a body __type",
      {
        given: { headers: {}, body: { __type: "com.amazonaws.cloudtraildata#DuplicatedAuditEventId" } },
        want: { name: "DuplicatedAuditEventId", source: "__type" },
      },
    ],
    [
      "reads a body code before a body __type",
      {
        given: { headers: {}, body: { code: "InvalidChannelARN", __type: "x#Other" } },
        want: { name: "InvalidChannelARN", source: "code" },
      },
    ],
    [
      "strips namespace and suffix together",
      {
        given: { headers: {}, body: { __type: "aws.protocoltests#ValidationException:http://internal/" } },
        want: { name: "ValidationException" },
      },
    ],
    [
      "prefers the header when header and body agree",
      {
        given: { headers: { "x-amzn-errortype": "ChannelNotFound" }, body: { __type: "ns#ChannelNotFound" } },
        want: { name: "ChannelNotFound", source: "header", disagreement: false },
      },
    ],
    [
      "flags a header and a body that name different errors",
      {
        given: { headers: { "x-amzn-errortype": "ValidationException" }, body: { __type: "DuplicatedAuditEventId" } },
        want: {
          name: "ValidationException",
          header: "ValidationException",
          body: "DuplicatedAuditEventId",
          disagreement: true,
        },
      },
    ],
    [
      "finds no name where there is none",
      { given: { headers: {}, body: { message: "x" } }, want: { name: undefined, disagreement: false } },
    ],
    [
      "ignores a body that is not an object",
      { given: { headers: {}, body: "ChannelNotFound" }, want: { name: undefined } },
    ],
    ["ignores a non-string __type", { given: { headers: {}, body: { __type: 3 } }, want: { name: undefined } }],
    [
      "treats an empty header as no name",
      { given: { headers: { "x-amzn-errortype": "" }, body: {} }, want: { name: undefined } },
    ],
  ])("%s", (_name, { given, want }) => {
    expect(identifyError(given.headers, given.body)).toMatchObject(want);
  });
});

describe("sanitiseErrorName", () => {
  it.each([
    ["ChannelNotFound", "ChannelNotFound"],
    ["com.amazonaws.cloudtraildata#ChannelNotFound", "ChannelNotFound"],
    ["ChannelNotFound:http://internal.amazon.com/", "ChannelNotFound"],
    ["ns#Name:suffix#other", "Name"],
    ["#", undefined],
  ])("turns %j into %j", (raw, want) => {
    expect(sanitiseErrorName(raw)).toBe(want);
  });
});
