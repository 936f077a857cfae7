import { describe, expect, it } from "vitest";
import { COMMON_ERRORS, OPERATION_ERRORS, PER_EVENT_ERROR_CODES } from "../../generated/constants.ts";
import { validateErrorBody, validateSuccessResponse } from "../../generated/validators.js";
import { identifyError } from "../protocol/errorName.ts";
import { CLIENT_SCENARIOS } from "./clientScenarios.ts";
import { ERROR_ENCODINGS } from "./errorEncodings.ts";
import { selectScenarios, UnknownScenarioError } from "./selectScenarios.ts";

const IDS = ["first", "second", "third"];
const byKind = (kind: string) => CLIENT_SCENARIOS.filter((s) => s.expect.kind === kind);
const errorStatuses = [...OPERATION_ERRORS.map(() => 1), ...COMMON_ERRORS.map((e) => e.status.length)].reduce(
  (a, b) => a + b,
  0,
);

describe("the client scenario table", () => {
  it.each([
    ["one success", "success", 1],
    ["one partial failure per documented per-event code", "partial", PER_EVENT_ERROR_CODES.length],
    ["every documented error and status in both encodings", "error", errorStatuses * ERROR_ENCODINGS.length],
    ["one malformed 200", "malformed", 1],
  ])("has %s", (_name, kind, count) => {
    expect(byKind(kind)).toHaveLength(count);
  });

  it("has unique ids", () => {
    expect(new Set(CLIENT_SCENARIOS.map((s) => s.id)).size).toBe(CLIENT_SCENARIOS.length);
  });

  it.each(byKind("error").map((s) => [s.id, s] as const))(
    "%s names its error the way identifyError reads it",
    (_id, scenario) => {
      const answer = scenario.answer(IDS);
      const body: unknown = JSON.parse(answer.body);
      expect(validateErrorBody(body)).toBe(true);
      expect(identifyError(answer.headers, body).name).toBe(
        scenario.expect.kind === "error" ? scenario.expect.name : "",
      );
      expect(answer.status).toBe(scenario.expect.kind === "error" ? scenario.expect.status : 0);
    },
  );

  it.each([...byKind("success"), ...byKind("partial")].map((s) => [s.id, s] as const))(
    "%s answers a 200 valid against the spec, each id once",
    (_id, scenario) => {
      const body = JSON.parse(scenario.answer(IDS).body) as {
        successful: { id: string }[];
        failed: { id: string; errorCode: string }[];
      };
      expect(validateSuccessResponse(body)).toBe(true);
      expect([...body.failed, ...body.successful].map((entry) => entry.id).sort()).toEqual([...IDS].sort());
      expect(body.failed.map((entry) => entry.errorCode)).toEqual(
        scenario.expect.kind === "partial" ? [scenario.expect.code] : [],
      );
    },
  );

  it("answers the malformed scenario with a 200 that is not JSON", () => {
    const [malformed] = byKind("malformed");
    const answer = malformed?.answer(IDS);
    expect(answer?.status).toBe(200);
    expect(() => JSON.parse(answer?.body ?? "")).toThrow();
  });

  it.each([
    ["an exact id", ["ChannelNotFound/header"], ["ChannelNotFound/header"]],
    ["a prefix", ["ChannelNotFound"], ["ChannelNotFound/header", "ChannelNotFound/body"]],
    [
      "a prefix with /*",
      ["ThrottlingException/429/*"],
      ["ThrottlingException/429/header", "ThrottlingException/429/body"],
    ],
  ])("selects scenarios by %s", (_name, ids, want) => {
    expect(selectScenarios(ids).map((s) => s.id)).toEqual(want);
  });

  it("rejects an unknown scenario id", () => {
    expect(() => selectScenarios(["NoSuchError"])).toThrow(UnknownScenarioError);
  });
});
