import type { RunningEmulator } from "./startEmulator.ts";

/** The `run` command that tests this emulator, with its own channels as fixtures. */
function runCommandFor(emulator: RunningEmulator): string {
  const { ownChannelArn, externalIdChannel, foreignChannelArn } = emulator.targetFixtures;
  return [
    `npx pae-conformance run --endpoint ${emulator.url} --region ${emulator.region}`,
    ownChannelArn ? ` --channel-arn ${ownChannelArn}` : "",
    externalIdChannel
      ? ` --external-id-channel-arn ${externalIdChannel.arn} --external-id ${externalIdChannel.externalId}`
      : "",
    foreignChannelArn ? ` --foreign-channel-arn ${foreignChannelArn}` : "",
  ].join("");
}

/** What a user needs to call a running emulator: URL, channels, keys and accounts, faults, the run command. Never a secret key. */
export function describeEmulator(emulator: RunningEmulator): string {
  const { fixture } = emulator;
  const channels = fixture.channels.map((channel) => {
    const guard = channel.externalId === undefined ? "no external id" : `requires externalId ${channel.externalId}`;
    return `  ${channel.arn}  owner ${channel.ownerAccountId}, ${guard}`;
  });
  const keys = fixture.keys.map((key) => `  ${key.accessKeyId}  account ${key.accountId}`);
  const chosen = Object.entries(emulator.readings).map(([name, value]) => `  ${name}=${value}`);
  const readings = chosen.length === 0 ? ["  every default"] : chosen;
  const faults = emulator.faults.length === 0 ? ["  none (faithful)"] : emulator.faults.map((fault) => `  ${fault}`);
  return [
    `PutAuditEvents emulator listening on ${emulator.url} (region ${emulator.region})`,
    "Channels:",
    ...channels,
    "Access keys (secret keys are in the fixture):",
    ...keys,
    `  any other key  account ${fixture.defaultAccountId}`,
    "Faults:",
    ...faults,
    "Readings:",
    ...readings,
    "Test it with:",
    `  ${runCommandFor(emulator)}`,
    "",
  ].join("\n");
}
