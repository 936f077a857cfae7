import { fail, pass } from "../../checks/verdicts.ts";
import type { ClientRequestCheck } from "../clientRequestCheck.ts";

const CHECK = "channelArnInQuery";

/** `channelArn` goes in the query under exactly that name, once, and decodes to the caller's value. */
export const channelArnInQuery: ClientRequestCheck = (_request, { view, expected }) => {
  const value = view.query.channelArn;
  const names = Object.keys(view.query).join(", ") || "(none)";
  if (value === undefined) {
    return fail(CHECK, {
      expected: "query parameter channelArn",
      actual: names,
      path: "/query/channelArn",
      reason: `no channelArn in the query; parameters sent: ${names}`,
    });
  }
  const fields = { expected: expected.channelArn, actual: String(value), path: "/query/channelArn" };
  if (Array.isArray(value)) return fail(CHECK, { ...fields, reason: `channelArn sent ${value.length} times` });
  return value === expected.channelArn
    ? pass(CHECK, { ...fields, reason: "channelArn decodes to the caller's value" })
    : fail(CHECK, { ...fields, reason: `channelArn decodes to ${value}, the caller gave ${expected.channelArn}` });
};
