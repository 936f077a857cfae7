import fc from "fast-check";
import { externalIdBreakingPattern } from "../../generators/externalIdBreakingPattern.ts";
import { externalIdOtherThan } from "../../generators/externalIdOtherThan.ts";
import { externalIdOverMaxLength } from "../../generators/externalIdOverMaxLength.ts";
import { externalIdTooShort } from "../../generators/externalIdTooShort.ts";
import { validAuditEvents } from "../../generators/validAuditEvents.ts";
import type { CaseContext, CaseDefinition } from "../../model/caseDefinition.ts";
import type { CaseInstance } from "../../model/caseRequest.ts";
import { expectations } from "../expectations.ts";
import { fixtureOf } from "../fixtureOf.ts";
import { ownerAccountOf } from "../ownerAccountOf.ts";
import { readingAnswers } from "../readingAnswers.ts";
import { requestFor } from "../requestFor.ts";
import { specRef } from "../specRef.ts";

/** Valid events sent to `channelArn` with the externalId drawn from `externalId` (undefined: none sent). */
const eventsWithExternalId = (
  channelArn: string,
  externalId: fc.Arbitrary<string | undefined>,
): fc.Arbitrary<CaseInstance> =>
  fc
    .tuple(validAuditEvents({ recipientAccountId: ownerAccountOf(channelArn), maxLength: 3 }), externalId)
    .map(([events, id]) => ({
      request: requestFor(channelArn, events, id === undefined ? {} : { externalId: id }),
      label: id === undefined ? "no externalId" : `externalId of ${[...id].length} code points`,
    }));

const onOwnChannel = (ctx: CaseContext, externalId: fc.Arbitrary<string>) =>
  eventsWithExternalId(fixtureOf(ctx, "ownChannelArn"), externalId);

/** Which error a missing or wrong externalId gets is not published (spec: x-pae-readings, externalIdRefusal). */
const NOT_PERMITTED = readingAnswers("externalIdRefusal");

export const externalIdCases: readonly CaseDefinition[] = [
  {
    id: "ExternalIdTooShortIsRejected",
    title: "An externalId shorter than 2 characters is rejected",
    category: "external-id",
    documentation:
      "An externalId of 1 code point breaks the minimum length (an empty one is ExternalIdEmptyIsObserved). Spec: ExternalId minLength: 2.",
    specRef: specRef.schema("/ExternalId/minLength"),
    needs: ["ownChannelArn"],
    generate: (ctx) => onOwnChannel(ctx, externalIdTooShort()),
    expect: expectations.rejected(["ValidationException"]),
    tags: ["negative", "boundary"],
  },
  {
    id: "ExternalIdOverMaxLengthIsRejected",
    title: "An externalId longer than 1224 characters is rejected",
    category: "external-id",
    documentation:
      "An externalId of 1225 or more code points (1225 always tried) breaks the maximum length. Spec: ExternalId maxLength: 1224.",
    specRef: specRef.schema("/ExternalId/maxLength"),
    needs: ["ownChannelArn"],
    generate: (ctx) => onOwnChannel(ctx, externalIdOverMaxLength()),
    expect: expectations.rejected(["ValidationException"]),
    tags: ["negative", "boundary"],
  },
  {
    id: "ExternalIdBreakingPatternIsRejected",
    title: "An externalId with characters outside the pattern is rejected",
    category: "external-id",
    documentation:
      "An externalId holding a space, #, ?, &, %, !, *, ~ or a non-ASCII character breaks the pattern. Spec: ExternalId pattern ^[\\w+=,.@:\\/-]*$.",
    specRef: specRef.schema("/ExternalId/pattern"),
    needs: ["ownChannelArn"],
    generate: (ctx) => onOwnChannel(ctx, externalIdBreakingPattern()),
    expect: expectations.rejected(["ValidationException"]),
    tags: ["negative"],
  },
  {
    id: "MissingExternalIdIsRejected",
    title: "A call without the external id the channel's policy requires is rejected",
    category: "external-id",
    documentation:
      "A channel whose resource policy has an external id refuses a call without one; which error is not published. Spec: 'If the resource policy includes an external ID, all calls to the PutAuditEvents API must include the external ID.'",
    specRef: specRef.operation("/parameters/1/x-pae-conditionally-required"),
    needs: ["externalIdChannel"],
    generate: (ctx) => eventsWithExternalId(fixtureOf(ctx, "externalIdChannel").arn, fc.constant(undefined)),
    expect: NOT_PERMITTED,
    tags: ["negative", "fixture"],
  },
  {
    id: "WrongExternalIdIsRejected",
    title: "A call with another external id than the channel's policy requires is rejected",
    category: "external-id",
    documentation:
      "A channel whose resource policy has an external id refuses a call with a different valid one (case changed, truncated, extended or unrelated); which error is not published. Spec: externalId is required when the channel's resource policy includes an external ID.",
    specRef: specRef.reading("externalIdRefusal"),
    needs: ["externalIdChannel"],
    generate: (ctx) => {
      const channel = fixtureOf(ctx, "externalIdChannel");
      return eventsWithExternalId(channel.arn, externalIdOtherThan(channel.externalId));
    },
    expect: NOT_PERMITTED,
    tags: ["negative", "fixture"],
  },
  {
    id: "ExternalIdEmptyIsObserved",
    title: "An empty externalId (externalId=) on a channel without one in its policy",
    category: "external-id",
    documentation:
      "An empty externalId breaks the minimum length, yet a server may read it as absent, as Smithy servers read null members; which is not pinned down. Spec: ExternalId minLength: 2; x-pae-readings nullMember.",
    specRef: specRef.reading("nullMember"),
    needs: ["ownChannelArn"],
    generate: (ctx) => onOwnChannel(ctx, fc.constant("")),
    expect: readingAnswers("nullMember"),
    tags: ["observed"],
    ingests: true,
  },
];
