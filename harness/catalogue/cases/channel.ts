import fc from "fast-check";
import { channelArnBreakingPattern } from "../../generators/channelArnBreakingPattern.ts";
import { nonChannelArn } from "../../generators/nonChannelArn.ts";
import { otherRegionChannelArn } from "../../generators/otherRegionChannelArn.ts";
import { unknownChannelArn } from "../../generators/unknownChannelArn.ts";
import { validAuditEvents } from "../../generators/validAuditEvents.ts";
import type { CaseContext, CaseDefinition } from "../../model/caseDefinition.ts";
import type { CaseInstance } from "../../model/caseRequest.ts";
import { parseChannelArn } from "../../protocol/channelArn.ts";
import { expectations } from "../expectations.ts";
import { fixtureOf } from "../fixtureOf.ts";
import { ownerAccountOf } from "../ownerAccountOf.ts";
import { readingAnswers } from "../readingAnswers.ts";
import { requestFor } from "../requestFor.ts";
import { specRef } from "../specRef.ts";

/** Valid events naming `recipientAccountId`, sent to the channel reference drawn from `channelArn`. */
const eventsTo = (
  channelArn: fc.Arbitrary<string | undefined>,
  recipientAccountId: string,
  label: string,
): fc.Arbitrary<CaseInstance> =>
  fc
    .tuple(channelArn, validAuditEvents({ recipientAccountId, maxLength: 3 }))
    .map(([arn, events]) => ({ request: requestFor(arn, events), label: `${label}: ${JSON.stringify(arn ?? null)}` }));

const own = (ctx: CaseContext) => fixtureOf(ctx, "ownChannelArn");
const ownId = (ctx: CaseContext) => parseChannelArn(own(ctx))?.channelId ?? own(ctx);

export const channelCases: readonly CaseDefinition[] = [
  {
    id: "MissingChannelArnIsRejected",
    title: "A request without channelArn is rejected",
    category: "channel",
    documentation: "The channelArn query parameter is required. Spec: parameter channelArn, required: true.",
    specRef: specRef.operation("/parameters/0/required"),
    needs: ["ownChannelArn"],
    generate: (ctx) => eventsTo(fc.constant(undefined), ctx.callerAccountId, "no channelArn"),
    expect: expectations.rejected(["ValidationException"]),
    tags: ["negative"],
  },
  {
    id: "ChannelArnBreakingPatternIsRejected",
    title: "A channelArn not starting with arn: is rejected",
    category: "channel",
    documentation:
      "A channel reference that does not match the pattern (empty, ARN:, urn:, a leading space, a line break) is refused; which error is not pinned down. Spec: ChannelArn pattern ^arn:.*$.",
    specRef: specRef.schema("/ChannelArn/pattern"),
    needs: ["ownChannelArn"],
    generate: (ctx) => eventsTo(channelArnBreakingPattern({ avoid: [ownId(ctx)] }), ctx.callerAccountId, "channelArn"),
    expect: readingAnswers("channelArnPatternError"),
    tags: ["negative"],
  },
  {
    id: "NonChannelArnIsRejected",
    title: "An ARN that is not a channel ARN is rejected with InvalidChannelARN",
    category: "channel",
    documentation:
      "An ARN of another service or resource, or with parts missing, is refused as an invalid channel ARN. Spec: InvalidChannelARN, 'The specified channel ARN is not a valid channel ARN'; x-pae-channel-arn-format.",
    specRef: specRef.schema("/ChannelArn/x-pae-channel-arn-format"),
    needs: ["ownChannelArn"],
    generate: (ctx) =>
      eventsTo(nonChannelArn({ account: ctx.callerAccountId, region: ctx.region }), ctx.callerAccountId, "channelArn"),
    expect: expectations.rejected(["InvalidChannelARN"]),
    tags: ["negative"],
  },
  {
    id: "UnknownChannelIsRejected",
    title: "A well-formed ARN of a channel that does not exist is rejected with ChannelNotFound",
    category: "channel",
    documentation:
      "A channel ARN of the caller's account and Region with an unknown id is refused. Spec: ChannelNotFound, 'The channel could not be found.'",
    specRef: specRef.operation("/x-pae-operation-errors/1"),
    needs: ["ownChannelArn"],
    generate: (ctx) =>
      eventsTo(
        unknownChannelArn({ account: ctx.callerAccountId, region: ctx.region }),
        ctx.callerAccountId,
        "channelArn",
      ),
    expect: expectations.rejected(["ChannelNotFound"]),
    tags: ["negative"],
  },
  {
    id: "OtherRegionChannelIsRejected",
    title: "The caller's channel named in another Region is rejected with ChannelNotFound",
    category: "channel",
    documentation:
      "The own channel's ARN with another Region, sent to this Region's endpoint, is not found. Reference: 'A channel of another Region sent to this Region's endpoint answers ChannelNotFound'.",
    specRef: specRef.reference("channels-and-arns"),
    needs: ["ownChannelArn"],
    generate: (ctx) => eventsTo(otherRegionChannelArn(own(ctx)), ownerAccountOf(own(ctx)), "channelArn"),
    expect: expectations.rejected(["ChannelNotFound"]),
    tags: ["negative"],
  },
  {
    id: "ForeignChannelIsRejected",
    title: "A channel of another account is rejected with ChannelInsufficientPermission",
    category: "channel",
    documentation:
      "Events sent to a channel another account owns are refused. Spec: ChannelInsufficientPermission, 'The caller's account ID must be the same as the channel owner's account ID.'",
    specRef: specRef.operation("/x-pae-operation-errors/0"),
    needs: ["foreignChannelArn"],
    generate: (ctx) => {
      const foreign = fixtureOf(ctx, "foreignChannelArn");
      return eventsTo(fc.constant(foreign), ownerAccountOf(foreign), "channelArn");
    },
    expect: expectations.rejected(["ChannelInsufficientPermission"]),
    tags: ["negative", "fixture"],
  },
  {
    id: "BareChannelIdIsObserved",
    title: "A bare channel id (the ARN suffix) instead of the ARN",
    category: "channel",
    documentation:
      "channelArn is documented as 'the ARN or ID (the ARN suffix) of a channel', yet an id breaks the pattern ^arn:.*$; whether it is accepted is not pinned down.",
    specRef: specRef.reading("bareChannelId"),
    needs: ["ownChannelArn"],
    generate: (ctx) => eventsTo(fc.constant(ownId(ctx)), ownerAccountOf(own(ctx)), "channel id"),
    expect: readingAnswers("bareChannelId"),
    tags: ["observed"],
    ingests: true,
  },
];
