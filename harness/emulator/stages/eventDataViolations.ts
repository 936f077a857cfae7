import type { ErrorObject } from "ajv";
import { validateEventData } from "../../../generated/validators.js";
import type { JsonObject } from "../stages.ts";

/** Every rule of the event schema the parsed eventData breaks. */
export function eventDataViolations(data: JsonObject): ErrorObject[] {
  return validateEventData(data) ? [] : [...(validateEventData.errors ?? [])];
}
