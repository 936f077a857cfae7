import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/** Starts `bench/<file>` under tsx in a fresh node process, stdout piped, stderr inherited. */
export function spawnBenchChild(file: string, args: readonly string[] = []): ChildProcess {
  const path = fileURLToPath(new URL(file, import.meta.url));
  return spawn(process.execPath, ["--import", "tsx", path, ...args], { stdio: ["pipe", "pipe", "inherit"] });
}

/** The first line the child writes on stdout, parsed as JSON; rejects if it exits first. */
export function firstJsonLine<T>(child: ChildProcess): Promise<T> {
  return new Promise((resolve, reject) => {
    let text = "";
    const onData = (chunk: Buffer) => {
      text += chunk.toString("utf8");
      const end = text.indexOf("\n");
      if (end < 0) return;
      child.stdout?.off("data", onData);
      child.off("exit", onExit);
      try {
        resolve(JSON.parse(text.slice(0, end)) as T);
      } catch (error) {
        reject(error);
      }
    };
    const onExit = (code: number | null) => reject(new Error(`bench child exited with ${code} before answering`));
    child.stdout?.on("data", onData);
    child.once("exit", onExit);
  });
}
