/** AWS credentials used to sign requests. Never written to a report. */
export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** The channels a target offers. A case whose fixture is missing is reported as not applicable. */
export interface ChannelFixtures {
  /** A channel owned by the caller's account whose resource policy has no external id. */
  ownChannelArn?: string;
  /** A channel owned by the caller's account whose resource policy requires this external id. */
  externalIdChannel?: { arn: string; externalId: string };
  /** A channel owned by another account. */
  foreignChannelArn?: string;
  /** A channel owned by another account whose resource policy allows the caller's account with this external id. */
  partnerChannel?: { arn: string; externalId: string };
  /** A channel the caller may use whose event schema the operation does not support (ChannelUnsupportedSchema). */
  unsupportedSchemaChannelArn?: string;
  /** A channel the caller may use in an account or Region where the operation is unsupported. */
  unsupportedOperationChannelArn?: string;
  /** A channel the caller may use that takes events of this eventSource only (InvalidEventSource otherwise). */
  eventSourceChannel?: { arn: string; eventSource: string };
  /** A channel the caller may use whose owner's account is not subscribed (AccountNotSubscribed). */
  notSubscribedChannelArn?: string;
  /** A channel that answers every event with the per-event code Throttling (an emulator's fault injection). */
  throttlingChannelArn?: string;
  /** A channel that answers every event with the per-event code InternalFailure (an emulator's fault injection). */
  internalFailureChannelArn?: string;
  /** A channel the caller may use whose transactions-per-second quota is used up: every request is throttled. */
  quotaExceededChannelArn?: string;
}

export type FixtureName = keyof ChannelFixtures;

/** Everything the runner needs to reach and address a target. */
export interface TargetConfig {
  /** Base URL, e.g. http://127.0.0.1:4566; the operation path is appended. */
  endpoint: string;
  region: string;
  credentials: Credentials;
  fixtures: ChannelFixtures;
  /** Per-request timeout. */
  timeoutMs: number;
  /** How much of a response body is kept; the rest is read and dropped. */
  maxResponseBytes: number;
  /** Extra trusted CA certificates (PEM), from --ca-cert, for an HTTPS target with a private CA. */
  caCert?: string;
}
