import type { Caller, EmulatorContext, RequestHead } from "../stages.ts";
import { accessKeyIdOf } from "./parseAuthorization.ts";

/** Without signature checks: the caller's account is the fixture's account of the key, or the default one. */
export async function identifyCaller(head: RequestHead, _body: unknown, ctx: EmulatorContext): Promise<Caller> {
  const accessKeyId = accessKeyIdOf(head.headers.authorization);
  const key = ctx.fixture.keys.find((candidate) => candidate.accessKeyId === accessKeyId);
  return {
    accountId: key?.accountId ?? ctx.fixture.defaultAccountId,
    ...(accessKeyId === undefined ? {} : { accessKeyId }),
  };
}
