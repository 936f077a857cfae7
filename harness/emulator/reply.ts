import { COMMON_ERRORS, OPERATION_ERRORS } from "../../generated/constants.ts";

/**
 * restJson1 servers answer a request for an operation they do not have with 404
 * UnknownOperationException; the spec lists only PutAuditEvents' errors, so this one name lives here.
 */
const UNKNOWN_OPERATION = { name: "UnknownOperationException", status: 404 } as const;

export type DocumentedErrorName =
  | (typeof OPERATION_ERRORS)[number]["name"]
  | (typeof COMMON_ERRORS)[number]["name"]
  | typeof UNKNOWN_OPERATION.name;

export interface FieldProblem {
  path: string;
  message: string;
}

/** An error answer before it is encoded; `name` is a string so that faults can send undocumented names. */
export interface ErrorReply {
  kind: "error";
  status: number;
  name: string;
  message: string;
  fieldList?: FieldProblem[];
  /** Headers the answer carries besides the encoding's, e.g. Retry-After. */
  headers?: Record<string, string>;
}

export interface SuccessEntry {
  id: string;
  eventID?: string;
}

export interface FailedEntry {
  id: string;
  errorCode: string;
  errorMessage?: string;
}

/** A 200's body; optional members let faults build the broken answers real services have sent. */
export interface SuccessBody {
  successful: SuccessEntry[];
  failed: FailedEntry[];
}

export interface SuccessReply {
  kind: "success";
  status: number;
  body: SuccessBody;
}

export type Reply = ErrorReply | SuccessReply;

function statusOf(name: DocumentedErrorName): number {
  if (name === UNKNOWN_OPERATION.name) return UNKNOWN_OPERATION.status;
  const operation = OPERATION_ERRORS.find((entry) => entry.name === name);
  if (operation !== undefined) return operation.status;
  const common = COMMON_ERRORS.find((entry) => entry.name === name);
  return common?.status[0] ?? 500;
}

/** An error answer whose status comes from the spec's error tables. */
export function errorReply(name: DocumentedErrorName, message: string, fieldList?: FieldProblem[]): ErrorReply {
  return { kind: "error", status: statusOf(name), name, message, ...(fieldList === undefined ? {} : { fieldList }) };
}

export function isErrorReply(value: unknown): value is ErrorReply {
  return typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "error";
}
