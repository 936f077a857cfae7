import type { CaseDefinition } from "../model/caseDefinition.ts";
import type { ChannelFixtures, FixtureName } from "../model/target.ts";
import { FIXTURE_FLAGS } from "./unsentCase.ts";

/**
 * Why none of the selected cases would send a request to this target (every one lacks a fixture or is skipped),
 * with the flags that fix it; undefined when at least one applies. A run that tests nothing must not pass.
 */
export function nothingApplies(
  cases: readonly CaseDefinition[],
  fixtures: ChannelFixtures,
  skipReason?: (caseDef: CaseDefinition) => string | undefined,
): string | undefined {
  if (cases.length === 0) return "no case is selected (check --only, --skip and --shard)";
  const missing = new Set<FixtureName>();
  const skipped = new Set<string>();
  for (const caseDef of cases) {
    const lacking = caseDef.needs.filter((fixture) => fixtures[fixture] === undefined);
    const skip = lacking.length === 0 ? skipReason?.(caseDef) : undefined;
    if (lacking.length === 0 && skip === undefined) return undefined;
    for (const fixture of lacking) missing.add(fixture);
    if (skip !== undefined) skipped.add(skip);
  }
  const fixes = [
    ...(missing.size === 0 ? [] : [`give ${[...missing].map((name) => FIXTURE_FLAGS[name]).join(" or ")}`]),
    ...[...skipped],
  ];
  return `no selected case applies to this target, so nothing would be tested: ${fixes.join("; ")}`;
}
