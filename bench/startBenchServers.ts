import { firstJsonLine, spawnBenchChild } from "./childProcess.ts";
import { processCpuSeconds } from "./processCpuSeconds.ts";

export interface BenchServers {
  emulatorUrl: string;
  bareUrl: string;
  /** A node:http server that checks SigV4 signatures and does nothing else (see sigV4FloorServer). */
  floorUrl: string;
  /** CPU seconds the servers' process has used so far (undefined without /proc): all three servers share it. */
  cpuSeconds(): number | undefined;
  close(): Promise<void>;
}

/** The emulator, the bare baseline server and the SigV4 floor, in a child process of their own. */
export async function startBenchServers(): Promise<BenchServers> {
  const child = spawnBenchChild("serverChild.ts");
  const urls = await firstJsonLine<{ emulatorUrl: string; bareUrl: string; floorUrl: string }>(child);
  return {
    ...urls,
    cpuSeconds: () => (child.pid === undefined ? undefined : processCpuSeconds(child.pid)),
    close: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.stdin?.end();
      }),
  };
}
