import type { Check, CheckContext } from "../model/check.ts";
import type { Verdict } from "../model/verdict.ts";
import { requestEventIds } from "./requestEventIds.ts";
import { answerKey, type ResponseView, responseView } from "./responseView.ts";
import { misplacedEvent } from "./successSplit.ts";
import { fail, observed, oneOf, pass, skipped } from "./verdicts.ts";

const CHECK = "answerIsAcceptable";

function documented({ caseDef }: CheckContext): string {
  const { reject, accept } = caseDef.expect;
  const parts: string[] = [];
  if (reject) parts.push(`${oneOf(reject.errors)} (${reject.statuses.join("/")})`);
  if (accept)
    parts.push(
      accept.failedCodes
        ? `200 with the bad events failed as ${oneOf(accept.failedCodes)}`
        : "200 with every event successful",
    );
  return parts.join(", or ");
}

function judgeSuccess(view: ResponseView, ctx: CheckContext): Omit<Verdict, "check" | "outcome"> | undefined {
  const accept = ctx.caseDef.expect.accept;
  if (!accept) return { reason: "accepted (200) a request that must be rejected" };
  const ids = requestEventIds(ctx.instance.request);
  const body = view.json.ok ? (view.json.value as { successful?: unknown; failed?: unknown }) : undefined;
  if (!ids || !body || !Array.isArray(body.successful) || !Array.isArray(body.failed)) return undefined;
  const misplaced = misplacedEvent(
    { successful: body.successful, failed: body.failed },
    ids,
    new Set(ctx.instance.markedEventIds ?? []),
    accept,
  );
  return misplaced;
}

/** The answer is one the case accepts: a documented rejection or a 200 that splits the events as documented. */
export const answerIsAcceptable: Check = (exchange, ctx) => {
  const view = responseView(exchange);
  if (!view) return skipped(CHECK, "no response");
  const { status } = view.response;
  const actual = status === 200 ? "200" : `${answerKey(exchange)} (${status})`;
  const expected = documented(ctx);
  const verdictFor = (problem: Omit<Verdict, "check" | "outcome"> | undefined): Verdict => {
    if (problem)
      return fail(CHECK, { expected, actual, ...problem, reason: `${problem.reason}; documented: ${expected}` });
    const reason = `received ${actual}`;
    return ctx.caseDef.expect.observed
      ? observed(CHECK, { expected, actual, reason })
      : pass(CHECK, { expected, actual, reason });
  };
  if (status >= 200 && status < 300) {
    if (status !== 200) return verdictFor({ reason: `success answered with HTTP ${status} instead of 200` });
    return verdictFor(judgeSuccess(view, ctx));
  }
  const reject = ctx.caseDef.expect.reject;
  const name = view.error.name;
  const acceptable = reject?.statuses.includes(status) && name !== undefined && reject.errors.includes(name);
  return verdictFor(acceptable ? undefined : { reason: `received ${actual}` });
};
