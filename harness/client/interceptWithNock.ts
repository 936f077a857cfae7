import { syncBuiltinESMExports } from "node:module";
import type Nock from "nock";
import { request } from "undici";
import { importOptionalPeer } from "../model/optionalPeer.ts";
import { nockRequestBody } from "./nockRequestBody.ts";

type NockRequest = Nock.ReplyFnContext["req"];
type Forwarded = { headers: Record<string, string>; body: Uint8Array };

/** The only hosts the process may reach while nock intercepts: the scripted emulator's. */
const LOOPBACK = /^(?:127\.0\.0\.1|localhost)(?::\d+)?$/;
/** Every request to the origin is forwarded, so a wrong method or path reaches the request checks. */
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
/** They describe the client's connection to nock, not the request; undici refuses most of them. */
const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "upgrade", "expect"]);

/**
 * nock patches the `http` and `https` module objects; syncing the builtins' ESM exports lets it reach a client
 * that did `import { request } from "node:https"`, and puts the originals back there afterwards.
 */
function patched(nock: typeof Nock, on: boolean): void {
  if (on) nock.activate();
  else nock.restore();
  syncBuiltinESMExports();
}

let loaded: Promise<typeof Nock> | undefined;

/**
 * nock, an optional peer dependency, loaded on first use (a missing package is a MissingPeerDependencyError).
 * nock patches Node's HTTP stack on import; the harness wants it patched only while a call is intercepted.
 */
function nockModule(): Promise<typeof Nock> {
  loaded ??= importOptionalPeer("nock", "client checking with --interception nock", async () => {
    const { default: nock } = await import("nock");
    patched(nock, false);
    return nock;
  });
  return loaded;
}

/** Loads nock ahead of the first call, so that a missing package ends a check before any scenario runs. */
export async function loadNock(): Promise<void> {
  await nockModule();
}

/** Calls in flight: a call that timed out may still hold the interception when the next one starts. */
let active = 0;

function endToEnd(headers: Record<string, string | string[] | undefined>): Record<string, string | string[]> {
  const kept: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers))
    if (value !== undefined && !HOP_BY_HOP.has(name.toLowerCase())) kept[name] = value;
  return kept;
}

async function forward(target: string, method: string, path: string, sent: Forwarded) {
  const answer = await request(`${new URL(target).origin}${path}`, {
    method,
    headers: endToEnd(sent.headers),
    body: method === "GET" || method === "HEAD" ? null : sent.body,
  });
  const body = Buffer.from(await answer.body.arrayBuffer());
  return [answer.statusCode, body, endToEnd(answer.headers)] as const;
}

/**
 * Runs `call` while nock intercepts every request to `origin` and forwards it, with its method, path and
 * query, headers (the original `host` included, so a signature still verifies) and exact body, to `target`
 * on 127.0.0.1, and replays the answer. Any other host is refused with NetConnectNotAllowedError. nock is
 * cleaned and Node's HTTP stack restored afterwards, whether `call` resolves or throws.
 */
export async function interceptWithNock<T>(origin: string, target: string, call: () => Promise<T>): Promise<T> {
  const nock = await nockModule();
  if (active === 0) {
    patched(nock, true);
    nock.disableNetConnect();
    nock.enableNetConnect(LOOPBACK);
  }
  active += 1;
  const sent = new WeakMap<NockRequest, Forwarded>();
  const scope = nock(origin).persist();
  // nock JSON-parses a JSON body before it calls a reply function, and throws outside any promise when the
  // body does not parse: the exact request is kept here, and nock is shown no content type.
  scope.on("request", (req: NockRequest, _interceptor: unknown, body: string) => {
    sent.set(req, { headers: { ...req.headers }, body: nockRequestBody(body) });
    delete req.headers["content-type"];
  });
  const interceptors = METHODS.map((method) => scope.intercept(() => true, method));
  // A promise-returning reply function: nock would take a function of three parameters for the callback form.
  for (const interceptor of interceptors)
    interceptor.reply(function (path) {
      const forwarded = sent.get(this.req);
      if (forwarded === undefined) throw new Error(`nock replayed ${path} without its request`);
      return forward(target, this.req.method, path, forwarded);
    });
  try {
    return await call();
  } finally {
    for (const interceptor of interceptors) nock.removeInterceptor(interceptor);
    active -= 1;
    if (active === 0) {
      nock.cleanAll();
      nock.enableNetConnect();
      patched(nock, false);
    }
  }
}
