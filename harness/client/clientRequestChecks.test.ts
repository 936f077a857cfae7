import { describe, expect, it } from "vitest";
import { PROBE_CHANNELS, probeEvent, probeEventData } from "../emulator/faults/probeRequests.ts";
import { eventDataChecksum } from "../protocol/eventDataChecksum.ts";
import { checkClientRequest } from "./checkClientRequest.ts";
import { CLIENT_REQUEST_CHECK_NAMES, type ClientRequestCheckName } from "./clientRequestChecks.ts";
import { type RequestParts, signedRequest, TEST_EXPECTATION } from "./testing/signedRequest.ts";

const CASES: [
  string,
  { given: RequestParts; externalId?: string; check: ClientRequestCheckName; want: "fail" | "skipped" },
][] = [
  ["methodIsPost fails a PUT", { given: { method: "PUT" }, check: "methodIsPost", want: "fail" }],
  [
    "pathIsPutAuditEvents fails a lower-case path",
    { given: { path: "/putauditevents" }, check: "pathIsPutAuditEvents", want: "fail" },
  ],
  [
    "channelArnInQuery fails channelARN",
    { given: { query: { channelARN: PROBE_CHANNELS.own } }, check: "channelArnInQuery", want: "fail" },
  ],
  [
    "channelArnInQuery fails another channel",
    { given: { query: { channelArn: PROBE_CHANNELS.foreign } }, check: "channelArnInQuery", want: "fail" },
  ],
  [
    "queryMatchesSchema fails a one-character externalId",
    {
      given: { query: { channelArn: PROBE_CHANNELS.own, externalId: "x" } },
      check: "queryMatchesSchema",
      want: "fail",
    },
  ],
  [
    "externalIdSentIffGiven fails an externalId nobody gave",
    {
      given: { query: { channelArn: PROBE_CHANNELS.own, externalId: "given-by-no-one" } },
      check: "externalIdSentIffGiven",
      want: "fail",
    },
  ],
  [
    "externalIdSentIffGiven fails a dropped externalId",
    { given: {}, externalId: "must-be-sent", check: "externalIdSentIffGiven", want: "fail" },
  ],
  [
    "contentTypeIsJson fails text/plain",
    { given: { contentType: "text/plain" }, check: "contentTypeIsJson", want: "fail" },
  ],
  [
    "bodyMatchesSchema fails zero events",
    { given: { body: { auditEvents: [] } }, check: "bodyMatchesSchema", want: "fail" },
  ],
  [
    "eventDataMatchesSchema fails eventData without version",
    {
      given: { body: { auditEvents: [probeEvent("a", { eventData: probeEventData({ version: undefined }) })] } },
      check: "eventDataMatchesSchema",
      want: "fail",
    },
  ],
  [
    "eventDataMatchesSchema skips a body without events",
    { given: { body: {} }, check: "eventDataMatchesSchema", want: "skipped" },
  ],
  [
    "checksumsMatchEventData fails a checksum of other data",
    {
      given: { body: { auditEvents: [probeEvent("a", { eventDataChecksum: eventDataChecksum("other") })] } },
      check: "checksumsMatchEventData",
      want: "fail",
    },
  ],
  [
    "eventIdsAreUnique fails a repeated id",
    { given: { body: { auditEvents: [probeEvent("a"), probeEvent("a")] } }, check: "eventIdsAreUnique", want: "fail" },
  ],
  [
    "authorizationIsSigV4 fails an unsigned request",
    {
      given: { after: (r) => ({ ...r, headers: { ...r.headers, authorization: "" } }) },
      check: "authorizationIsSigV4",
      want: "fail",
    },
  ],
  [
    "authorizationIsSigV4 fails a request signed for another region",
    { given: { region: "eu-west-1" }, check: "authorizationIsSigV4", want: "fail" },
  ],
  [
    "signatureVerifies fails a body changed after signing",
    {
      given: { after: (r) => ({ ...r, body: new TextEncoder().encode("{}") }) },
      check: "signatureVerifies",
      want: "fail",
    },
  ],
];

describe("the client request checks", () => {
  it("pass every check on a valid signed request, with and without a checksum", async () => {
    for (const body of [
      undefined,
      { auditEvents: [probeEvent("a", { eventDataChecksum: eventDataChecksum(probeEventData()) })] },
    ]) {
      const verdicts = await checkClientRequest(await signedRequest({ body }), TEST_EXPECTATION);
      expect(verdicts.map((v) => [v.check, v.outcome])).toEqual(
        CLIENT_REQUEST_CHECK_NAMES.map((name) => [name, "pass"]),
      );
    }
  });

  it("pass externalIdSentIffGiven when the given externalId is sent", async () => {
    const request = await signedRequest({ query: { channelArn: PROBE_CHANNELS.own, externalId: "ext-id" } });
    const verdicts = await checkClientRequest(request, { ...TEST_EXPECTATION, externalId: "ext-id" });
    expect(verdicts.find((v) => v.check === "externalIdSentIffGiven")?.outcome).toBe("pass");
  });

  it.each(CASES)("%s", async (_name, { given, externalId, check, want }) => {
    const verdicts = await checkClientRequest(await signedRequest(given), {
      ...TEST_EXPECTATION,
      ...(externalId === undefined ? {} : { externalId }),
    });
    expect(verdicts.find((v) => v.check === check)).toMatchObject({ outcome: want });
  });

  it("has a planted-bug case for every check", () => {
    const planted = new Set(CASES.filter(([, c]) => c.want === "fail").map(([, c]) => c.check));
    expect([...planted].sort()).toEqual([...CLIENT_REQUEST_CHECK_NAMES].sort());
  });
});
