import { connect } from "node:net";

/** Writes raw bytes to the server and returns everything it sent until it closed the connection. */
export function rawExchange(port: number, data: string, endWrite = false): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("close", () => resolve(Buffer.concat(chunks).toString("latin1")));
    socket.write(data, () => {
      if (endWrite) socket.end();
    });
  });
}
