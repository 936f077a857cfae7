/** An access key the emulator knows, and the account it belongs to. */
export interface EmulatorKey {
  accessKeyId: string;
  secretAccessKey: string;
  accountId: string;
}

/** A channel the emulator offers; `externalId` set means its resource policy requires that external id. */
export interface EmulatorChannel {
  arn: string;
  ownerAccountId: string;
  externalId?: string;
}

/** The accounts, keys and channels an emulator serves: plain data, loadable from a JSON file. */
export interface EmulatorFixture {
  region: string;
  keys: EmulatorKey[];
  /** The account of any access key not listed, so that any dummy credentials work. */
  defaultAccountId: string;
  channels: EmulatorChannel[];
}
