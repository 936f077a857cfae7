import type { ChannelFixtures } from "./target.ts";

type ArnFixture = {
  [K in keyof ChannelFixtures]-?: NonNullable<ChannelFixtures[K]> extends string ? K : never;
}[keyof ChannelFixtures];
type PairFixture = "partnerChannel" | "eventSourceChannel";

/**
 * The `run` flags of the fixtures that trigger documented answers only a service's state produces (README,
 * "Triggers"): one flag per channel, and a second flag for the value a pair needs.
 */
export const TRIGGER_ARN_FLAGS: Partial<Record<ArnFixture, string>> = {
  unsupportedSchemaChannelArn: "unsupported-schema-channel-arn",
  unsupportedOperationChannelArn: "unsupported-operation-channel-arn",
  notSubscribedChannelArn: "not-subscribed-channel-arn",
  throttlingChannelArn: "throttling-channel-arn",
  internalFailureChannelArn: "internal-failure-channel-arn",
  quotaExceededChannelArn: "quota-exceeded-channel-arn",
};

export const TRIGGER_PAIR_FLAGS: Record<PairFixture, { arn: string; value: string; field: string; secret: boolean }> = {
  partnerChannel: { arn: "partner-channel-arn", value: "partner-external-id", field: "externalId", secret: true },
  eventSourceChannel: { arn: "event-source-channel-arn", value: "event-source", field: "eventSource", secret: false },
};

/** Every trigger flag's name, for a parser's option table. */
export const TRIGGER_FLAG_NAMES: readonly string[] = [
  ...Object.values(TRIGGER_ARN_FLAGS),
  ...Object.values(TRIGGER_PAIR_FLAGS).flatMap((pair) => [pair.arn, pair.value]),
];

/** The trigger fixtures a run's flags name; a pair's ARN without its value (or the reverse) is a message. */
export function triggerFixturesFrom(text: (flag: string) => string | undefined): Partial<ChannelFixtures> | string {
  const fixtures: Record<string, unknown> = {};
  for (const [name, flag] of Object.entries(TRIGGER_ARN_FLAGS)) {
    const value = text(flag);
    if (value !== undefined) fixtures[name] = value;
  }
  for (const [name, pair] of Object.entries(TRIGGER_PAIR_FLAGS)) {
    const arn = text(pair.arn);
    const value = text(pair.value);
    if ((arn === undefined) !== (value === undefined)) return `--${pair.arn} and --${pair.value} go together`;
    if (arn !== undefined && value !== undefined) fixtures[name] = { arn, [pair.field]: value };
  }
  return fixtures as Partial<ChannelFixtures>;
}

/** The flags that name these trigger fixtures; a secret value is written as `secret(flag)` gives it. */
export function triggerFixtureArgs(
  fixtures: ChannelFixtures,
  secret: (flag: string, value: string) => string,
): string[] {
  const args: string[] = [];
  for (const [name, flag] of Object.entries(TRIGGER_ARN_FLAGS)) {
    const value = fixtures[name as ArnFixture];
    if (typeof value === "string") args.push(`--${flag}`, value);
  }
  for (const [name, pair] of Object.entries(TRIGGER_PAIR_FLAGS)) {
    const fixture = fixtures[name as PairFixture] as Record<string, string> | undefined;
    const value = fixture?.[pair.field];
    if (fixture?.arn === undefined || value === undefined) continue;
    args.push(`--${pair.arn}`, fixture.arn, `--${pair.value}`, pair.secret ? secret(pair.value, value) : value);
  }
  return args;
}
