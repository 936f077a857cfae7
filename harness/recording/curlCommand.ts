import { SERVICE } from "../../generated/constants.ts";
import type { SentRequest } from "../model/exchange.ts";
import { printfLiteral } from "./printfLiteral.ts";
import { redactHeaders } from "./redactHeaders.ts";
import { redactUrl } from "./redactUrl.ts";
import { shellQuote } from "./shellQuote.ts";

export interface CurlOptions {
  /** Signing region; default the one in the request's credential scope. */
  region?: string;
  /** Bodies above this many bytes are not inlined. */
  previewLimit?: number;
  /** The body is written to this file (relative to the report): the command reads it from there. */
  bodyFile?: string;
}

export const DEFAULT_CURL_BODY_LIMIT = 64 * 1024;
const EXTERNAL_ID_SLOT = "\u0000PAE_EXTERNAL_ID\u0000";
/** curl computes these itself; with --aws-sigv4 it also makes the signature headers. */
const ALWAYS_DROPPED = new Set(["host", "content-length"]);
const SIGNATURE_HEADERS = new Set(["authorization", "x-amz-date", "x-amz-security-token", "x-amz-content-sha256"]);
const SCOPE = /Credential=[^/]*\/\d{8}\/([^/]+)\//;

function isSigned(headers: Record<string, string>): boolean {
  return Object.entries(headers).some(
    ([n, v]) => n.toLowerCase() === "authorization" && v.startsWith("AWS4-HMAC-SHA256 "),
  );
}

/** The URL with the external id left to the environment, so the command never carries it. */
function quotedUrl(url: string): string {
  return redactUrl(url, EXTERNAL_ID_SLOT)
    .split(EXTERNAL_ID_SLOT)
    .map((segment) => (segment === "" ? "" : shellQuote(segment)))
    .join('"$PAE_EXTERNAL_ID"');
}

function headerArguments(headers: Record<string, string>, signed: boolean): string[] {
  const args: string[] = [];
  for (const [name, value] of Object.entries(redactHeaders(headers))) {
    const lower = name.toLowerCase();
    if (ALWAYS_DROPPED.has(lower) || (signed && SIGNATURE_HEADERS.has(lower))) continue;
    // `Name:` would tell curl to remove the header; `Name;` sends it empty.
    args.push(`-H ${shellQuote(value === "" ? `${name};` : `${name}: ${value}`)}`);
  }
  // Without it curl labels --data-binary as a form post.
  if (!Object.keys(headers).some((n) => n.toLowerCase() === "content-type")) args.push("-H 'Content-Type:'");
  return args;
}

function isText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** A paste-ready command reproducing a sent request; credentials and the external id come from the environment. */
export function curlCommand(sent: SentRequest, options: CurlOptions = {}): string {
  const limit = options.previewLimit ?? DEFAULT_CURL_BODY_LIMIT;
  const signed = isSigned(sent.headers);
  const lowerHeaders = Object.fromEntries(Object.entries(sent.headers).map(([n, v]) => [n.toLowerCase(), v]));
  const region = options.region ?? SCOPE.exec(lowerHeaders.authorization ?? "")?.[1] ?? "us-east-1";
  const comment: string[] = [];
  let pipe = "";
  let data: string;
  if (options.bodyFile !== undefined) {
    comment.push(
      `# Run in the report's folder: the exact body (${sent.body.byteLength} bytes) is ${options.bodyFile}.`,
    );
    data = `--data-binary @${shellQuote(options.bodyFile)}`;
  } else if (sent.body.byteLength > limit) {
    comment.push(
      `# The body was ${sent.body.byteLength} bytes, too long to inline: put it in body.json, or use the case's replay command.`,
    );
    data = "--data-binary @body.json";
  } else if (isText(sent.body)) {
    data = `--data-binary ${shellQuote(new TextDecoder().decode(sent.body))}`;
  } else {
    pipe = `printf ${printfLiteral(sent.body)} | `;
    data = "--data-binary @-";
  }
  const args = [
    // -i: the status line and the error header (X-Amzn-Errortype) are part of the answer to compare.
    `${pipe}curl -sS -i`,
    `-X ${shellQuote(sent.method)}`,
    quotedUrl(sent.url),
    ...headerArguments(sent.headers, signed),
  ];
  if (signed) {
    args.push(`--aws-sigv4 ${shellQuote(`aws:amz:${region}:${SERVICE.signingName}`)}`);
    args.push('--user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY"');
    if (lowerHeaders["x-amz-security-token"] !== undefined) args.push('-H "X-Amz-Security-Token: $AWS_SESSION_TOKEN"');
  }
  args.push(data);
  return [...comment, args.join(" \\\n  ")].join("\n");
}
