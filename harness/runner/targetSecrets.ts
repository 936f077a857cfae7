import type { TargetConfig } from "../model/target.ts";

/** Values that must never appear in a report: access key id, secret key, session token, the fixture's external id. */
export function targetSecrets(target: TargetConfig): string[] {
  const { credentials, fixtures } = target;
  // The access key id is not secret by itself, but a target that echoes the request would leak it with the signature.
  return [
    credentials.accessKeyId,
    credentials.secretAccessKey,
    credentials.sessionToken,
    fixtures.externalIdChannel?.externalId,
    fixtures.partnerChannel?.externalId,
  ].filter((value): value is string => typeof value === "string" && value.length >= 4);
}
