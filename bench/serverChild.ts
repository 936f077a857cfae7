import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { startEmulator } from "../harness/emulator/startEmulator.ts";
import { benchTarget } from "./benchTarget.ts";
import { FIXED_ANSWER, sigV4FloorServer } from "./sigV4FloorServer.ts";

/**
 * Runs in its own process so the load generator and the servers do not share an event loop: the reference
 * emulator, verifying SigV4 as issue 16's goal asks, and, as the baseline, a bare node:http server that reads
 * the body and answers a fixed 200; and the floor between them, a node:http server that checks SigV4 and no more.
 */
const bare = createServer({ keepAliveTimeout: 5_000 }, (req, res) => {
  req.resume();
  req.on("end", () => res.writeHead(200, { "content-type": "application/json" }).end(FIXED_ANSWER));
});
const { region, credentials } = benchTarget("http://127.0.0.1");
const floor = sigV4FloorServer(region, credentials);
const listen = async (server: Server) => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};
const [bareUrl, floorUrl] = [await listen(bare), await listen(floor)];
const emulator = await startEmulator({ limits: { maxStoredEvents: 1_000 } });
process.stdout.write(`${JSON.stringify({ emulatorUrl: emulator.url, bareUrl, floorUrl })}\n`);
// The parent closes stdin to stop us; if it dies, stdin closes too.
process.stdin.resume();
process.stdin.on("end", () => {
  for (const server of [bare, floor]) {
    server.closeAllConnections();
    server.close();
  }
  void emulator.close().then(() => process.exit(0));
});
