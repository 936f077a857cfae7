import type { EmulatorFixture } from "./emulatorFixture.ts";

const REGION = "us-east-1";
const CALLER_ACCOUNT = "111122223333";
const FOREIGN_ACCOUNT = "444455556666";
const channelArn = (account: string, id: string) => `arn:aws:cloudtrail:${REGION}:${account}:channel/${id}`;

/** One open channel and one behind an external id for the caller, and one channel of another account. */
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
    { arn: channelArn(CALLER_ACCOUNT, "00000000-0000-4000-8000-000000000001"), ownerAccountId: CALLER_ACCOUNT },
    {
      arn: channelArn(CALLER_ACCOUNT, "00000000-0000-4000-8000-000000000002"),
      ownerAccountId: CALLER_ACCOUNT,
      externalId: "pae-external-id-1",
    },
    { arn: channelArn(FOREIGN_ACCOUNT, "00000000-0000-4000-8000-000000000003"), ownerAccountId: FOREIGN_ACCOUNT },
  ],
};
