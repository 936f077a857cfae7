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
  for (const fault of options.faults) add("fault", fault);
  add("seed", options.seed);
  add("runs", options.runs);
  return parts.join(" ");
}
