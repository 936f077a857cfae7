import fc from "fast-check";
import { channelArnQueryEncoding } from "../../generators/channelArnQueryEncoding.ts";
import {
  type ChannelArnVariant,
  channelArnVariantBreakingPattern,
  channelArnVariantOfRealChannel,
} from "../../generators/channelArnVariant.ts";
import { externalIdVariantOf } from "../../generators/externalIdVariant.ts";
import { validAuditEvents } from "../../generators/validAuditEvents.ts";
import type { CaseDefinition } from "../../model/caseDefinition.ts";
import type { CaseInstance } from "../../model/caseRequest.ts";
import { expectations } from "../expectations.ts";
import { fixtureOf } from "../fixtureOf.ts";
import { ownerAccountOf } from "../ownerAccountOf.ts";
import { requestFor } from "../requestFor.ts";
import { specRef } from "../specRef.ts";

/** Valid events for the real channel's owner, sent to a variant of its ARN. */
const eventsToVariant = (realArn: string, variant: fc.Arbitrary<ChannelArnVariant>): fc.Arbitrary<CaseInstance> =>
  fc
    .tuple(variant, validAuditEvents({ recipientAccountId: ownerAccountOf(realArn), maxLength: 3 }))
    .map(([{ value, variant: kind }, events]) => ({
      request: requestFor(value, events),
      label: `${kind}: ${JSON.stringify(value)}`,
    }));

export const channelIdentifierCases: readonly CaseDefinition[] = [
  {
    id: "RealChannelArnVariantsAreRejected",
    title: "Variants of the real channel's ARN (case, whitespace, slash, one character, double encoding) are refused",
    category: "channel",
    documentation:
      "The caller's own channel ARN with its case changed, surrounded by whitespace, with a trailing slash, a character more or less, or percent-encoded twice names no channel and is never taken as the real one. Spec: channelArn 'the ARN or ID (the ARN suffix) of a channel', format arn:{Partition}:cloudtrail:{Region}:{Account}:channel/{ChannelId}.",
    specRef: specRef.reference("channels-and-arns"),
    needs: ["ownChannelArn"],
    generate: (ctx) => {
      const arn = fixtureOf(ctx, "ownChannelArn");
      return eventsToVariant(
        arn,
        fc.oneof(
          { arbitrary: channelArnVariantOfRealChannel(arn), weight: 3 },
          { arbitrary: channelArnVariantBreakingPattern(arn), weight: 1 },
        ),
      );
    },
    expect: expectations.rejected(["ValidationException", "InvalidChannelARN", "ChannelNotFound"]),
    tags: ["negative", "fixture"],
  },
  {
    id: "ChannelArnEncodingVariantsAreAccepted",
    title:
      "The real channel's ARN percent-encoded in other ways (lower-case hex, every byte, : and / as is) is accepted",
    category: "channel",
    documentation:
      "A query channelArn=... that decodes to the caller's own channel ARN under RFC 3986, whatever the escapes chosen, reaches that channel and its valid events are ingested. Reference: 'How to read the constraints', 'the query string is percent-encoded (...); a server must decode it.'",
    specRef: specRef.reference("how-to-read-the-constraints-smithy-semantics"),
    needs: ["ownChannelArn"],
    generate: (ctx) => {
      const arn = fixtureOf(ctx, "ownChannelArn");
      return fc
        .tuple(
          channelArnQueryEncoding(arn),
          validAuditEvents({ recipientAccountId: ownerAccountOf(arn), maxLength: 3 }),
        )
        .map(([rawQuery, events]) => ({
          request: { ...requestFor(arn, events), rawQuery },
          label: `query ${rawQuery.slice(0, 60)}`,
        }));
    },
    expect: expectations.ingested(),
    tags: ["positive", "fixture"],
    ingests: true,
  },
  {
    id: "RealExternalIdVariantsAreRejected",
    title: "Variants of the channel's external id (case, a character more or less) are refused",
    category: "external-id",
    documentation:
      "A channel whose resource policy requires an external id refuses that id with its case changed, a character added or the last one dropped. Reference: 'Channels and ARNs', 'If the resource policy includes an external ID, all calls to the PutAuditEvents API must include the external ID.'",
    specRef: specRef.reference("channels-and-arns"),
    needs: ["externalIdChannel"],
    generate: (ctx) => {
      const channel = fixtureOf(ctx, "externalIdChannel");
      return fc
        .tuple(
          externalIdVariantOf(channel.externalId),
          validAuditEvents({ recipientAccountId: ownerAccountOf(channel.arn), maxLength: 3 }),
        )
        .map(([externalId, events]) => ({
          request: requestFor(channel.arn, events, { externalId }),
          label: `externalId ${JSON.stringify(externalId)}`,
        }));
    },
    expect: expectations.rejected(["ChannelInsufficientPermission", "AccessDeniedException"], [400, 403]),
    tags: ["negative", "fixture"],
  },
];
