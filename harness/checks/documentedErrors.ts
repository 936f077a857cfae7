import { RESTJSON1_ERRORS } from "../protocol/restJson1Errors.ts";

/** Every documented error name of PutAuditEvents with the statuses it may come with. */
export const DOCUMENTED_ERRORS: ReadonlyMap<string, readonly number[]> = new Map<string, readonly number[]>(
  RESTJSON1_ERRORS.map((error) => [error.name, error.statuses] as const),
);
