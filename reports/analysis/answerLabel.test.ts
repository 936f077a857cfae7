import { describe, expect, it } from "vitest";
import { sampleExchange } from "../testing/sampleExchange.ts";
import { answerLabel } from "./answerLabel.ts";

describe("answerLabel", () => {
  const exchanges = [
    sampleExchange(0, { status: 500, errorType: "InternalFailure" }),
    sampleExchange(1, { status: 400, errorType: "ChannelNotFound" }),
  ];
  it.each<[string, { given: string; want: string }]>([
    ["prefixes a status other than 400", { given: "InternalFailure", want: "500 InternalFailure" }],
    ["leaves the default 400 out", { given: "ChannelNotFound", want: "ChannelNotFound" }],
    ["keeps a name whose status was not recorded", { given: "ValidationException", want: "ValidationException" }],
    ["keeps 200 as is", { given: "200", want: "200" }],
  ])("%s", (_name, { given, want }) => {
    expect(answerLabel(given, exchanges)).toBe(want);
  });
});
