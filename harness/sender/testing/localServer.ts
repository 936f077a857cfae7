import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/** What a test server saw, byte for byte. */
export interface ReceivedRequest {
  method: string;
  /** The request target as written on the request line. */
  url: string;
  headers: Record<string, string>;
  body: Buffer;
}

export type Responder = (request: ReceivedRequest, res: ServerResponse, socket: Socket) => void;

export interface LocalServer {
  endpoint: string;
  port: number;
  received: ReceivedRequest[];
  /** TCP connections accepted so far: keep-alive means one for many requests. */
  connections(): number;
  close(): Promise<void>;
}

const OK: Responder = (_request, res) => {
  res.writeHead(200, { "content-type": "application/json" }).end('{"successful":[],"failed":[]}');
};

function flatHeaders(req: IncomingMessage): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) result[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return result;
}

/** A node:http server on 127.0.0.1 for sender tests; the responder may misbehave on purpose. */
export async function startLocalServer(respond: Responder = OK): Promise<LocalServer> {
  const received: ReceivedRequest[] = [];
  const sockets = new Set<Socket>();
  let connections = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const request = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: flatHeaders(req),
        body: Buffer.concat(chunks),
      };
      received.push(request);
      respond(request, res, req.socket);
    });
  });
  server.on("connection", (socket: Socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    received,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
