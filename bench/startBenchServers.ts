import { firstJsonLine, spawnBenchChild } from "./childProcess.ts";

export interface BenchServers {
  emulatorUrl: string;
  bareUrl: string;
  close(): Promise<void>;
}

/** The emulator and the bare baseline server, in a child process of their own. */
export async function startBenchServers(): Promise<BenchServers> {
  const child = spawnBenchChild("serverChild.ts");
  const urls = await firstJsonLine<{ emulatorUrl: string; bareUrl: string }>(child);
  return {
    ...urls,
    close: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.stdin?.end();
      }),
  };
}
