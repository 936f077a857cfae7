import type { TargetConfig } from "../model/target.ts";

/** Values that must never appear in a report: secret key, session token, the fixture's external id. */
export function targetSecrets(target: TargetConfig): string[] {
  const { credentials, fixtures } = target;
  return [credentials.secretAccessKey, credentials.sessionToken, fixtures.externalIdChannel?.externalId].filter(
    (value): value is string => typeof value === "string" && value.length >= 4,
  );
}
