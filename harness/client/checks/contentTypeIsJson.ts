import { fail, pass } from "../../checks/verdicts.ts";
import type { ClientRequestCheck } from "../clientRequestCheck.ts";

const CHECK = "contentTypeIsJson";
const JSON_TYPE = /^application\/json\s*(;|$)/i;

/** restJson1 sends the body as `application/json`. */
export const contentTypeIsJson: ClientRequestCheck = (request) => {
  const actual = request.headers["content-type"] ?? "(none)";
  const fields = { expected: "application/json", actual };
  return JSON_TYPE.test(actual)
    ? pass(CHECK, { ...fields, reason: `Content-Type ${actual}` })
    : fail(CHECK, { ...fields, reason: `Content-Type ${actual}, documented: application/json` });
};
