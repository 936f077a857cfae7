import { Sha256 } from "@aws-crypto/sha256-js";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import { SERVICE } from "../../../generated/constants.ts";
import type { RunningEmulator } from "../startEmulator.ts";

/** The headers a SigV4 client sends for this POST to the emulator, signed with the emulator's caller key. */
export async function signRequest(
  emulator: RunningEmulator,
  query: Record<string, string>,
  body: string,
): Promise<Record<string, string>> {
  const signer = new SignatureV4({
    credentials: emulator.credentials,
    region: emulator.region,
    service: SERVICE.signingName,
    sha256: Sha256,
  });
  const request = new HttpRequest({
    method: "POST",
    hostname: "127.0.0.1",
    port: emulator.port,
    path: "/PutAuditEvents",
    query,
    headers: { host: `127.0.0.1:${emulator.port}`, "content-type": "application/json" },
    body,
  });
  const signed = await signer.sign(request);
  return Object.fromEntries(Object.entries(signed.headers).filter(([name]) => name !== "host"));
}
