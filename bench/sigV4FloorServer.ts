import { createHmac, hash, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";

/** What the baseline servers answer: a PutAuditEvents success with nothing in it. */
export const FIXED_ANSWER = '{"successful":[],"failed":[]}';
const AUTHORIZATION =
  /^AWS4-HMAC-SHA256 Credential=[^/]+\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/;

const hmac = (key: string | Buffer, data: string) => createHmac("sha256", key).update(data).digest();

/** True when the request's header signature is the one `secret` gives for its bytes. */
function signedBy(secret: string, keys: Map<string, Buffer>, req: IncomingMessage, body: Buffer): boolean {
  const match = AUTHORIZATION.exec(req.headers.authorization ?? "");
  const [, date = "", region = "", service = "", signedHeaders = "", signature = ""] = match ?? [];
  const amzDate = req.headers["x-amz-date"];
  if (match === null || typeof amzDate !== "string") return false;
  const scope = `${date}/${region}/${service}/aws4_request`;
  let key = keys.get(scope);
  if (key === undefined) {
    key = [region, service, "aws4_request"].reduce((k, part) => hmac(k, part), hmac(`AWS4${secret}`, date));
    keys.set(scope, key);
  }
  const url = req.url ?? "/";
  const question = url.indexOf("?");
  let canonical = `${req.method}\n${question < 0 ? url : url.slice(0, question)}\n${question < 0 ? "" : url.slice(question + 1)}\n`;
  for (const name of signedHeaders.split(";")) canonical += `${name}:${req.headers[name] ?? ""}\n`;
  canonical += `\n${signedHeaders}\n${hash("sha256", body, "hex")}`;
  const toSign = `AWS4-HMAC-SHA256\n${amzDate}\n${scope}\n${hash("sha256", canonical, "hex")}`;
  return timingSafeEqual(hmac(key, toSign), Buffer.from(signature, "hex"));
}

/**
 * The floor under the emulator's rate: a node:http server that does no more than SigV4 strictly needs (hash the
 * body, hash the canonical request, one HMAC with a cached signing key) and answers a fixed 200, or 403. It trusts
 * the path, query and header values to be canonical already and checks no clock: only a bench request passes.
 */
export function sigV4FloorServer(secretAccessKey: string): Server {
  const keys = new Map<string, Buffer>();
  return createServer({ keepAliveTimeout: 5_000 }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const status = signedBy(secretAccessKey, keys, req, Buffer.concat(chunks)) ? 200 : 403;
      res.writeHead(status, { "content-type": "application/json" }).end(FIXED_ANSWER);
    });
  });
}
