import { measureProcess, type ProcessCommand, type ProcessUsage } from "./measureProcess.ts";

/** The fixed CPU work every whole-process figure is set beside: SHA-256 of 1 GiB, in a node process of its own. */
export const YARDSTICK_NAME = "yardstick: SHA-256 of 1 GiB in a node child";

const HASH_GIB = `
const { createHash } = require("node:crypto");
const chunk = Buffer.alloc(1024 * 1024, 0x5a);
const hash = createHash("sha256");
for (let i = 0; i < 1024; i += 1) hash.update(chunk);
process.stdout.write(hash.digest("hex"));
`;

export const YARDSTICK_COMMAND: ProcessCommand = {
  command: process.execPath,
  args: ["-e", HASH_GIB],
  cwd: process.cwd(),
  timeoutMs: 120_000,
};

/** Times the yardstick once, as a whole process. */
export async function measureYardstick(): Promise<ProcessUsage> {
  const usage = await measureProcess(YARDSTICK_COMMAND);
  if (usage.exitCode !== 0) throw new Error(`the yardstick exited with ${usage.exitCode}`);
  return usage;
}
