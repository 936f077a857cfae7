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
  let known: EmulatorKey | undefined;
  const verdict = verifySigV4Request(
    { ...head, bodySha256Hex: body.sha256Hex },
    { region: fixture.region, service: SERVICE.signingName, now: new Date() },
    (accessKeyId) => {
      known = fixture.keys.find((key) => key.accessKeyId === accessKeyId);
      return known;
    },
  );
  if (verdict.kind === "refused") return errorReply(REFUSAL_ERRORS[verdict.reason], verdict.message);
  const { accessKeyId } = verdict;
  if (verdict.kind === "verified") return { accountId: known?.accountId ?? fixture.defaultAccountId, accessKeyId };
  if (fixture.unknownKeyAccountId === undefined) return errorReply("UnrecognizedClientException", UNRECOGNIZED);
  return { accountId: fixture.unknownKeyAccountId, accessKeyId };
}
