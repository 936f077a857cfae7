import fc from "fast-check";
import type { EventDataConstraints } from "./eventDataMissingField.ts";
import { integrationEventData } from "./integrationEventData.ts";

type Breaking = (json: string) => string;

/** Ways a serialised event stops being JSON: truncation, trailing garbage, JS-isms, nothing at all. */
const BREAKINGS: readonly Breaking[] = [
  () => "",
  (json) => json.slice(0, -1),
  (json) => json.slice(0, Math.floor(json.length / 2)),
  (json) => `${json} trailing`,
  (json) => `${json}}`,
  (json) => json.replace(/"/g, "'"),
  (json) => json.replace(/^\{"/, "{").replace(/":/, ":"),
  () => "not json at all",
  () => "{[",
];

/** eventData strings that do not parse as JSON, most of them derived from a valid event. */
export function eventDataNotJson(constraints: EventDataConstraints): fc.Arbitrary<string> {
  return fc
    .tuple(integrationEventData(constraints), fc.constantFrom(...BREAKINGS))
    .map(([data, breaking]) => breaking(JSON.stringify(data)));
}
