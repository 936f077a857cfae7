import { timingSafeEqual } from "node:crypto";
import { Sha256 } from "@aws-crypto/sha256-js";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import { SERVICE } from "../../../generated/constants.ts";
import type { EmulatorKey } from "../emulatorFixture.ts";
import { type ErrorReply, errorReply } from "../reply.ts";
import type { BodyRead, Caller, EmulatorContext, RequestHead } from "../stages.ts";
import { parseAuthorization, type SigV4Authorization } from "./parseAuthorization.ts";

const AMZ_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;
const PAYLOAD_HASH_HEADER = "x-amz-content-sha256";

function signingDate(amzDate: string): Date | undefined {
  const [, year, month, day, hour, minute, second] = AMZ_DATE.exec(amzDate) ?? [];
  if (second === undefined) return undefined;
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second)));
}

function decodeLeniently(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function queryOf(rawQuery: string): Record<string, string | string[]> {
  const query: Record<string, string[]> = Object.create(null);
  for (const pair of rawQuery.split("&").filter((part) => part !== "")) {
    const [name = "", ...rest] = pair.split("=");
    const key = decodeLeniently(name);
    query[key] = [...(query[key] ?? []), decodeLeniently(rest.join("="))];
  }
  return Object.fromEntries(
    Object.entries(query).map(([key, list]) => [key, list.length === 1 ? (list[0] ?? "") : list]),
  );
}

/** Re-signs the request as the client should have, with the fixture's secret, and returns the signature. */
async function expectedSignature(
  head: RequestHead,
  body: BodyRead,
  auth: SigV4Authorization,
  key: EmulatorKey,
  date: Date,
  region: string,
) {
  const headers: Record<string, string> = {};
  for (const name of auth.signedHeaders) headers[name] = head.headers[name] ?? "";
  // The signer takes the payload hash from this header; when the client did not sign it, it is only that.
  const unsignable = new Set<string>();
  if (!(PAYLOAD_HASH_HEADER in headers)) {
    headers[PAYLOAD_HASH_HEADER] = body.sha256Hex;
    unsignable.add(PAYLOAD_HASH_HEADER);
  }
  const request = new HttpRequest({
    method: head.method,
    hostname: headers.host ?? "",
    path: head.rawPath,
    query: queryOf(head.rawQuery),
    headers,
  });
  const signer = new SignatureV4({
    credentials: { accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey },
    region,
    service: SERVICE.signingName,
    sha256: Sha256,
  });
  const signed = await signer.sign(request, {
    signingDate: date,
    signableHeaders: new Set(auth.signedHeaders),
    unsignableHeaders: unsignable,
  });
  return /Signature=([0-9a-f]+)/.exec(String(signed.headers.authorization))?.[1] ?? "";
}

function sameSignature(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/** Strict SigV4: the signature must be the one the fixture's secret gives for this exact request and body. */
export async function verifySignature(
  head: RequestHead,
  body: BodyRead,
  ctx: EmulatorContext,
): Promise<Caller | ErrorReply> {
  const header = head.headers.authorization;
  if (header === undefined) return errorReply("MissingAuthenticationTokenException", "Missing Authentication Token");
  const auth = parseAuthorization(header);
  const date = signingDate(head.headers["x-amz-date"] ?? "");
  const unsentHeader = auth?.signedHeaders.find((name) => head.headers[name] === undefined);
  if (auth === undefined || date === undefined || !auth.signedHeaders.includes("host") || unsentHeader !== undefined) {
    return errorReply(
      "IncompleteSignature",
      "The Authorization header, X-Amz-Date or a signed header is missing or malformed.",
    );
  }
  const key = ctx.fixture.keys.find((candidate) => candidate.accessKeyId === auth.accessKeyId);
  if (key === undefined)
    return errorReply("UnrecognizedClientException", "The security token included in the request is invalid.");
  const sentHash = head.headers[PAYLOAD_HASH_HEADER];
  const bodyMatchesHash = sentHash === undefined || sentHash === "UNSIGNED-PAYLOAD" || sentHash === body.sha256Hex;
  const expected = await expectedSignature(head, body, auth, key, date, ctx.fixture.region);
  if (!bodyMatchesHash || !sameSignature(expected, auth.signature)) {
    return errorReply(
      "InvalidSignatureException",
      "The request signature we calculated does not match the signature you provided.",
    );
  }
  return { accountId: key.accountId, accessKeyId: key.accessKeyId };
}
