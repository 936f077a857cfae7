/**
 * `--seed -5` as `--seed=-5`: node's parseArgs takes a value starting with a dash for a flag and refuses it as
 * ambiguous. Only a whole number after a flag that takes a value is joined; anything else is left as it is.
 */
export function joinNegativeValues(argv: readonly string[], valueFlags: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const next = argv[i + 1];
    if (
      valueFlags.includes(arg.replace(/^--/, "")) &&
      arg.startsWith("--") &&
      next !== undefined &&
      /^-\d+$/.test(next)
    ) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}
