import type { ServerResponse } from "node:http";

const CHUNK = Buffer.alloc(64 * 1024, 0x61);

/** Writes `total` bytes as fast as the client reads them, and stops when the client goes away. */
export function streamBytes(res: ServerResponse, total: number): void {
  let sent = 0;
  const pump = (): void => {
    while (sent < total && !res.destroyed) {
      sent += CHUNK.byteLength;
      if (!res.write(CHUNK)) return void res.once("drain", pump);
    }
    res.end();
  };
  pump();
}
