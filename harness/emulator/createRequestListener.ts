import type { IncomingMessage, ServerResponse } from "node:http";
import type { Readable } from "node:stream";
import { adminRoutes, type EmulatorHealthInfo } from "./adminRoutes.ts";
import { DEFAULT_EMULATOR_LIMITS } from "./emulatorLimits.ts";
import type { EventStore } from "./eventStore.ts";
import { handlePutAuditEvents } from "./handlePutAuditEvents.ts";
import { answerThenLinger, type Linger } from "./lingeringClose.ts";
import { errorReply } from "./reply.ts";
import { requestHead } from "./requestHead.ts";
import type { EmulatorContext, RequestHead } from "./stages.ts";
import { writeResponse } from "./writeResponse.ts";
import { writeStreamedResponse } from "./writeStreamedResponse.ts";

export type EmulatorLog = (message: string, error: unknown) => void;

/**
 * Sees a request before the faithful pipeline (e.g. the client-checking mode): it either answers (and returns undefined)
 * or hands on the body it read, as a stream.
 */
export type RequestInterceptor = (
  req: IncomingMessage,
  res: ServerResponse,
  head: RequestHead,
) => Promise<Readable | undefined>;

/** The settings `GET /_emulator/health` reports, read from the context. */
function healthOf(ctx: EmulatorContext): EmulatorHealthInfo {
  return {
    region: ctx.fixture.region,
    auth: ctx.health?.auth ?? "sigv4",
    faults: ctx.health?.faults ?? [],
    durable: ctx.journal !== undefined,
    startedAt: ctx.health?.startedAt ?? "",
  };
}

const DEFAULT_LINGER: Linger = { ms: DEFAULT_EMULATOR_LIMITS.lingerMs, bytes: DEFAULT_EMULATOR_LIMITS.lingerBytes };

async function respond(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: EmulatorContext,
  store: EventStore,
  intercept: RequestInterceptor | undefined,
  linger: Linger,
) {
  const head = requestHead(req);
  const admin = adminRoutes(head, store, () => healthOf(ctx));
  if (admin !== undefined) {
    req.resume();
    if ("chunks" in admin) await writeStreamedResponse(res, admin);
    else writeResponse(res, admin);
    return;
  }
  const body = intercept === undefined ? req : await intercept(req, res, head);
  if (body === undefined) return;
  const reply = ctx.stages.finishReply(await handlePutAuditEvents(head, body, ctx, store));
  const wire = ctx.stages.encodeReply(reply, ctx);
  const extra = reply.kind === "error" ? reply.headers : undefined;
  const answer = extra === undefined ? wire : { ...wire, headers: { ...wire.headers, ...extra } };
  // A body abandoned past the size limit is still on the wire: the connection closes once it is drained.
  if (req.complete) writeResponse(res, answer);
  else answerThenLinger(req, res, answer, linger);
}

/**
 * The server's request handler. Input never makes it throw; if a bug does, the answer is a logged 500
 * InternalFailure and the connection is closed, since the body may not have been read to its end.
 */
export function createRequestListener(
  ctx: EmulatorContext,
  store: EventStore,
  log: EmulatorLog,
  intercept?: RequestInterceptor,
  linger: Linger = DEFAULT_LINGER,
) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    respond(req, res, ctx, store, intercept, linger).catch((error: unknown) => {
      if (req.destroyed && !req.complete) return void res.destroy();
      log(`emulator: unexpected failure on ${req.method} ${req.url}`, error);
      if (res.headersSent) return void res.destroy();
      const answer = ctx.stages.encodeReply(errorReply("InternalFailure", "An internal error occurred."), ctx);
      writeResponse(res, { ...answer, headers: { ...answer.headers, connection: "close" } });
    });
  };
}
