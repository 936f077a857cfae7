import { createServer, type Server } from "node:http";
import { SERVICE } from "../generated/constants.ts";
import { requestHead } from "../harness/emulator/requestHead.ts";
import type { Credentials } from "../harness/model/target.ts";
import { sha256Hex } from "../harness/protocol/sigV4/canonicalRequest.ts";
import { verifySigV4Request } from "../harness/protocol/sigV4/verifySigV4Request.ts";

/** What the baseline servers answer: a PutAuditEvents success with nothing in it. */
export const FIXED_ANSWER = '{"successful":[],"failed":[]}';

/**
 * The floor under the emulator's rate: a node:http server that reads the request as the emulator does and checks
 * its SigV4 signature with the emulator's own verifier (scope, clock, signature) and does nothing else, answering
 * a fixed 200, or 403. What it costs is what SigV4 alone takes of the emulator's budget.
 */
export function sigV4FloorServer(region: string, credentials: Credentials): Server {
  const want = { region, service: SERVICE.signingName };
  const known = (accessKeyId: string) =>
    accessKeyId === credentials.accessKeyId ? { secretAccessKey: credentials.secretAccessKey } : undefined;
  return createServer({ keepAliveTimeout: 5_000 }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const request = { ...requestHead(req), bodySha256Hex: sha256Hex(Buffer.concat(chunks)) };
      const verdict = verifySigV4Request(request, { ...want, now: new Date() }, known);
      res.writeHead(verdict.kind === "verified" ? 200 : 403, { "content-type": "application/json" }).end(FIXED_ANSWER);
    });
  });
}
