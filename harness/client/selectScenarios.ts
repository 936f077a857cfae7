import type { ClientScenario } from "./clientScenario.ts";
import { CLIENT_SCENARIOS } from "./clientScenarios.ts";

/** A scenario id that is not in the table; the message lists a few known ones. */
export class UnknownScenarioError extends Error {
  override readonly name = "UnknownScenarioError";
  constructor(readonly scenarioId: string) {
    super(`unknown scenario "${scenarioId}"; known: ${CLIENT_SCENARIOS.map((s) => s.id).join(", ")}`);
  }
}

/**
 * The scenarios to run: every one by default, or those named. A name ending in `/*` (or a bare prefix like
 * `ChannelNotFound`) selects every scenario under it; an unknown name is an error.
 */
export function selectScenarios(ids?: readonly string[]): ClientScenario[] {
  if (ids === undefined || ids.length === 0) return [...CLIENT_SCENARIOS];
  return ids.flatMap((wanted) => {
    const prefix = wanted.replace(/\/\*$/, "");
    const found = CLIENT_SCENARIOS.filter((s) => s.id === wanted || s.id.startsWith(`${prefix}/`));
    if (found.length === 0) throw new UnknownScenarioError(wanted);
    return found;
  });
}
