import type { EmulatorLimits } from "../emulator/emulatorLimits.ts";
import { CliError } from "./cliError.ts";

/** The event store's bounds: a flag wins over its environment variable, which wins over the default. */
const STORE_LIMITS = [
  { flag: "max-stored-events", env: "PAE_EMULATOR_MAX_STORED_EVENTS", key: "maxStoredEvents" },
  { flag: "max-stored-bytes", env: "PAE_EMULATOR_MAX_STORED_BYTES", key: "maxStoredBytes" },
] as const;

export type StoreLimitFlags = Partial<Record<(typeof STORE_LIMITS)[number]["flag"], string>>;

/** The parseArgs declarations of the store flags. */
export const STORE_LIMIT_OPTIONS = {
  "max-stored-events": { type: "string" },
  "max-stored-bytes": { type: "string" },
} as const;

/** `--max-stored-events` / `--max-stored-bytes`, else their `PAE_EMULATOR_*` variables; a bad value is a CliError. */
export function emulatorStoreLimits(flags: StoreLimitFlags, env: NodeJS.ProcessEnv): Partial<EmulatorLimits> {
  const limits: Partial<EmulatorLimits> = {};
  for (const { flag, env: variable, key } of STORE_LIMITS) {
    const fromFlag = flags[flag];
    const text = fromFlag ?? env[variable];
    if (text === undefined || text === "") continue;
    const value = /^\d{1,15}$/.test(text) ? Number(text) : Number.NaN;
    if (Number.isNaN(value)) {
      const source = fromFlag === undefined ? variable : `--${flag}`;
      throw new CliError(`${source} takes a whole number of 0 or more, got "${text}"`);
    }
    limits[key] = value;
  }
  return limits;
}
