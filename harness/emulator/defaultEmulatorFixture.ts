import type { EmulatorFixture } from "./emulatorFixture.ts";

const REGION = "us-east-1";
const CALLER_ACCOUNT = "111122223333";
const FOREIGN_ACCOUNT = "444455556666";
/** Owns a channel whose resource policy lets the caller's account in, with an external id. */
const PARTNER_OWNER_ACCOUNT = "777788889999";
/** The operation is not supported for this account. */
const UNSUPPORTED_ACCOUNT = "222233334444";
/** This account has no CloudTrail Lake subscription. */
const UNSUBSCRIBED_ACCOUNT = "555566667777";
const channelArn = (account: string, id: number) =>
  `arn:aws:cloudtrail:${REGION}:${account}:channel/00000000-0000-4000-8000-${String(id).padStart(12, "0")}`;
const allowsCaller = { allowedAccounts: [CALLER_ACCOUNT] };

/**
 * The caller's open channel and one behind an external id, another account's channel, a partner channel, and one
 * channel per documented answer that only the service's state can produce (see README, "Triggers").
 */
export const defaultEmulatorFixture: EmulatorFixture = {
  region: REGION,
  keys: [
    {
      accessKeyId: "AKIDEXAMPLECALLER",
      secretAccessKey: "pae/caller/wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
      accountId: CALLER_ACCOUNT,
    },
    {
      accessKeyId: "AKIDEXAMPLEFOREIGN",
      secretAccessKey: "pae/foreign/je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
      accountId: FOREIGN_ACCOUNT,
    },
  ],
  defaultAccountId: CALLER_ACCOUNT,
  channels: [
    { arn: channelArn(CALLER_ACCOUNT, 1), ownerAccountId: CALLER_ACCOUNT },
    { arn: channelArn(CALLER_ACCOUNT, 2), ownerAccountId: CALLER_ACCOUNT, externalId: "pae-external-id-1" },
    { arn: channelArn(FOREIGN_ACCOUNT, 3), ownerAccountId: FOREIGN_ACCOUNT },
    {
      arn: channelArn(PARTNER_OWNER_ACCOUNT, 11),
      ownerAccountId: PARTNER_OWNER_ACCOUNT,
      ...allowsCaller,
      externalId: "pae-partner-external-id",
    },
    { arn: channelArn(CALLER_ACCOUNT, 12), ownerAccountId: CALLER_ACCOUNT, unsupportedSchema: true },
    { arn: channelArn(UNSUPPORTED_ACCOUNT, 13), ownerAccountId: UNSUPPORTED_ACCOUNT, ...allowsCaller },
    { arn: channelArn(CALLER_ACCOUNT, 14), ownerAccountId: CALLER_ACCOUNT, eventSources: ["pae.partner.example"] },
    { arn: channelArn(UNSUBSCRIBED_ACCOUNT, 15), ownerAccountId: UNSUBSCRIBED_ACCOUNT, ...allowsCaller },
    { arn: channelArn(CALLER_ACCOUNT, 16), ownerAccountId: CALLER_ACCOUNT, eventFailure: "Throttling" },
    { arn: channelArn(CALLER_ACCOUNT, 17), ownerAccountId: CALLER_ACCOUNT, eventFailure: "InternalFailure" },
    // Its own quota of 0 is used up: ThrottlingException here, while no other channel has a quota to run out of.
    { arn: channelArn(CALLER_ACCOUNT, 18), ownerAccountId: CALLER_ACCOUNT, quotaTps: 0 },
  ],
  accounts: [
    { accountId: UNSUPPORTED_ACCOUNT, operationUnsupported: true },
    { accountId: UNSUBSCRIBED_ACCOUNT, notSubscribed: true },
  ],
};
