import { connect } from "node:net";
import { CliError } from "./cliError.ts";

/** Fails fast with one line when nothing listens at the endpoint, instead of timing out every case. */
export async function checkReachable(endpoint: string, timeoutMs: number): Promise<void> {
  const url = new URL(endpoint);
  const port = Number(url.port || (url.protocol === "https:" ? 443 : 80));
  const host = url.hostname.replace(/^\[|\]$/g, "");
  await new Promise<void>((resolve, reject) => {
    const socket = connect({ host, port, timeout: Math.min(timeoutMs, 5_000) });
    const fail = (reason: string) => {
      socket.destroy();
      reject(new CliError(`cannot reach ${endpoint}: ${reason}`));
    };
    socket.once("connect", () => {
      socket.end();
      resolve();
    });
    socket.once("timeout", () => fail("connection timed out"));
    socket.once("error", (error: NodeJS.ErrnoException) => fail(error.code ?? error.message));
  });
}
