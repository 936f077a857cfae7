import type { ErrorObject } from "ajv";
import { EVENT_DATA_REQUIRED_FIELDS, EVENT_DATA_USER_IDENTITY_REQUIRED_FIELDS } from "../../../generated/constants.ts";
import { replacing } from "../faults/replacing.ts";
import type { JsonObject } from "../stages.ts";
import { type ReadingApplies, unchanged } from "./reading.ts";

/** An empty required string, reported as the schema reports a missing field. */
function emptyAsMissing(object: unknown, instancePath: string, fields: readonly string[]): ErrorObject[] {
  if (typeof object !== "object" || object === null) return [];
  return fields
    .filter((field) => (object as JsonObject)[field] === "")
    .map((missingProperty) => ({
      keyword: "required",
      instancePath,
      schemaPath: "#/required",
      params: { missingProperty },
      message: `must have required property '${missingProperty}' (it is empty)`,
    }));
}

/** Whether `"principalId": ""` counts as present (the default) or as missing: FieldNotFound. */
export const emptyRequiredString: ReadingApplies<"emptyRequiredString"> = {
  present: unchanged,
  missing: replacing("eventDataViolations", (original) => (data) => [
    ...emptyAsMissing(data, "", EVENT_DATA_REQUIRED_FIELDS),
    ...emptyAsMissing(data.userIdentity, "/userIdentity", EVENT_DATA_USER_IDENTITY_REQUIRED_FIELDS),
    ...original(data),
  ]),
};
