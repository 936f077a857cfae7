// Preloaded into every node process of a measured command (NODE_OPTIONS=--import): at exit, each process appends
// its own peak RSS and CPU time to PAE_BENCH_USAGE_FILE, so the bench sees the whole tree without /usr/bin/time.
import { appendFileSync } from "node:fs";

const file = process.env.PAE_BENCH_USAGE_FILE;
if (file) {
  process.once("exit", () => {
    const usage = process.resourceUsage();
    const line = {
      pid: process.pid,
      maxRssKiB: usage.maxRSS,
      userUs: usage.userCPUTime,
      systemUs: usage.systemCPUTime,
    };
    appendFileSync(file, `${JSON.stringify(line)}\n`);
  });
}
