import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { startEmulator } from "../harness/emulator/startEmulator.ts";

/**
 * Runs in its own process so the load generator and the servers do not share an event loop: the reference
 * emulator, verifying SigV4 as issue 16's goal asks, and, as the baseline, a bare node:http server that reads
 * the body and answers a fixed 200.
 */
const FIXED = '{"successful":[],"failed":[]}';
const bare = createServer({ keepAliveTimeout: 5_000 }, (req, res) => {
  req.resume();
  req.on("end", () => res.writeHead(200, { "content-type": "application/json" }).end(FIXED));
});
await new Promise<void>((resolve) => bare.listen(0, "127.0.0.1", resolve));
const emulator = await startEmulator({ limits: { maxStoredEvents: 1_000 } });
const { port } = bare.address() as AddressInfo;
process.stdout.write(`${JSON.stringify({ emulatorUrl: emulator.url, bareUrl: `http://127.0.0.1:${port}` })}\n`);
// The parent closes stdin to stop us; if it dies, stdin closes too.
process.stdin.resume();
process.stdin.on("end", () => {
  bare.closeAllConnections();
  bare.close();
  void emulator.close().then(() => process.exit(0));
});
