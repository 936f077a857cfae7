/** The parts of a SigV4 `Authorization` header. */
export interface SigV4Authorization {
  accessKeyId: string;
  shortDate: string;
  region: string;
  service: string;
  signedHeaders: string[];
  signature: string;
}

const SIGV4 =
  /^AWS4-HMAC-SHA256 +Credential=([^/,\s]+)\/(\d{8})\/([^/,\s]+)\/([^/,\s]+)\/aws4_request, *SignedHeaders=([a-z0-9;_.-]+), *Signature=([0-9a-f]{64})$/;
const CREDENTIAL = /Credential=([^/,\s]+)\//;

/** A well-formed SigV4 header, or undefined when anything is missing or out of shape. */
export function parseAuthorization(header: string): SigV4Authorization | undefined {
  const match = SIGV4.exec(header.trim());
  if (match === null) return undefined;
  const [, accessKeyId = "", shortDate = "", region = "", service = "", signedHeaders = "", signature = ""] = match;
  return { accessKeyId, shortDate, region, service, signedHeaders: signedHeaders.split(";"), signature };
}

/** Just the access key id, read leniently: the emulator without signature checks accepts any shape. */
export function accessKeyIdOf(header: string | undefined): string | undefined {
  return header === undefined ? undefined : CREDENTIAL.exec(header)?.[1];
}
