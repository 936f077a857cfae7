import { SERVICE } from "../../../generated/constants.ts";
import type { SigV4Refusal } from "../../protocol/sigV4/verifySigV4Request.ts";
import { verifySigV4Request } from "../../protocol/sigV4/verifySigV4Request.ts";
import type { EmulatorKey } from "../emulatorFixture.ts";
import { type DocumentedErrorName, type ErrorReply, errorReply } from "../reply.ts";
import type { BodyRead, Caller, EmulatorContext, RequestHead } from "../stages.ts";

/** The error AWS answers for each reason a signature is refused (all 403). */
const REFUSAL_ERRORS: Record<SigV4Refusal, DocumentedErrorName> = {
  missing: "MissingAuthenticationTokenException",
  incomplete: "IncompleteSignature",
  scope: "InvalidSignatureException",
  expired: "InvalidSignatureException",
  token: "UnrecognizedClientException",
  mismatch: "InvalidSignatureException",
};

const UNRECOGNIZED = "The security token included in the request is invalid.";

type KeyLookup = (accessKeyId: string) => EmulatorKey | undefined;

/** Each fixture's keys by id, looked up by a function made once per fixture rather than once per request. */
const lookups = new WeakMap<readonly EmulatorKey[], KeyLookup>();

function keyLookup(keys: readonly EmulatorKey[]): KeyLookup {
  let lookup = lookups.get(keys);
  if (lookup === undefined) {
    lookup = (accessKeyId) => keys.find((key) => key.accessKeyId === accessKeyId);
    lookups.set(keys, lookup);
  }
  return lookup;
}

/**
 * SigV4 as the service checks it: the header (or presigned query) is read, its scope must be this service and
 * Region, its time within the skew window, and its signature the one the fixture's secret gives. An unknown key
 * is UnrecognizedClientException unless the fixture maps unknown keys to an account.
 */
export async function verifySignature(
  head: RequestHead,
  body: BodyRead,
  ctx: EmulatorContext,
): Promise<Caller | ErrorReply> {
  const { fixture } = ctx;
  const lookup = keyLookup(fixture.keys);
  const { method, rawPath, rawQuery, headers } = head;
  const verdict = verifySigV4Request(
    { method, rawPath, rawQuery, headers, bodySha256Hex: body.sha256Hex },
    { region: fixture.region, service: SERVICE.signingName, now: new Date() },
    lookup,
  );
  if (verdict.kind === "refused") return errorReply(REFUSAL_ERRORS[verdict.reason], verdict.message);
  const { accessKeyId } = verdict;
  if (verdict.kind === "verified") {
    return { accountId: lookup(accessKeyId)?.accountId ?? fixture.defaultAccountId, accessKeyId };
  }
  if (fixture.unknownKeyAccountId === undefined) return errorReply("UnrecognizedClientException", UNRECOGNIZED);
  return { accountId: fixture.unknownKeyAccountId, accessKeyId };
}
