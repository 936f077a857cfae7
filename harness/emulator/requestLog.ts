import type { IncomingMessage, ServerResponse } from "node:http";

/** One answered request, as `--log json` prints it. Never a header value: signatures and tokens stay out. */
export interface RequestLogLine {
  time: string;
  method: string;
  path: string;
  status: number;
  error?: string;
  accessKeyId?: string;
  requestId?: string;
  durationMs: number;
}

const ACCESS_KEY = /Credential=([^/,\s]+)\//;
/** The key id of the header, or of a presigned query (`X-Amz-Credential=AKID%2F...`). */
const keyOf = (req: IncomingMessage) =>
  ACCESS_KEY.exec(req.headers.authorization ?? "")?.[1] ??
  /X-Amz-Credential=([^%&/]+)(%2F|\/)/.exec(req.url ?? "")?.[1];

/** Wraps a request listener so that `log` sees one line per answered request. */
export function withRequestLog(
  listener: (req: IncomingMessage, res: ServerResponse) => void,
  log: ((line: RequestLogLine) => void) | undefined,
) {
  if (log === undefined) return listener;
  return (req: IncomingMessage, res: ServerResponse): void => {
    const started = performance.now();
    // Headers given to writeHead are not readable back with getHeader: keep a copy on the way out.
    let written: Record<string, unknown> = {};
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
    res.writeHead = ((...args: unknown[]) => {
      const headers = args.find((arg) => typeof arg === "object" && arg !== null && !Array.isArray(arg));
      if (headers !== undefined) written = headers as Record<string, unknown>;
      return writeHead(...args);
    }) as typeof res.writeHead;
    res.once("finish", () => {
      const error = written["x-amzn-errortype"] ?? res.getHeader("x-amzn-errortype");
      const requestId = written["x-amzn-requestid"] ?? res.getHeader("x-amzn-requestid");
      const accessKeyId = keyOf(req);
      log({
        time: new Date().toISOString(),
        method: req.method ?? "",
        path: (req.url ?? "").split("?")[0] ?? "",
        status: res.statusCode,
        ...(typeof error === "string" ? { error } : {}),
        ...(accessKeyId === undefined ? {} : { accessKeyId }),
        ...(typeof requestId === "string" ? { requestId } : {}),
        durationMs: Math.round((performance.now() - started) * 10) / 10,
      });
    });
    listener(req, res);
  };
}
