import type { ChannelFixtures, Credentials } from "../model/target.ts";
import type { EmulatorChannel, EmulatorFixture } from "./emulatorFixture.ts";

/** A channel with no trigger: no partner policy, a supported schema, any source, no injected failure, no quota. */
const plain = (channel: EmulatorChannel) =>
  !channel.allowedAccounts?.length &&
  !channel.unsupportedSchema &&
  channel.eventSources === undefined &&
  channel.eventFailure === undefined &&
  channel.quotaTps === undefined;

/** The fixtures of the documented answers only a service's state produces, for a caller of `account`. */
function triggerFixtures(fixture: EmulatorFixture, account: string): ChannelFixtures {
  const usable = fixture.channels.filter(
    (channel) => channel.ownerAccountId === account || channel.allowedAccounts?.includes(account),
  );
  const stateOf = (channel: EmulatorChannel) =>
    fixture.accounts?.find((candidate) => candidate.accountId === channel.ownerAccountId);
  const find = (test: (channel: EmulatorChannel) => boolean | undefined) => usable.find((channel) => test(channel));
  const partner = find((channel) => channel.ownerAccountId !== account && channel.externalId !== undefined);
  const sourced = find((channel) => channel.eventSources?.[0] !== undefined);
  const arns: Record<string, EmulatorChannel | undefined> = {
    unsupportedSchemaChannelArn: find((channel) => channel.unsupportedSchema),
    unsupportedOperationChannelArn: find((channel) => stateOf(channel)?.operationUnsupported),
    notSubscribedChannelArn: find((channel) => stateOf(channel)?.notSubscribed),
    throttlingChannelArn: find((channel) => channel.eventFailure === "Throttling"),
    internalFailureChannelArn: find((channel) => channel.eventFailure === "InternalFailure"),
    quotaExceededChannelArn: find((channel) => channel.quotaTps === 0),
  };
  return {
    ...Object.fromEntries(Object.entries(arns).flatMap(([name, channel]) => (channel ? [[name, channel.arn]] : []))),
    ...(partner?.externalId === undefined
      ? {}
      : { partnerChannel: { arn: partner.arn, externalId: partner.externalId } }),
    ...(sourced?.eventSources?.[0] === undefined
      ? {}
      : { eventSourceChannel: { arn: sourced.arn, eventSource: sourced.eventSources[0] } }),
  };
}

/** The caller's key, and every channel a conformance run addresses, read from the fixture. */
export function callerView(fixture: EmulatorFixture): { credentials: Credentials; targetFixtures: ChannelFixtures } {
  const key = fixture.keys.find((candidate) => candidate.accountId === fixture.defaultAccountId) ?? fixture.keys[0];
  const account = key?.accountId ?? fixture.defaultAccountId;
  const credentials: Credentials = key
    ? {
        accessKeyId: key.accessKeyId,
        secretAccessKey: key.secretAccessKey,
        ...(key.sessionToken === undefined ? {} : { sessionToken: key.sessionToken }),
      }
    : { accessKeyId: "AKIDEXAMPLEANY", secretAccessKey: "any-secret-works-with-unknown-keys-accepted" };
  const stateOf = (channel: EmulatorChannel) =>
    fixture.accounts?.find((candidate) => candidate.accountId === channel.ownerAccountId);
  const ordinary = fixture.channels.filter((channel) => plain(channel) && stateOf(channel) === undefined);
  const own = ordinary.filter((channel) => channel.ownerAccountId === account);
  const open = own.find((channel) => channel.externalId === undefined);
  const guarded = own.find((channel) => channel.externalId !== undefined);
  const foreign = ordinary.find((channel) => channel.ownerAccountId !== account);
  const targetFixtures: ChannelFixtures = {
    ...(open === undefined ? {} : { ownChannelArn: open.arn }),
    ...(guarded?.externalId === undefined
      ? {}
      : { externalIdChannel: { arn: guarded.arn, externalId: guarded.externalId } }),
    ...(foreign === undefined ? {} : { foreignChannelArn: foreign.arn }),
    ...triggerFixtures(fixture, account),
  };
  return { credentials, targetFixtures };
}
