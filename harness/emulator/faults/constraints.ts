import { EVENT_ID, EVENTS_PER_REQUEST, EXTERNAL_ID } from "../../../generated/constants.ts";
import type { Fault } from "./fault.ts";
import { PROBE_CHANNELS, probeEvent, probeIds, probeRequest } from "./probeRequests.ts";
import { addingViolations, codePoints, ID_PATH, idAt, idsOf, ignoringViolations, violation } from "./violationEdits.ts";

const rejected = { status: 400, error: "ValidationException" } as const;
const acceptedIds = (ids: string[]) => ({ status: 200, successful: ids });
const eventsWithIds = (ids: string[]) => () => probeRequest(ids.map((id) => probeEvent(id)));
const withExternalId = (externalId: string) => () =>
  probeRequest([probeEvent("event-0")], { channelArn: PROBE_CHANNELS.own, externalId });
const SPECIAL_EXTERNAL_ID_CHARS = /[+=,.@:/-]/;
const DASH_OR_UNDERSCORE = /[-_]/;

/** Faults of the request's constraints: item counts, id and externalId lengths and patterns. */
export const CONSTRAINT_FAULTS: readonly Fault[] = [
  {
    id: "ZeroEventsAccepted",
    description: "An empty auditEvents list is accepted (minItems 1 not enforced).",
    apply: ignoringViolations((error) => error.instancePath === "/auditEvents" && error.keyword === "minItems"),
    probe: { request: eventsWithIds([]), faithful: rejected },
  },
  {
    id: "OverMaxEventsAccepted",
    description: `More than ${EVENTS_PER_REQUEST.maxItems} events are accepted (maxItems not enforced).`,
    apply: ignoringViolations((error) => error.instancePath === "/auditEvents" && error.keyword === "maxItems"),
    probe: { request: eventsWithIds(probeIds(EVENTS_PER_REQUEST.maxItems + 1)), faithful: rejected },
  },
  {
    id: "MaxEventsOffByOne",
    description: `Exactly ${EVENTS_PER_REQUEST.maxItems} events are rejected (the limit is taken as exclusive).`,
    apply: addingViolations((_query, body) =>
      idsOf(body).length >= EVENTS_PER_REQUEST.maxItems
        ? [violation("/auditEvents", "maxItems", { limit: EVENTS_PER_REQUEST.maxItems - 1 }, "too many items")]
        : [],
    ),
    probe: {
      request: eventsWithIds(probeIds(EVENTS_PER_REQUEST.maxItems)),
      faithful: acceptedIds(probeIds(EVENTS_PER_REQUEST.maxItems)),
    },
  },
  {
    id: "IdOverMaxLengthAccepted",
    description: `An id longer than ${EVENT_ID.maxLength} characters is accepted.`,
    apply: ignoringViolations((error) => ID_PATH.test(error.instancePath) && error.keyword === "maxLength"),
    probe: { request: eventsWithIds(["a".repeat(EVENT_ID.maxLength + 1)]), faithful: rejected },
  },
  {
    id: "IdMaxLengthOffByOne",
    description: `An id of exactly ${EVENT_ID.maxLength} characters is rejected.`,
    apply: addingViolations((_query, body) =>
      idsOf(body)
        .filter(({ id }) => typeof id === "string" && codePoints(id) >= EVENT_ID.maxLength)
        .map(({ index }) =>
          violation(`/auditEvents/${index}/id`, "maxLength", { limit: EVENT_ID.maxLength - 1 }, "too long"),
        ),
    ),
    probe: {
      request: eventsWithIds(["a".repeat(EVENT_ID.maxLength)]),
      faithful: acceptedIds(["a".repeat(EVENT_ID.maxLength)]),
    },
  },
  {
    id: "IdPatternNotEnforced",
    description: `An id breaking ${EVENT_ID.pattern} is accepted.`,
    apply: ignoringViolations((error) => ID_PATH.test(error.instancePath) && error.keyword === "pattern"),
    probe: { request: eventsWithIds(["bad id!"]), faithful: rejected },
  },
  {
    id: "IdDashUnderscoreRejected",
    description: "An id containing - or _ is rejected, though the pattern allows both.",
    apply: addingViolations((_query, body) =>
      idsOf(body)
        .filter(({ id }) => typeof id === "string" && DASH_OR_UNDERSCORE.test(id))
        .map(({ index }) =>
          violation(`/auditEvents/${index}/id`, "pattern", { pattern: "^[A-Za-z0-9]+$" }, "bad pattern"),
        ),
    ),
    probe: { request: eventsWithIds(["source-event_1"]), faithful: acceptedIds(["source-event_1"]) },
  },
  {
    id: "EmptyIdAccepted",
    description: "An empty id is accepted (minLength 1 not enforced).",
    apply: ignoringViolations(
      (error, _query, body) => ID_PATH.test(error.instancePath) && idAt(body, error.instancePath) === "",
    ),
    probe: { request: eventsWithIds([""]), faithful: rejected },
  },
  {
    id: "ExternalIdTooShortAccepted",
    description: `An externalId shorter than ${EXTERNAL_ID.minLength} characters is accepted.`,
    apply: ignoringViolations((error) => error.instancePath === "/externalId" && error.keyword === "minLength"),
    probe: { request: withExternalId("a"), faithful: rejected },
  },
  {
    id: "ExternalIdTooLongAccepted",
    description: `An externalId longer than ${EXTERNAL_ID.maxLength} characters is accepted.`,
    apply: ignoringViolations((error) => error.instancePath === "/externalId" && error.keyword === "maxLength"),
    probe: { request: withExternalId("a".repeat(EXTERNAL_ID.maxLength + 1)), faithful: rejected },
  },
  {
    id: "ExternalIdMaxLengthOffByOne",
    description: `An externalId of exactly ${EXTERNAL_ID.maxLength} characters is rejected.`,
    apply: addingViolations((query) =>
      typeof query.externalId === "string" && codePoints(query.externalId) >= EXTERNAL_ID.maxLength
        ? [violation("/externalId", "maxLength", { limit: EXTERNAL_ID.maxLength - 1 }, "too long")]
        : [],
    ),
    probe: { request: withExternalId("a".repeat(EXTERNAL_ID.maxLength)), faithful: acceptedIds(["event-0"]) },
  },
  {
    id: "ExternalIdPatternNotEnforced",
    description: `An externalId breaking ${EXTERNAL_ID.pattern} is accepted.`,
    apply: ignoringViolations((error) => error.instancePath === "/externalId" && error.keyword === "pattern"),
    probe: { request: withExternalId("has space"), faithful: rejected },
  },
  {
    id: "ExternalIdSpecialCharsRejected",
    description: "An externalId with + = , . @ : / or - is rejected, though the pattern allows them.",
    apply: addingViolations((query) =>
      typeof query.externalId === "string" && SPECIAL_EXTERNAL_ID_CHARS.test(query.externalId)
        ? [violation("/externalId", "pattern", { pattern: "^\\w*$" }, "bad pattern")]
        : [],
    ),
    probe: { request: withExternalId("a+b=c,d.e@f:g/h-i"), faithful: acceptedIds(["event-0"]) },
  },
];
