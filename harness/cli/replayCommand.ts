import { triggerFixtureArgs } from "../model/fixtureFlags.ts";
import type { RunOptions } from "./runOptions.ts";

/** The command line that reproduces a run (secrets left to the environment). */
export function replayCommand(options: RunOptions): string {
  const parts = ["npx pae-conformance run"];
  const add = (flag: string, value: string | number | undefined) => {
    if (value !== undefined) parts.push(`--${flag} '${String(value).replaceAll("'", "'\\''")}'`);
  };
  add("endpoint", options.endpoint);
  add("region", options.region);
  add("channel-arn", options.channelArn);
  add("external-id-channel-arn", options.externalIdChannelArn);
  if (options.externalIdChannelArn) parts.push('--external-id "$PAE_EXTERNAL_ID"');
  add("foreign-channel-arn", options.foreignChannelArn);
  const trigger = triggerFixtureArgs(
    options.triggerFixtures,
    (flag) => `"$PAE_${flag.toUpperCase().replaceAll("-", "_")}"`,
  );
  for (let at = 0; at < trigger.length; at += 2) {
    const value = trigger[at + 1] ?? "";
    if (value.startsWith('"$PAE_')) parts.push(`${trigger[at]} ${value}`);
    else add(String(trigger[at]).slice(2), value);
  }
  for (const fault of options.faults) add("fault", fault);
  add("seed", options.seed);
  add("runs", options.runs);
  return parts.join(" ");
}
