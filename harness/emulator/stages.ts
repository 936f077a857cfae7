import type { Readable } from "node:stream";
import type { ErrorObject } from "ajv";
import type { AuditEvent } from "../../generated/api.ts";
import type { PER_EVENT_ERROR_CODES } from "../../generated/constants.ts";
import type { ChannelQuotas } from "./channelQuotas.ts";
import type { EmulatorChannel, EmulatorFixture } from "./emulatorFixture.ts";
import type { EventJournal } from "./eventJournal.ts";
import type { ErrorReply, Reply } from "./reply.ts";
import type { TpsQuota } from "./tpsQuota.ts";

/** What the server saw before the body: header names in lower case, repeated headers joined with ", ". */
export interface RequestHead {
  method: string;
  /** The path as sent, without the query. */
  rawPath: string;
  /** The query as sent, without the `?`. */
  rawQuery: string;
  headers: Record<string, string>;
}

/** The body as far as it was kept: at most the limit's worth of bytes, while every byte was counted and hashed. */
export interface BodyRead {
  bytes: Uint8Array;
  totalBytes: number;
  /** False when bytes past the buffer cap were not kept. */
  complete: boolean;
  sha256Hex: string;
  /**
   * True when reading stopped past the cap (a declared length over it, or a chunked body that ran past it):
   * the rest is still on the wire, `sha256Hex` covers only what was read, and the answer must close.
   */
  abandoned?: boolean;
}

/** The request-size rule: how much, and what is counted. */
export interface BodyLimit {
  max: number;
  unit: "bytes" | "utf16Units";
}

export interface Caller {
  accountId: string;
  accessKeyId?: string;
}

/** Query parameters after percent-decoding; a repeated name gives an array. */
export type QueryValues = Record<string, string | string[]>;

export interface ParsedChannelArn {
  arn: string;
  partition: string;
  region: string;
  accountId: string;
  channelId: string;
}

export type PerEventErrorCode = (typeof PER_EVENT_ERROR_CODES)[number]["code"];

/** Why one event of a batch goes to `failed`. */
export interface EventFailure {
  errorCode: PerEventErrorCode;
  errorMessage: string;
}

export type JsonObject = Record<string, unknown>;

export interface ParsedEventData {
  data: JsonObject;
}

/** A response ready to be written: the body is serialised as JSON on the way out. */
export interface WireResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
  /** How the body is framed on the wire; Content-Length unless a reading asks for chunks. */
  framing?: "content-length" | "chunked";
}

export type ErrorEncoding = "header" | "body" | "both";

/** What every stage may read: the emulator's settings and the (possibly faulty) stages themselves. */
export interface EmulatorContext {
  fixture: EmulatorFixture;
  errorEncoding: ErrorEncoding;
  stages: Stages;
  /** `--quota-tps`: requests over the quota get ThrottlingException. */
  quota?: TpsQuota;
  /** The fixture's per-channel quotas (`quotaTps`): requests to the channel over its quota get ThrottlingException. */
  channelQuotas?: ChannelQuotas;
  /** `--data-dir`: accepted events are journalled before the 200. */
  journal?: EventJournal;
  /** What `GET /_emulator/health` reports of the settings. */
  health?: { auth: string; faults: readonly string[]; startedAt: string };
}

/**
 * The pipeline of PutAuditEvents, one named stage per rule. A fault replaces or wraps exactly one entry,
 * so that every planted bug is one deviation from the faithful emulator.
 */
export interface Stages {
  route(head: RequestHead): ErrorReply | undefined;
  bodyLimit: BodyLimit;
  readBody(stream: Readable, limit: BodyLimit): Promise<BodyRead>;
  authenticate(head: RequestHead, body: BodyRead, ctx: EmulatorContext): Promise<Caller | ErrorReply>;
  checkBodySize(body: BodyRead, limit: BodyLimit): ErrorReply | undefined;
  checkContentType(head: RequestHead): ErrorReply | undefined;
  parseQuery(rawQuery: string): QueryValues | ErrorReply;
  parseBody(bytes: Uint8Array): JsonObject | ErrorReply;
  /** After validation: a bare channel id becomes the ARN of one of the caller's own channels. */
  resolveBareChannelId(query: QueryValues, caller: Caller, ctx: EmulatorContext): QueryValues | ErrorReply;
  requestViolations(query: QueryValues, body: JsonObject): ErrorObject[];
  violationReply(violations: ErrorObject[]): ErrorReply | undefined;
  parseChannelArn(value: string): ParsedChannelArn | ErrorReply;
  lookupChannel(arn: ParsedChannelArn, ctx: EmulatorContext): EmulatorChannel | ErrorReply;
  checkChannelOwner(channel: EmulatorChannel, caller: Caller): ErrorReply | undefined;
  checkExternalId(channel: EmulatorChannel, externalId: string | undefined): ErrorReply | undefined;
  checkChannelState(channel: EmulatorChannel, ctx: EmulatorContext): ErrorReply | undefined;
  checkChannelQuota(channel: EmulatorChannel, ctx: EmulatorContext): ErrorReply | undefined;
  checkDuplicateIds(events: readonly AuditEvent[]): ErrorReply | undefined;
  channelEventFailure(channel: EmulatorChannel, ctx: EmulatorContext): EventFailure | undefined;
  /** A rule on the batch as a whole, after validation: none in the faithful emulator, some under readings. */
  checkBatch(events: readonly AuditEvent[], channel: EmulatorChannel, ctx: EmulatorContext): ErrorReply | undefined;
  checkChecksum(event: AuditEvent): EventFailure | undefined;
  judgeEventData(eventData: string, channel: EmulatorChannel, ctx: EmulatorContext): EventFailure | undefined;
  parseEventData(eventData: string): ParsedEventData | EventFailure;
  eventDataViolations(data: JsonObject): ErrorObject[];
  eventViolationFailure(violations: ErrorObject[]): EventFailure | undefined;
  checkEventSizes(eventData: string, data: JsonObject): EventFailure | undefined;
  checkRecipient(data: JsonObject, channel: EmulatorChannel): EventFailure | undefined;
  checkEventSource(data: JsonObject, channel: EmulatorChannel): EventFailure | undefined;
  /** The last word on a reply before encoding: the identity in the faithful emulator. */
  finishReply(reply: Reply): Reply;
  encodeReply(reply: Reply, ctx: EmulatorContext): WireResponse;
}
