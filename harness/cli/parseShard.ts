import { CliError } from "./cliError.ts";

/** `--shard i/n` with 1 ≤ i ≤ n. */
export function parseShard(value: string): { index: number; total: number } {
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const total = Number(match?.[2]);
  if (!match || index < 1 || total < 1 || index > total) {
    throw new CliError(`--shard takes i/n with 1 <= i <= n, got "${value}"`);
  }
  return { index, total };
}
