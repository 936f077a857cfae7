import { EVENT_ID, EXTERNAL_ID } from "../../../generated/constants.ts";
import { parseChannelArn } from "../../protocol/channelArn.ts";
import { accountIdOtherThan } from "../accountIdOtherThan.ts";
import { channelArnBreakingPattern } from "../channelArnBreakingPattern.ts";
import { eventId } from "../eventId.ts";
import { eventIdBreakingPattern } from "../eventIdBreakingPattern.ts";
import { eventIdOverMaxLength } from "../eventIdOverMaxLength.ts";
import { externalId } from "../externalId.ts";
import { externalIdSpecialCharacters } from "../externalIdAlphabet.ts";
import { externalIdBreakingPattern } from "../externalIdBreakingPattern.ts";
import { externalIdOtherThan } from "../externalIdOtherThan.ts";
import { externalIdOverMaxLength } from "../externalIdOverMaxLength.ts";
import { externalIdTooShort } from "../externalIdTooShort.ts";
import { nonChannelArn } from "../nonChannelArn.ts";
import { otherRegionChannelArn } from "../otherRegionChannelArn.ts";
import { unknownChannelArn } from "../unknownChannelArn.ts";
import { ACCOUNT, CHANNEL, error, lengths, REGION } from "./contractHelpers.ts";
import type { GeneratorContract } from "./generatorContracts.ts";

/** The contracts of the id, external id, account and channel ARN generators. */
export const stringGeneratorContracts: Record<string, GeneratorContract> = {
  eventId: {
    arbitrary: eventId(),
    subject: "eventIdInBody",
    want: "valid",
    reaches: (values: string[]) =>
      lengths(values).has(EVENT_ID.minLength) &&
      lengths(values).has(EVENT_ID.maxLength) &&
      values.some((v) => v.includes("-")) &&
      values.some((v) => v.includes("_")),
  },
  eventIdOverMaxLength: {
    arbitrary: eventIdOverMaxLength(),
    subject: "eventIdInBody",
    want: [error("maxLength", "/auditEvents/0/id")],
    reaches: (values: string[]) => lengths(values).has(EVENT_ID.maxLength + 1),
  },
  eventIdBreakingPattern: {
    arbitrary: eventIdBreakingPattern(),
    subject: "eventIdInBody",
    want: [error("pattern", "/auditEvents/0/id")],
  },
  externalId: {
    arbitrary: externalId(),
    subject: "externalIdInQuery",
    want: "valid",
    reaches: (values: string[]) =>
      lengths(values).has(EXTERNAL_ID.minLength) &&
      lengths(values).has(EXTERNAL_ID.maxLength) &&
      values.some((value) => externalIdSpecialCharacters.every((c) => value.includes(c))),
  },
  externalIdTooShort: {
    arbitrary: externalIdTooShort(),
    subject: "externalIdInQuery",
    want: [error("minLength", "/externalId")],
    // Every length from 1 to minLength - 1; never 0, which a server may read as absent (reading nullMember).
    reaches: (values: string[]) => lengths(values).size === EXTERNAL_ID.minLength - 1 && !lengths(values).has(0),
  },
  externalIdOverMaxLength: {
    arbitrary: externalIdOverMaxLength(),
    subject: "externalIdInQuery",
    want: [error("maxLength", "/externalId")],
    reaches: (values: string[]) => lengths(values).has(EXTERNAL_ID.maxLength + 1),
  },
  externalIdBreakingPattern: {
    arbitrary: externalIdBreakingPattern(),
    subject: "externalIdInQuery",
    want: [error("pattern", "/externalId")],
  },
  externalIdOtherThan: {
    arbitrary: externalIdOtherThan("pae-external-id-1"),
    subject: "externalIdInQuery",
    want: "valid",
    property: (value: string) => value !== "pae-external-id-1",
  },
  accountIdOtherThan: {
    arbitrary: accountIdOtherThan(ACCOUNT).map((account) => `arn:aws:cloudtrail:${REGION}:${account}:channel/x`),
    subject: "channelArnInQuery",
    want: "valid",
    property: (arn: string) => parseChannelArn(arn)?.account !== ACCOUNT,
  },
  unknownChannelArn: {
    arbitrary: unknownChannelArn({ account: ACCOUNT, region: REGION }),
    subject: "channelArnInQuery",
    want: "valid",
    property: (arn: string) => parseChannelArn(arn)?.account === ACCOUNT && arn !== CHANNEL,
  },
  otherRegionChannelArn: {
    arbitrary: otherRegionChannelArn(CHANNEL),
    subject: "channelArnInQuery",
    want: "valid",
    property: (arn: string) =>
      parseChannelArn(arn)?.region !== REGION &&
      parseChannelArn(arn)?.channelId === parseChannelArn(CHANNEL)?.channelId,
  },
  channelArnBreakingPattern: {
    arbitrary: channelArnBreakingPattern({ avoid: [parseChannelArn(CHANNEL)?.channelId ?? ""] }),
    subject: "channelArnInQuery",
    want: [error("pattern", "/channelArn")],
    property: (value: string) => value !== parseChannelArn(CHANNEL)?.channelId,
  },
  nonChannelArn: {
    arbitrary: nonChannelArn({ account: ACCOUNT, region: REGION }),
    subject: "channelArnInQuery",
    want: "valid",
    property: (value: string) => parseChannelArn(value) === undefined,
  },
};
