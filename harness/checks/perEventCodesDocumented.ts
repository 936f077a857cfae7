import { PER_EVENT_ERROR_CODES } from "../../generated/constants.ts";
import type { Check } from "../model/check.ts";
import { responseView } from "./responseView.ts";
import { observed, pass, skipped } from "./verdicts.ts";

const CHECK = "perEventCodesDocumented";
const DOCUMENTED = new Set<string>(PER_EVENT_ERROR_CODES.map((entry) => entry.code));

/** Failed entries carry a documented code; another code is worth reporting, not a failure ("possible codes include"). */
export const perEventCodesDocumented: Check = (exchange) => {
  const view = responseView(exchange);
  if (view?.response.status !== 200 || !view.json.ok) return skipped(CHECK, "not a JSON 200");
  const failed = (view.json.value as { failed?: unknown }).failed;
  if (!Array.isArray(failed)) return skipped(CHECK, "no failed list");
  const other = failed
    .map((entry: { errorCode?: unknown }) => entry.errorCode)
    .find((code) => !DOCUMENTED.has(String(code)));
  if (other === undefined) return pass(CHECK, { reason: "every per-event code is documented" });
  return observed(CHECK, {
    actual: String(other),
    reason: `per-event code ${String(other)} is not among the documented ones`,
  });
};
