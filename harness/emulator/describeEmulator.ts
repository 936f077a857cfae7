import { triggerFixtureArgs } from "../model/fixtureFlags.ts";
import type { EmulatorChannel } from "./emulatorFixture.ts";
import type { RunningEmulator } from "./startEmulator.ts";

/** The `run` command that tests this emulator, with its own channels as fixtures. */
function runCommandFor(emulator: RunningEmulator): string {
  const { ownChannelArn, externalIdChannel, foreignChannelArn } = emulator.targetFixtures;
  const triggers = triggerFixtureArgs(emulator.targetFixtures, (_flag, value) => value);
  return [
    `npx pae-conformance run --endpoint ${emulator.url} --region ${emulator.region}`,
    ownChannelArn ? ` --channel-arn ${ownChannelArn}` : "",
    externalIdChannel
      ? ` --external-id-channel-arn ${externalIdChannel.arn} --external-id ${externalIdChannel.externalId}`
      : "",
    foreignChannelArn ? ` --foreign-channel-arn ${foreignChannelArn}` : "",
    triggers.length > 0 ? ` ${triggers.join(" ")}` : "",
  ].join("");
}

function describeChannel(channel: EmulatorChannel): string {
  const policy = [
    channel.externalId === undefined ? "no external id" : `requires externalId ${channel.externalId}`,
    ...(channel.allowedAccounts?.length ? [`also allows ${channel.allowedAccounts.join(", ")}`] : []),
    ...(channel.unsupportedSchema ? ["unsupported schema"] : []),
    ...(channel.eventSources ? [`eventSource ${channel.eventSources.join(" | ")} only`] : []),
    ...(channel.eventFailure ? [`every event fails with ${channel.eventFailure}`] : []),
    ...(channel.quotaTps === undefined ? [] : [`quota ${channel.quotaTps} requests a second`]),
  ];
  return `  ${channel.arn}  owner ${channel.ownerAccountId}, ${policy.join(", ")}`;
}

/** How requests are authenticated, loudly when they are not. */
function describeAuth(emulator: RunningEmulator): string[] {
  const { fixture } = emulator;
  if (emulator.auth === "off") {
    return ["AUTHENTICATION IS OFF (--no-auth): unsigned and wrongly signed requests are accepted."];
  }
  const unknown =
    fixture.unknownKeyAccountId === undefined
      ? "any other key  refused (UnrecognizedClientException); --accept-any-key maps it to an account"
      : `any other key  account ${fixture.unknownKeyAccountId} (signature not checked)`;
  return [
    "Authentication: SigV4 (service cloudtrail-data, 15-minute clock skew); access keys (secret keys are in the fixture):",
    ...fixture.keys.map((key) => `  ${key.accessKeyId}  account ${key.accountId}`),
    `  ${unknown}`,
  ];
}

/** What a user needs to call a running emulator: URL, auth, channels, keys and accounts, faults, the run command. Never a secret key. */
export function describeEmulator(emulator: RunningEmulator): string {
  const { fixture } = emulator;
  const accounts = (fixture.accounts ?? []).map(
    (account) =>
      `  ${account.accountId}  ${[account.operationUnsupported ? "operation unsupported" : "", account.notSubscribed ? "not subscribed" : ""].filter(Boolean).join(", ")}`,
  );
  const chosen = Object.entries(emulator.readings).map(([name, value]) => `  ${name}=${value}`);
  const readings = chosen.length === 0 ? ["  every default"] : chosen;
  const faults = emulator.faults.length === 0 ? ["  none (faithful)"] : emulator.faults.map((fault) => `  ${fault}`);
  return [
    `PutAuditEvents emulator listening on ${emulator.url} (region ${emulator.region})`,
    ...describeAuth(emulator),
    "Channels:",
    ...fixture.channels.map(describeChannel),
    ...(accounts.length > 0 ? ["Accounts:", ...accounts] : []),
    "Faults:",
    ...faults,
    "Readings:",
    ...readings,
    "Test it with (without credentials in the environment it signs with the fixture's caller key):",
    `  ${runCommandFor(emulator)}`,
    "",
  ].join("\n");
}
