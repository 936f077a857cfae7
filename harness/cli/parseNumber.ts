import { CliError } from "./cliError.ts";

/** A whole number flag within bounds, or a one-line usage error. */
export function parseNumber(flag: string, value: string | number, min: number, max: number): number {
  const number = typeof value === "number" ? value : Number(value);
  if (!Number.isInteger(number) || number < min || number > max) {
    throw new CliError(`--${flag} takes a whole number from ${min} to ${max}, got "${value}"`);
  }
  return number;
}
