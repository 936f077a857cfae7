import type { CaseRequest } from "../model/caseRequest.ts";
import { prepareRequest } from "../sender/prepareRequest.ts";
import type { ExportedRequest } from "./exportDocument.ts";

/** Any endpoint does: only the path, query, headers and body of the prepared request are kept. */
const PLACEHOLDER_ENDPOINT = "http://localhost";
/** Set by the transport or by signing: a replayer adds its own. */
const NOT_EXPORTED = new Set(["host", "authorization", "x-amz-date", "x-amz-content-sha256", "x-amz-security-token"]);

const UTF8 = new TextDecoder("utf-8", { fatal: true });

function bodyOf(bytes: Uint8Array): ExportedRequest["body"] {
  try {
    return { text: UTF8.decode(bytes) };
  } catch {
    return { base64: Buffer.from(bytes).toString("base64") };
  }
}

/** A case's request as the sender would send it (same bytes, same headers), unsigned and without credentials. */
export async function exportedRequest(request: CaseRequest): Promise<ExportedRequest> {
  const prepared = await prepareRequest(
    { endpoint: PLACEHOLDER_ENDPOINT, region: "us-east-1", credentials: { accessKeyId: "", secretAccessKey: "" } },
    { ...request, sign: false },
  );
  const [path = "", query = ""] = splitOnce(prepared.wirePath, "?");
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(prepared.sent.headers))
    if (!NOT_EXPORTED.has(name.toLowerCase())) headers[name] = value;
  return {
    method: prepared.sent.method,
    path,
    query,
    headers,
    body: bodyOf(prepared.sent.body),
    sign: request.sign !== false,
  };
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, ""] : [text.slice(0, at), text.slice(at + separator.length)];
}
