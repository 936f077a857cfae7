import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { join } from "node:path";

/**
 * An HTTPS server on 127.0.0.1 with a fresh self-signed certificate (made by openssl), answering every request
 * 400 with an empty JSON body. `caFile` is its certificate, for --ca-cert.
 */
export async function selfSignedServer(dir: string): Promise<{ server: Server; url: string; caFile: string }> {
  mkdirSync(dir, { recursive: true });
  const key = join(dir, "key.pem");
  const caFile = join(dir, "cert.pem");
  execFileSync(
    "openssl",
    ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", caFile, "-days", "1"].concat([
      "-subj",
      "/CN=127.0.0.1",
      "-addext",
      "subjectAltName=IP:127.0.0.1",
    ]),
    { stdio: "ignore" },
  );
  const server = createServer({ key: readFileSync(key), cert: readFileSync(caFile) }, (request, response) => {
    request.resume();
    request.on("end", () => response.writeHead(400, { "content-type": "application/json" }).end("{}"));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `https://127.0.0.1:${(server.address() as AddressInfo).port}`, caFile };
}
