import { isAuthorizationProblem, parseSigV4Authorization } from "../../protocol/sigV4/sigV4Authorization.ts";
import type { Caller, EmulatorContext, RequestHead } from "../stages.ts";

const CREDENTIAL = /Credential=([^/,\s]+)\//;

/** The access key id, read leniently: with authentication off any shape is accepted. */
function accessKeyIdOf(head: RequestHead): string | undefined {
  const auth = parseSigV4Authorization(head.headers, head.rawQuery);
  if (!isAuthorizationProblem(auth)) return auth.accessKeyId;
  const header = head.headers.authorization;
  return header === undefined ? undefined : CREDENTIAL.exec(header)?.[1];
}

/** `--no-auth`: no signature checks; the caller's account is the fixture's account of the key, or the default one. */
export async function identifyCaller(head: RequestHead, _body: unknown, ctx: EmulatorContext): Promise<Caller> {
  const accessKeyId = accessKeyIdOf(head);
  const key = ctx.fixture.keys.find((candidate) => candidate.accessKeyId === accessKeyId);
  return {
    accountId: key?.accountId ?? ctx.fixture.defaultAccountId,
    ...(accessKeyId === undefined ? {} : { accessKeyId }),
  };
}
