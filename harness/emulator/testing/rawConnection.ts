import { connect, type Socket } from "node:net";

export interface RawOutcome {
  /** Everything the server sent, as latin1. */
  text: string;
  /** The server closed or reset the connection (false: the bound ran out first). */
  closed: boolean;
  /** The server reset the connection (closed it with bytes of ours unread) rather than closing it in order. */
  reset: boolean;
  elapsedMs: number;
}

/** A raw TCP connection to a local server, for requests no HTTP client would send: stalls, lies, floods. */
export interface RawConnection {
  socket: Socket;
  /** Resolves when the server closes or resets the connection, or when `boundMs` runs out (a safety bound). */
  outcome(boundMs: number): Promise<RawOutcome>;
  /** Resolves true when the first bytes of an answer arrive, false if the connection closes or the bound runs out. */
  answered(boundMs: number): Promise<boolean>;
  /** Writes, waiting while the socket is full; false once the server has closed or reset the connection. */
  write(data: string | Buffer): Promise<boolean>;
  hasAnswer(): boolean;
}

/** Connects to 127.0.0.1:port; resolves once connected. */
export function rawConnection(port: number): Promise<RawConnection> {
  const socket = connect(port, "127.0.0.1");
  const started = performance.now();
  const chunks: Buffer[] = [];
  let ended = false;
  let reset = false;
  const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
  socket.on("data", (chunk) => chunks.push(chunk));
  // A reset is one way of closing: the outcome says what arrived before it.
  socket.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "ECONNRESET" || error.code === "EPIPE") reset = true;
  });
  void closed.then(() => {
    ended = true;
  });
  const within = <T>(boundMs: number, event: Promise<T>, late: T): Promise<T> => {
    let timer: NodeJS.Timeout | undefined;
    const bound = new Promise<T>((resolve) => {
      timer = setTimeout(() => resolve(late), boundMs);
    });
    return Promise.race([event, bound]).finally(() => clearTimeout(timer));
  };
  const connection: RawConnection = {
    socket,
    outcome: async (boundMs) => {
      const didClose = await within(
        boundMs,
        closed.then(() => true),
        false,
      );
      return {
        text: Buffer.concat(chunks).toString("latin1"),
        closed: didClose,
        reset,
        elapsedMs: performance.now() - started,
      };
    },
    answered: (boundMs) =>
      within(
        boundMs,
        new Promise<boolean>((resolve) => {
          if (chunks.length > 0) return resolve(true);
          socket.once("data", () => resolve(true));
          void closed.then(() => resolve(chunks.length > 0));
        }),
        false,
      ),
    write: (data) =>
      new Promise((resolve) => {
        if (ended || socket.destroyed) return resolve(false);
        if (socket.write(data)) return resolve(true);
        const settle = (open: boolean) => {
          socket.off("drain", onDrain);
          resolve(open);
        };
        const onDrain = () => settle(true);
        socket.on("drain", onDrain);
        void closed.then(() => settle(false));
      }),
    hasAnswer: () => chunks.length > 0,
  };
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(connection));
    socket.once("error", reject);
  });
}
