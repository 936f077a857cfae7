/** A stream a command writes to; a real TTY sets isTTY. */
export interface OutputStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

/** What a command may touch of its process: streams and environment, so tests can pass their own. */
export interface CommandIo {
  stdout: OutputStream;
  stderr: OutputStream;
  env: NodeJS.ProcessEnv;
}
