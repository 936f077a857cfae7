import type { AcceptableSuccess } from "../model/expectation.ts";

interface Entries {
  successful: { id: string }[];
  failed: { id: string; errorCode: string }[];
}

/** Where a 200 put the events against where the case wants them; returns the first misplaced event, if any. */
export function misplacedEvent(
  body: Entries,
  requestIds: readonly string[],
  marked: ReadonlySet<string>,
  accept: AcceptableSuccess,
): { expected: string; actual: string; reason: string } | undefined {
  const successful = new Set(body.successful.map((entry) => entry.id));
  const failedCodes = new Map(body.failed.map((entry) => [entry.id, entry.errorCode]));
  for (const id of requestIds) {
    const code = failedCodes.get(id);
    if (!marked.has(id)) {
      if (!successful.has(id)) {
        const where = code ? `failed with ${code}` : "missing from the response";
        return { expected: `${id} in successful`, actual: where, reason: `valid event ${id} was ${where}` };
      }
      continue;
    }
    const allowed = accept.failedCodes ?? [];
    if (code !== undefined && allowed.includes(code)) continue;
    if (accept.markedMaySucceed && successful.has(id)) continue;
    const where = successful.has(id)
      ? "reported as successful"
      : code
        ? `failed with ${code}`
        : "missing from the response";
    return {
      expected: `${id} in failed with ${allowed.join(" or ") || "(no failure allowed)"}`,
      actual: where,
      reason: `bad event ${id} was ${where}; documented: failed with ${allowed.join(" or ")}`,
    };
  }
  return undefined;
}
