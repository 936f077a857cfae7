import { REQUEST_BYTE_LIMIT } from "../faithfulStages.ts";
import type { Fault } from "./fault.ts";
import { paddedEvents, probeIds, probeRequest } from "./probeRequests.ts";
import { renaming, replacing } from "./replacing.ts";

/** Even the fault without a size limit stops somewhere, so that it never buffers without bound. */
const UNENFORCED_LIMIT_SAFETY_CAP = 8 * REQUEST_BYTE_LIMIT;
/** The early limit a real implementation got wrong by taking "1 MB" as half a million. */
const TOO_EARLY_LIMIT = 500_000;
const EVENTS = 5;

/** Five events whose body is just over the limit in bytes: each stays under the per-event limit. */
const oversizeRequest = () => probeRequest(paddedEvents(EVENTS, "x".repeat(Math.ceil(REQUEST_BYTE_LIMIT / EVENTS))));
/** Just over the limit in bytes, but well under it in UTF-16 units: é is 2 bytes of UTF-8 and 1 unit. */
const twoByteCharsRequest = () =>
  probeRequest(paddedEvents(EVENTS, "é".repeat(Math.ceil(REQUEST_BYTE_LIMIT / EVENTS / 2))));
/** Between the too-early limit and the real one. */
const midSizeRequest = () => probeRequest(paddedEvents(3, "x".repeat(Math.ceil((TOO_EARLY_LIMIT + 100_000) / 3))));
const tooLarge = { status: 400, error: "ValidationException" } as const;

/** Faults of the request size rule. */
export const SIZE_FAULTS: readonly Fault[] = [
  {
    id: "SizeLimitNotEnforced",
    description: "A body over the 1 MB request limit is accepted.",
    apply: (stages) => ({ ...stages, bodyLimit: { ...stages.bodyLimit, max: UNENFORCED_LIMIT_SAFETY_CAP } }),
    probe: { request: oversizeRequest, faithful: tooLarge },
  },
  {
    id: "SizeLimitCountsCharacters",
    description: "The request limit counts UTF-16 units of the decoded body instead of bytes.",
    apply: (stages) => ({ ...stages, bodyLimit: { ...stages.bodyLimit, unit: "utf16Units" } }),
    probe: { request: twoByteCharsRequest, faithful: tooLarge },
  },
  {
    id: "SizeLimitTooEarly",
    description: `Bodies over ${TOO_EARLY_LIMIT} bytes are rejected, well inside the documented 1 MB.`,
    apply: (stages) => ({ ...stages, bodyLimit: { ...stages.bodyLimit, max: TOO_EARLY_LIMIT } }),
    probe: { request: midSizeRequest, faithful: { status: 200, successful: probeIds(3) } },
  },
  {
    id: "OversizeAs500",
    description: "A body over the limit crashes the handler: 500 InternalFailure instead of a 400.",
    apply: replacing("checkBodySize", (original) => renaming(original, "ValidationException", "InternalFailure")),
    probe: { request: oversizeRequest, faithful: tooLarge },
  },
];
