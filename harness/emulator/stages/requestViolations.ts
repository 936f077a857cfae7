import type { ErrorObject } from "ajv";
import { validateRequestBody, validateRequestQuery } from "../../../generated/validators.js";
import type { JsonObject, QueryValues } from "../stages.ts";

/** Every constraint the spec puts on the query and the body, as ajv errors (query paths are `/channelArn`...). */
export function requestViolations(query: QueryValues, body: JsonObject): ErrorObject[] {
  const queryErrors = validateRequestQuery(query) ? [] : (validateRequestQuery.errors ?? []);
  const bodyErrors = validateRequestBody(body) ? [] : (validateRequestBody.errors ?? []);
  return [...queryErrors, ...bodyErrors];
}
