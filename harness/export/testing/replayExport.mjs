// A plain-Node replayer of an exported catalogue, as a team in another language would write one: it reads
// catalogue.json, sends every request (SigV4-signed when asked) and prints, per instance, the status and the
// restJson1 error name. Usage: node replayExport.mjs catalogue.json ENDPOINT (credentials from AWS_* variables).
import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { Sha256 } from "@aws-crypto/sha256-js";
import { SignatureV4 } from "@smithy/signature-v4";
import { request as send } from "undici";

const [file, endpoint] = process.argv.slice(2);
const doc = JSON.parse(readFileSync(file, "utf8"));
const { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey } = process.env;
const signer = new SignatureV4({
  service: doc.service.signingName,
  region: doc.region,
  sha256: Sha256,
  credentials: { accessKeyId, secretAccessKey },
});
const url = new URL(endpoint);
const nameOf = (raw) => raw?.split(":")[0].split("#").pop() || undefined;
const results = [];
for (const entry of doc.cases) {
  for (const [index, { request }] of entry.instances.entries()) {
    const body =
      "text" in request.body ? Buffer.from(request.body.text, "utf8") : Buffer.from(request.body.base64, "base64");
    const query = Object.fromEntries(new URLSearchParams(request.query));
    const unsigned = {
      method: request.method,
      protocol: url.protocol,
      hostname: url.hostname,
      port: Number(url.port),
      path: request.path,
      query,
      headers: { ...request.headers, host: url.host },
      body,
    };
    const { headers } = request.sign ? await signer.sign(unsigned) : unsigned;
    delete headers.host;
    delete headers["content-length"];
    const chunked = headers["transfer-encoding"] === "chunked";
    delete headers["transfer-encoding"];
    const target = `${url.origin}${request.path}${request.query ? `?${request.query}` : ""}`;
    // undici (the HTTP client inside Node) reads an answer a server gives before the body is all sent, as an early
    // refusal of an oversized body is; a stream body goes out chunked, as the instance asks.
    const response = await send(target, {
      method: request.method,
      headers,
      body: chunked ? Readable.from([body]) : body,
      headersTimeout: 10_000,
      bodyTimeout: 10_000,
    });
    const text = await response.body.text();
    let json = {};
    try {
      json = JSON.parse(text);
    } catch {}
    const errorName = nameOf(response.headers["x-amzn-errortype"] ?? json?.code ?? json?.__type);
    results.push({ caseId: entry.id, index, status: response.statusCode, ...(errorName ? { errorName } : {}) });
  }
}
process.stdout.write(`${JSON.stringify(results)}\n`);
