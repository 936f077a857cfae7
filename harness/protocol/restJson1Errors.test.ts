import { describe, expect, it } from "vitest";
import { identifyError } from "./errorName.ts";
import {
  ERROR_NAME_ENCODINGS,
  ERROR_NAMESPACE,
  type ErrorNameEncodingId,
  encodeErrorName,
  RESTJSON1_ERRORS,
} from "./restJson1Errors.ts";

describe("the restJson1 errors table", () => {
  it("names the cloudtraildata namespace", () => {
    expect(ERROR_NAMESPACE).toBe("com.amazonaws.cloudtraildata");
  });

  it.each<[string, { given: string; want: readonly number[] }]>([
    ["states DuplicatedAuditEventId with 400", { given: "DuplicatedAuditEventId", want: [400] }],
    ["states ChannelNotFound with 400", { given: "ChannelNotFound", want: [400] }],
    ["states ValidationException with 400", { given: "ValidationException", want: [400] }],
  ])("%s", (_name, { given, want }) => {
    expect(RESTJSON1_ERRORS.find((error) => error.name === given)?.statuses).toEqual(want);
  });

  it("lists each error once", () => {
    const names = RESTJSON1_ERRORS.map((error) => error.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe("encodeErrorName", () => {
  it.each<[string, { given: readonly ErrorNameEncodingId[]; want: ReturnType<typeof encodeErrorName> }]>([
    [
      "puts the name in X-Amzn-Errortype",
      { given: ["header"], want: { headers: { "x-amzn-errortype": "ChannelNotFound" }, body: {} } },
    ],
    [
      "puts the bare name in __type",
      { given: ["body-type"], want: { headers: {}, body: { __type: "ChannelNotFound" } } },
    ],
    [
      "puts the shape id in __type",
      {
        given: ["body-type-namespaced"],
        want: { headers: {}, body: { __type: "com.amazonaws.cloudtraildata#ChannelNotFound" } },
      },
    ],
    [
      "combines the header and the body",
      {
        given: ["header", "body-type"],
        want: { headers: { "x-amzn-errortype": "ChannelNotFound" }, body: { __type: "ChannelNotFound" } },
      },
    ],
  ])("%s", (_name, { given, want }) => {
    expect(encodeErrorName("ChannelNotFound", given)).toEqual(want);
  });

  it.each(Object.keys(ERROR_NAME_ENCODINGS) as ErrorNameEncodingId[])(
    "is read back by identifyError in the %s encoding, for every documented error",
    (encoding) => {
      for (const { name } of RESTJSON1_ERRORS) {
        const { headers, body } = encodeErrorName(name, [encoding]);
        expect(identifyError(headers, body)).toMatchObject({ name, disagreement: false });
      }
    },
  );
});
