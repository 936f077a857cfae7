import { describe, expect, it } from "vitest";
import type { Expectation } from "../model/expectation.ts";
import type { Outcome } from "../model/verdict.ts";
import { CHECKS, type CheckName, selectChecks } from "./registry.ts";
import { contextWith, exchangeWith, type ResponseGiven } from "./testing/exchangeFixture.ts";

const REJECT_DUPLICATES: Expectation = { reject: { statuses: [400], errors: ["DuplicatedAuditEventId"] } };
const ACCEPT_ALL: Expectation = { accept: {} };
const ACCEPT_CHECKSUM: Expectation = {
  accept: { failedCodes: ["InvalidChecksum"] },
  reject: { statuses: [400], errors: ["ValidationException"] },
};
const named = (name: string, status = 400): ResponseGiven => ({
  status,
  headers: { "x-amzn-errortype": name },
  body: { message: "m" },
});
const ok = (
  successful: string[],
  failed: [string, string][] = [],
  eventIDs = successful.map((id) => `E-${id}`),
): ResponseGiven => ({
  status: 200,
  body: {
    successful: successful.map((id, i) => ({ id, eventID: eventIDs[i] })),
    failed: failed.map(([id, errorCode]) => ({ id, errorCode, errorMessage: "bad" })),
  },
});

type Row = [
  string,
  { check: CheckName; response: ResponseGiven | "timeout"; expect: Expectation; marked?: string[]; want: Outcome },
];

const ROWS: Row[] = [
  [
    "transportSucceeded passes when the target answers",
    { check: "transportSucceeded", response: ok(["a", "b"]), expect: ACCEPT_ALL, want: "pass" },
  ],
  [
    "transportSucceeded fails on a timeout",
    { check: "transportSucceeded", response: "timeout", expect: ACCEPT_ALL, want: "fail" },
  ],
  [
    "noServerErrorForClientMistake fails a 500 to a client mistake",
    {
      check: "noServerErrorForClientMistake",
      response: named("InternalFailure", 500),
      expect: REJECT_DUPLICATES,
      want: "fail",
    },
  ],
  [
    "noServerErrorForClientMistake passes a 400",
    {
      check: "noServerErrorForClientMistake",
      response: named("DuplicatedAuditEventId"),
      expect: REJECT_DUPLICATES,
      want: "pass",
    },
  ],
  [
    "errorIsIdentified passes a header name",
    { check: "errorIsIdentified", response: named("ChannelNotFound"), expect: REJECT_DUPLICATES, want: "pass" },
  ],
  [
    "errorIsIdentified notes a name only in __type",
    {
      check: "errorIsIdentified",
      response: { status: 400, body: { __type: "ns#ChannelNotFound" } },
      expect: REJECT_DUPLICATES,
      want: "observed",
    },
  ],
  [
    "errorIsIdentified fails an error named nowhere",
    {
      check: "errorIsIdentified",
      response: { status: 400, body: { message: "no" } },
      expect: REJECT_DUPLICATES,
      want: "fail",
    },
  ],
  [
    "errorEncodingsAgree fails header and body naming different errors",
    {
      check: "errorEncodingsAgree",
      response: {
        status: 400,
        headers: { "x-amzn-errortype": "ValidationException" },
        body: { __type: "DuplicatedAuditEventId" },
      },
      expect: REJECT_DUPLICATES,
      want: "fail",
    },
  ],
  [
    "errorEncodingsAgree passes agreeing names",
    {
      check: "errorEncodingsAgree",
      response: { status: 400, headers: { "x-amzn-errortype": "A" }, body: { __type: "ns#A" } },
      expect: REJECT_DUPLICATES,
      want: "pass",
    },
  ],
  [
    "errorIsDocumented fails an undocumented name",
    { check: "errorIsDocumented", response: named("BadRequest"), expect: REJECT_DUPLICATES, want: "fail" },
  ],
  [
    "errorIsDocumented fails a documented name with the wrong status",
    { check: "errorIsDocumented", response: named("ChannelNotFound", 404), expect: REJECT_DUPLICATES, want: "fail" },
  ],
  [
    "errorIsDocumented passes ThrottlingException with 429",
    {
      check: "errorIsDocumented",
      response: named("ThrottlingException", 429),
      expect: REJECT_DUPLICATES,
      want: "pass",
    },
  ],
  [
    "responseMatchesSchema passes a valid 200",
    { check: "responseMatchesSchema", response: ok(["a", "b"]), expect: ACCEPT_ALL, want: "pass" },
  ],
  [
    "responseMatchesSchema fails a 200 without eventID",
    {
      check: "responseMatchesSchema",
      response: { status: 200, body: { successful: [{ id: "a" }], failed: [] } },
      expect: ACCEPT_ALL,
      want: "fail",
    },
  ],
  [
    "responseMatchesSchema fails a failed entry without message",
    {
      check: "responseMatchesSchema",
      response: { status: 200, body: { successful: [], failed: [{ id: "a", errorCode: "InvalidData" }] } },
      expect: ACCEPT_ALL,
      want: "fail",
    },
  ],
  [
    "responseMatchesSchema fails a body that is not JSON",
    { check: "responseMatchesSchema", response: { status: 200, rawBody: "<html>" }, expect: ACCEPT_ALL, want: "fail" },
  ],
  [
    "contentTypeIsJson fails a text/plain 200",
    {
      check: "contentTypeIsJson",
      response: { ...ok(["a", "b"]), headers: { "content-type": "text/plain" } },
      expect: ACCEPT_ALL,
      want: "fail",
    },
  ],
  [
    "contentTypeIsJson accepts a charset parameter",
    {
      check: "contentTypeIsJson",
      response: { ...ok(["a", "b"]), headers: { "content-type": "application/json; charset=utf-8" } },
      expect: ACCEPT_ALL,
      want: "pass",
    },
  ],
  [
    "answerIsAcceptable passes the documented error",
    { check: "answerIsAcceptable", response: named("DuplicatedAuditEventId"), expect: REJECT_DUPLICATES, want: "pass" },
  ],
  [
    "answerIsAcceptable fails another error",
    { check: "answerIsAcceptable", response: named("ValidationException"), expect: REJECT_DUPLICATES, want: "fail" },
  ],
  [
    "answerIsAcceptable fails a 200 to a request that must be rejected",
    { check: "answerIsAcceptable", response: ok(["a", "b"]), expect: REJECT_DUPLICATES, want: "fail" },
  ],
  [
    "answerIsAcceptable fails a 201",
    { check: "answerIsAcceptable", response: { ...ok(["a", "b"]), status: 201 }, expect: ACCEPT_ALL, want: "fail" },
  ],
  [
    "answerIsAcceptable passes a marked event failed with its code",
    {
      check: "answerIsAcceptable",
      response: ok(["a"], [["b", "InvalidChecksum"]]),
      expect: ACCEPT_CHECKSUM,
      marked: ["b"],
      want: "pass",
    },
  ],
  [
    "answerIsAcceptable fails a marked event reported successful",
    { check: "answerIsAcceptable", response: ok(["a", "b"]), expect: ACCEPT_CHECKSUM, marked: ["b"], want: "fail" },
  ],
  [
    "answerIsAcceptable fails a valid event reported failed",
    {
      check: "answerIsAcceptable",
      response: ok(
        [],
        [
          ["a", "InvalidChecksum"],
          ["b", "InvalidChecksum"],
        ],
      ),
      expect: ACCEPT_CHECKSUM,
      marked: ["b"],
      want: "fail",
    },
  ],
  [
    "answerIsAcceptable lets a marked event succeed where the rule is not pinned down",
    {
      check: "answerIsAcceptable",
      response: ok(["a", "b"]),
      expect: { accept: { failedCodes: ["InvalidData"], markedMaySucceed: true }, observed: true },
      marked: ["b"],
      want: "observed",
    },
  ],
  [
    "answerIsAcceptable records an observed case as observed",
    {
      check: "answerIsAcceptable",
      response: ok(["a", "b"]),
      expect: { ...ACCEPT_ALL, observed: true },
      want: "observed",
    },
  ],
  [
    "successInvariants passes each id once",
    { check: "successInvariants", response: ok(["a"], [["b", "InvalidData"]]), expect: ACCEPT_ALL, want: "pass" },
  ],
  [
    "successInvariants fails a lost event",
    { check: "successInvariants", response: ok(["a"]), expect: ACCEPT_ALL, want: "fail" },
  ],
  [
    "successInvariants fails an event in both lists",
    { check: "successInvariants", response: ok(["a", "b"], [["b", "InvalidData"]]), expect: ACCEPT_ALL, want: "fail" },
  ],
  [
    "successInvariants fails a phantom entry",
    { check: "successInvariants", response: ok(["a", "b", "c"]), expect: ACCEPT_ALL, want: "fail" },
  ],
  [
    "successInvariants fails a repeated eventID",
    { check: "successInvariants", response: ok(["a", "b"], [], ["X", "X"]), expect: ACCEPT_ALL, want: "fail" },
  ],
  [
    "perEventCodesDocumented notes an undocumented code",
    { check: "perEventCodesDocumented", response: ok(["a"], [["b", "Weird"]]), expect: ACCEPT_ALL, want: "observed" },
  ],
  [
    "perEventCodesDocumented passes documented codes",
    {
      check: "perEventCodesDocumented",
      response: ok(["a"], [["b", "FieldTooLong"]]),
      expect: ACCEPT_ALL,
      want: "pass",
    },
  ],
];

describe("checks", () => {
  it.each(ROWS)("%s", (_name, { check, response, expect: expectation, marked, want }) => {
    const verdict = CHECKS[check](exchangeWith(response), contextWith(expectation, ["a", "b"], marked));
    expect(verdict.check).toBe(check);
    expect(verdict.outcome, verdict.reason).toBe(want);
    expect(verdict.reason.length).toBeGreaterThan(0);
  });

  it("has at least one failing row for every check except the note-only one", () => {
    const failing = new Set(ROWS.filter(([, row]) => row.want === "fail").map(([, row]) => row.check));
    expect(Object.keys(CHECKS).filter((name) => !failing.has(name as CheckName))).toEqual(["perEventCodesDocumented"]);
  });

  it("rejects an unknown check name", () => {
    expect(() => selectChecks(["noSuchCheck"])).toThrow(/unknown check "noSuchCheck"/);
  });
});
