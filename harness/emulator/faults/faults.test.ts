import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../startEmulator.ts";
import { expectedSummary, summarizeAnswer } from "../testing/answerSummary.ts";
import { sendToEmulator } from "../testing/sendToEmulator.ts";
import type { Fault } from "./fault.ts";
import { FAULTS } from "./faults.ts";
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

async function answerTo(emulator: RunningEmulator, fault: Fault) {
  const { query, rawQuery, body, headers, chunked } = fault.probe.request();
  const sent = { query: rawQuery ?? query, body, ...(headers ? { headers } : {}), ...(chunked ? { chunked } : {}) };
  return summarizeAnswer(await sendToEmulator(emulator.url, sent));
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
    "%s changes the answer to its probe",
    async (_id, fault) => {
      const expected = expectedSummary(fault.probe.faithful);
      expect(await answerTo(faithful, fault)).toEqual(expected);
      const faulty = await startEmulator({ faults: [fault.id] });
      try {
        expect(await answerTo(faulty, fault)).not.toEqual(expected);
      } finally {
        await faulty.close();
      }
    },
  );
});
