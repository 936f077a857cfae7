import type { Dispatcher } from "undici";
import type { ReceivedResponse } from "../model/exchange.ts";
import { responseHeaders } from "./responseHeaders.ts";

/** How one request ended: a response (its body capped), or an error and how far the answer had got. */
export type ResponseOutcome = { response: ReceivedResponse } | { response?: undefined; error: unknown; stage: string };

/**
 * undici's dispatch handler for one request: keeps the first `keep` body bytes and reads-and-drops the rest, so a
 * keep-alive connection stays usable; past `ceiling` bytes it aborts the request (undici drops the socket): draining
 * 50 MB would cost minutes, not memory. A handler rather than `request()`, whose body is a stream per response.
 */
export class CappedResponse implements Dispatcher.DispatchHandler {
  readonly outcome: Promise<ResponseOutcome>;
  private settle: (outcome: ResponseOutcome) => void = () => {};
  private settled = false;
  private controller: Dispatcher.DispatchController | undefined;
  /** Why the request was ended before undici had started it: applied as soon as it starts. */
  private cancelled: Error | undefined;
  private status: number | undefined;
  private headers: Record<string, string> = {};
  private readonly kept: Buffer[] = [];
  private keptBytes = 0;
  private bytesRead = 0;

  constructor(
    private readonly keep: number,
    private readonly ceiling: number,
  ) {
    this.outcome = new Promise((resolve) => {
      this.settle = resolve;
    });
  }

  /** Ends the request at once (its deadline, the run's Ctrl-C): the outcome is `reason`, at the stage reached. */
  cancel(reason: Error): void {
    if (this.settled) return;
    this.fail(reason);
    if (this.controller === undefined) this.cancelled = reason;
    else this.controller.abort(reason);
  }

  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.controller = controller;
    if (this.cancelled !== undefined) controller.abort(this.cancelled);
  }

  onResponseStart(
    _controller: Dispatcher.DispatchController,
    statusCode: number,
    headers: Record<string, string | string[] | undefined>,
  ): void {
    // 1xx answers are informational: the final answer follows.
    if (statusCode < 200) return;
    this.status = statusCode;
    this.headers = responseHeaders(headers);
  }

  onResponseData(controller: Dispatcher.DispatchController, chunk: Buffer): void {
    this.bytesRead += chunk.byteLength;
    if (this.keptBytes < this.keep) {
      const slice =
        chunk.byteLength <= this.keep - this.keptBytes ? chunk : chunk.subarray(0, this.keep - this.keptBytes);
      this.kept.push(slice);
      this.keptBytes += slice.byteLength;
    }
    if (this.bytesRead > this.ceiling && !this.settled) {
      this.succeed(true);
      controller.abort(new Error(`the response body passed ${this.ceiling} bytes: abandoned`));
    }
  }

  onResponseEnd(): void {
    this.succeed(false);
  }

  onResponseError(_controller: Dispatcher.DispatchController | undefined, error: Error): void {
    this.fail(error);
  }

  private succeed(abandoned: boolean): void {
    if (this.settled) return;
    if (this.status === undefined) {
      this.fail(new Error("the response ended without a status"));
      return;
    }
    this.settled = true;
    const declared = Number(this.headers["content-length"]);
    this.settle({
      response: {
        status: this.status,
        headers: this.headers,
        // One chunk (most answers) is kept as undici handed it: it is a view of a socket read no one reuses.
        body: this.kept.length === 1 ? (this.kept[0] as Buffer) : Buffer.concat(this.kept),
        bodyBytes: abandoned && Number.isSafeInteger(declared) ? Math.max(declared, this.bytesRead) : this.bytesRead,
        bodyTruncated: this.bytesRead > this.keptBytes,
      },
    });
  }

  private fail(error: unknown): void {
    if (this.settled) return;
    this.settled = true;
    const stage =
      this.status === undefined
        ? "before the response headers"
        : `after status ${this.status} and ${this.bytesRead} body bytes`;
    this.settle({ error, stage });
  }
}
