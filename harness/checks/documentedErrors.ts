import { COMMON_ERRORS, OPERATION_ERRORS } from "../../generated/constants.ts";

/** Every documented error name of PutAuditEvents with the statuses it may come with. */
export const DOCUMENTED_ERRORS: ReadonlyMap<string, readonly number[]> = new Map<string, readonly number[]>([
  ...OPERATION_ERRORS.map((error) => [error.name, [error.status]] as const),
  ...COMMON_ERRORS.map((error) => [error.name, error.status] as const),
]);
