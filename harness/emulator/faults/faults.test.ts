import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EVENT_ID, EVENTS_PER_REQUEST } from "../../../generated/constants.ts";
import { type RunningEmulator, startEmulator } from "../startEmulator.ts";
import { type AnswerSummary, expectedSummary, summarizeAnswer } from "../testing/answerSummary.ts";
import { sendToEmulator } from "../testing/sendToEmulator.ts";
import type { Fault, ProbeAnswer } from "./fault.ts";
import { FAULTS } from "./faults.ts";
import { probeIds } from "./probeRequests.ts";
import { UnknownFaultError } from "./unknownFaultError.ts";

/** The ids the conformance catalogue and the mutation score are written against. */
const CATALOGUED_IDS = [
  "DuplicateIdsAccepted",
  "DuplicateIdsAsValidationException",
  "DuplicateIdsAs500",
  "UnknownChannelAccepted",
  "UnknownChannelAs500",
  "OtherRegionChannelAccepted",
  "ForeignChannelAccepted",
  "ForeignChannelAsChannelNotFound",
  "MissingExternalIdAccepted",
  "WrongExternalIdAccepted",
  "NonChannelArnAsChannelNotFound",
  "NonChannelArnAccepted",
  "BadArnPatternAs500",
  "MissingChannelArnAs500",
  "ZeroEventsAccepted",
  "OverMaxEventsAccepted",
  "MaxEventsOffByOne",
  "IdOverMaxLengthAccepted",
  "IdMaxLengthOffByOne",
  "IdPatternNotEnforced",
  "IdDashUnderscoreRejected",
  "EmptyIdAccepted",
  "ExternalIdTooShortAccepted",
  "ExternalIdTooLongAccepted",
  "ExternalIdMaxLengthOffByOne",
  "ExternalIdPatternNotEnforced",
  "ExternalIdSpecialCharsRejected",
  "SizeLimitNotEnforced",
  "SizeLimitCountsCharacters",
  "SizeLimitTooEarly",
  "OversizeAs500",
  "ChecksumIgnored",
  "ChecksumWrongAlgorithm",
  "EventDataNotValidated",
  "MissingFieldAccepted",
  "MistypedFieldAccepted",
  "FieldTooLongAccepted",
  "WrongRecipientAccepted",
  "NonBmpEventDataRejected",
  "LosesAnEvent",
  "EventInBothLists",
  "ExtraPhantomEntry",
  "MissingEventID",
  "DuplicatedEventIDs",
  "EchoedIdChanged",
  "WrongContentType",
  "FailedEntryWithoutMessage",
  "ErrorsWithoutType",
  "ErrorHeaderBodyDisagree",
  "ErrorTypeOnlyUnknownName",
  "ValidationAs500",
  "SerializationErrorAs500",
  "SuccessStatus201",
  "PartnerRefusedByOwnerCheck",
  "PartnerExternalIdIgnored",
  "UnsupportedSchemaAccepted",
  "UnsupportedOperationAccepted",
  "EventSourceNotChecked",
  "NotSubscribedAccepted",
  "ThrottledEventsReportedIngested",
  "InternalFailureEventsReportedIngested",
  "ChannelQuotaIgnored",
  "ChunkedBodyRejected",
  "ChunkedSizeNotCounted",
  "ContentSha256Required",
  "NonCanonicalBodyRejected",
  "EscapedSlashInBodyRejected",
  "EscapedIdRejected",
  "ChecksumOverReserialisedEventData",
  "EventDataCanonicalFormRequired",
  "RecipientReadFromRawText",
  "EventDataMemberOrderAssumed",
  "EscapedSlashInEventDataRejected",
  "EventDataLeadingWhitespaceRejected",
  "ChannelLookupCaseInsensitive",
  "ArnPrefixLowercased",
  "ChannelArnTrimmed",
  "ChannelArnTrailingSlashIgnored",
  "ChannelIdMatchedByPrefix",
  "QueryDecodedTwice",
  "QueryLowercaseHexNotDecoded",
  "ExternalIdCaseInsensitive",
  "ExternalIdPrefixAccepted",
  "ChecksumsCheckedOnFirstPageOnly",
  "DuplicatesOfFailedEventsMissed",
  "DuplicateIdsCaseInsensitive",
  "EmptyEventObjectsIgnored",
  "EmptyChecksumIgnored",
  "ObjectLimitsSummed",
  "SmallestObjectLimitForAll",
  "ObjectLimitExclusive",
  "ObjectLimitCountsCharacters",
];

const accepted = (successful: string[], failed: Record<string, string> = {}): ProbeAnswer => ({
  status: 200,
  successful,
  failed,
});
const refused = (error: string, status = 400): ProbeAnswer => ({ status, error });
const crashed = refused("InternalFailure", 500);
const one = ["event-0"];
const ingestsTheProbe = accepted(one);
/** The faithful answer to a fault's own probe, with some parts of it changed. */
type Deviation = { answer: ProbeAnswer } | { changes: Partial<AnswerSummary> };

/**
 * What each fault answers to its probe, as its description says: a whole answer, or the parts of the
 * faithful one it changes. A fault of a later change needs its row here.
 */
const DESCRIBED: Record<string, Deviation> = {
  DuplicateIdsAccepted: { answer: accepted(["event-0", "event-0"]) },
  DuplicateIdsAsValidationException: { answer: refused("ValidationException") },
  DuplicateIdsAs500: { answer: crashed },
  ValidationAs500: { answer: crashed },
  SerializationErrorAs500: { answer: crashed },
  ErrorsWithoutType: { changes: { errorHeader: undefined } },
  ErrorHeaderBodyDisagree: { changes: { errorBodyType: "ValidationException" } },
  ErrorTypeOnlyUnknownName: { changes: { errorHeader: "BadRequest" } },
  UnknownChannelAccepted: { answer: ingestsTheProbe },
  UnknownChannelAs500: { answer: crashed },
  OtherRegionChannelAccepted: { answer: ingestsTheProbe },
  ForeignChannelAccepted: { answer: accepted([], { "event-0": "InvalidRecipient" }) },
  ForeignChannelAsChannelNotFound: { answer: refused("ChannelNotFound") },
  MissingExternalIdAccepted: { answer: ingestsTheProbe },
  WrongExternalIdAccepted: { answer: ingestsTheProbe },
  NonChannelArnAsChannelNotFound: { answer: refused("ChannelNotFound") },
  NonChannelArnAccepted: { answer: ingestsTheProbe },
  BadArnPatternAs500: { answer: crashed },
  MissingChannelArnAs500: { answer: crashed },
  ZeroEventsAccepted: { answer: accepted([]) },
  OverMaxEventsAccepted: { answer: accepted(probeIds(EVENTS_PER_REQUEST.maxItems + 1)) },
  MaxEventsOffByOne: { answer: refused("ValidationException") },
  IdOverMaxLengthAccepted: { answer: accepted(["a".repeat(EVENT_ID.maxLength + 1)]) },
  IdMaxLengthOffByOne: { answer: refused("ValidationException") },
  IdPatternNotEnforced: { answer: accepted(["bad id!"]) },
  IdDashUnderscoreRejected: { answer: refused("ValidationException") },
  EmptyIdAccepted: { answer: accepted([""]) },
  ExternalIdTooShortAccepted: { answer: ingestsTheProbe },
  ExternalIdTooLongAccepted: { answer: ingestsTheProbe },
  ExternalIdMaxLengthOffByOne: { answer: refused("ValidationException") },
  ExternalIdPatternNotEnforced: { answer: ingestsTheProbe },
  ExternalIdSpecialCharsRejected: { answer: refused("ValidationException") },
  SizeLimitNotEnforced: { answer: accepted(probeIds(5)) },
  SizeLimitCountsCharacters: { answer: accepted(probeIds(5)) },
  SizeLimitTooEarly: { answer: refused("ValidationException") },
  OversizeAs500: { answer: crashed },
  ChecksumIgnored: { answer: ingestsTheProbe },
  ChecksumWrongAlgorithm: { answer: accepted([], { "event-0": "InvalidChecksum" }) },
  EventDataNotValidated: { answer: ingestsTheProbe },
  MissingFieldAccepted: { answer: ingestsTheProbe },
  MistypedFieldAccepted: { answer: ingestsTheProbe },
  FieldTooLongAccepted: { answer: ingestsTheProbe },
  WrongRecipientAccepted: { answer: ingestsTheProbe },
  NonBmpEventDataRejected: { answer: accepted([], { "event-0": "InvalidData" }) },
  LosesAnEvent: { changes: { successful: ["event-0"] } },
  EventInBothLists: { changes: { failed: { "event-0": "InternalFailure" } } },
  ExtraPhantomEntry: { changes: { successful: ["event-0", "phantom-event"] } },
  MissingEventID: { changes: { eventIdsPresentAndDistinct: false } },
  DuplicatedEventIDs: { changes: { eventIdsPresentAndDistinct: false } },
  EchoedIdChanged: { changes: { successful: [expect.stringMatching(/^(?!event-0$)/) as unknown as string] } },
  FailedEntryWithoutMessage: { changes: { failedMessagesPresent: false } },
  SuccessStatus201: { changes: { status: 201 } },
  WrongContentType: { changes: { contentType: "text/plain" } },
  PartnerRefusedByOwnerCheck: { answer: refused("ChannelInsufficientPermission") },
  PartnerExternalIdIgnored: { answer: ingestsTheProbe },
  UnsupportedSchemaAccepted: { answer: ingestsTheProbe },
  UnsupportedOperationAccepted: { answer: ingestsTheProbe },
  EventSourceNotChecked: { answer: ingestsTheProbe },
  NotSubscribedAccepted: { answer: ingestsTheProbe },
  ThrottledEventsReportedIngested: { answer: ingestsTheProbe },
  InternalFailureEventsReportedIngested: { answer: ingestsTheProbe },
  ChannelQuotaIgnored: { answer: ingestsTheProbe },
  ChunkedBodyRejected: { answer: refused("LengthRequiredException", 411) },
  ChunkedSizeNotCounted: { answer: accepted(probeIds(5)) },
  ContentSha256Required: { answer: refused("IncompleteSignature", 403) },
  NonCanonicalBodyRejected: { answer: refused("SerializationException") },
  EscapedSlashInBodyRejected: { answer: refused("SerializationException") },
  EscapedIdRejected: { answer: refused("ValidationException") },
  ChecksumOverReserialisedEventData: { answer: accepted([], { "event-0": "InvalidChecksum" }) },
  EventDataCanonicalFormRequired: { answer: accepted([], { "event-0": "InvalidData" }) },
  RecipientReadFromRawText: { answer: accepted([], { "event-0": "InvalidRecipient" }) },
  EventDataMemberOrderAssumed: { answer: accepted([], { "event-0": "InvalidData" }) },
  EscapedSlashInEventDataRejected: { answer: accepted([], { "event-0": "InvalidData" }) },
  EventDataLeadingWhitespaceRejected: { answer: accepted([], { "event-0": "InvalidData" }) },
  ChannelLookupCaseInsensitive: { answer: ingestsTheProbe },
  ArnPrefixLowercased: { answer: ingestsTheProbe },
  ChannelArnTrimmed: { answer: ingestsTheProbe },
  ChannelArnTrailingSlashIgnored: { answer: ingestsTheProbe },
  ChannelIdMatchedByPrefix: { answer: ingestsTheProbe },
  QueryDecodedTwice: { answer: ingestsTheProbe },
  QueryLowercaseHexNotDecoded: { answer: refused("ChannelNotFound") },
  ExternalIdCaseInsensitive: { answer: ingestsTheProbe },
  ExternalIdPrefixAccepted: { answer: ingestsTheProbe },
  ChecksumsCheckedOnFirstPageOnly: { answer: accepted(probeIds(26)) },
  DuplicatesOfFailedEventsMissed: { answer: accepted(one, { "event-0": "InvalidChecksum" }) },
  DuplicateIdsCaseInsensitive: { answer: refused("DuplicatedAuditEventId") },
  EmptyEventObjectsIgnored: { answer: ingestsTheProbe },
  EmptyChecksumIgnored: { answer: ingestsTheProbe },
  ObjectLimitsSummed: { answer: accepted([], { "event-0": "FieldTooLong" }) },
  SmallestObjectLimitForAll: { answer: accepted([], { "event-0": "FieldTooLong" }) },
  ObjectLimitExclusive: { answer: accepted([], { "event-0": "FieldTooLong" }) },
  ObjectLimitCountsCharacters: { answer: ingestsTheProbe },
};

function describedAnswer(fault: Fault): AnswerSummary | undefined {
  const deviation = DESCRIBED[fault.id];
  if (deviation === undefined) return undefined;
  if ("answer" in deviation) return expectedSummary(deviation.answer);
  return { ...expectedSummary(fault.probe.faithful), ...deviation.changes };
}

async function answerTo(emulator: RunningEmulator, fault: Fault) {
  const { query, rawQuery, body, headers, chunked } = fault.probe.request();
  const sent = { query: rawQuery ?? query, body, ...(headers ? { headers } : {}), ...(chunked ? { chunked } : {}) };
  return summarizeAnswer(await sendToEmulator(emulator, sent));
}

describe("the fault catalogue", () => {
  it("has every catalogued id, each once, in PascalCase, with a description", () => {
    const ids = FAULTS.map((fault) => fault.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...CATALOGUED_IDS].sort());
    for (const fault of FAULTS) {
      expect(fault.id).toMatch(/^[A-Z][a-z0-9]+(?:[A-Z0-9][a-z0-9]*)*$/);
      expect(fault.description.length).toBeGreaterThan(10);
    }
  });

  it("refuses an unknown fault id with an UnknownFaultError that lists the known ids", async () => {
    const started = startEmulator({ faults: ["NoSuchFault"] });
    await expect(started).rejects.toBeInstanceOf(UnknownFaultError);
    await expect(started).rejects.toThrow(/unknown fault 'NoSuchFault'; known faults: DuplicateIdsAccepted, /);
  });
});

describe("each fault deviates from the faithful emulator on its probe", () => {
  let faithful: RunningEmulator;
  beforeAll(async () => {
    faithful = await startEmulator();
  });
  afterAll(() => faithful.close());

  it.each(FAULTS.map((fault) => [fault.id, fault] as const))(
    "%s answers its probe as described, and the faithful emulator does not",
    async (_id, fault) => {
      const expected = expectedSummary(fault.probe.faithful);
      const described = describedAnswer(fault);
      expect(described, `fault ${fault.id} needs its described answer in DESCRIBED`).toBeDefined();
      expect(described).not.toEqual(expected);
      expect(await answerTo(faithful, fault)).toEqual(expected);
      const faulty = await startEmulator({ faults: [fault.id] });
      try {
        expect(await answerTo(faulty, fault)).toEqual(described);
      } finally {
        await faulty.close();
      }
    },
  );
});
