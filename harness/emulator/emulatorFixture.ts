/** An access key the emulator knows, and the account it belongs to; a session token if it is temporary. */
export interface EmulatorKey {
  accessKeyId: string;
  secretAccessKey: string;
  accountId: string;
  /** Temporary credentials: every request signed with this key must carry this X-Amz-Security-Token. */
  sessionToken?: string;
}

/** What a transient per-event fault answers for every event of a channel. */
export type TransientEventFailure = "Throttling" | "InternalFailure";

/**
 * A channel the emulator offers, with its resource policy: `allowedAccounts` may put events besides the owner,
 * and `externalId` set means every call must carry that external id.
 */
export interface EmulatorChannel {
  arn: string;
  ownerAccountId: string;
  externalId?: string;
  allowedAccounts?: string[];
  /** The channel's event schema is one the operation does not support: ChannelUnsupportedSchema. */
  unsupportedSchema?: boolean;
  /** The only eventSource values this (partner) channel takes; another one fails with InvalidEventSource. */
  eventSources?: string[];
  /** Every event on this channel fails with this per-event code, as a transient fault would. */
  eventFailure?: TransientEventFailure;
  /**
   * This channel's own transactions-per-second quota: a request over it gets ThrottlingException. 0 means the
   * quota is used up, so that every request is throttled.
   */
  quotaTps?: number;
}

/** The state of an account as the service sees it. */
export interface EmulatorAccount {
  accountId: string;
  /** The operation is not supported for this account: UnsupportedOperationException on its channels. */
  operationUnsupported?: boolean;
  /** The account has no CloudTrail Lake subscription: its channels fail every event with AccountNotSubscribed. */
  notSubscribed?: boolean;
}

/** The accounts, keys and channels an emulator serves: plain data, loadable from a JSON file. */
export interface EmulatorFixture {
  region: string;
  keys: EmulatorKey[];
  /** The caller's account: the one the printed run command and the embedded runs use. */
  defaultAccountId: string;
  /** When set, an access key not listed is accepted (its signature cannot be checked) as this account. */
  unknownKeyAccountId?: string;
  channels: EmulatorChannel[];
  accounts?: EmulatorAccount[];
}
