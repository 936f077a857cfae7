import type { Arbitrary } from "fast-check";
import type { CaseInstance } from "./caseRequest.ts";
import type { Expectation } from "./expectation.ts";
import type { ChannelFixtures, FixtureName } from "./target.ts";

/** The categories of the catalogue, in report order. */
export const CATEGORIES = [
  "valid",
  "events-count",
  "event-id",
  "duplicates",
  "external-id",
  "channel",
  "size",
  "checksum",
  "event-data",
  "malformed",
  "client-requests",
  "client-answers",
] as const;

export type Category = (typeof CATEGORIES)[number];

/** What a case's generator may use: the target's fixtures and the caller's account. */
export interface CaseContext {
  fixtures: ChannelFixtures;
  /** The caller's account: the account of ownChannelArn (or of externalIdChannel). */
  callerAccountId: string;
  region: string;
}

/** One documented rule or edge case, declared as data. The runner never branches on `id`. */
export interface CaseDefinition {
  /** Stable PascalCase id, e.g. `DuplicateEventIdsAreRejected`. */
  id: string;
  title: string;
  category: Category;
  /** One sentence plus the spec passage it enforces. */
  documentation: string;
  /** Where the rule is stated: a JSON pointer into spec/putauditevents.openapi.yaml or a reference section. */
  specRef: string;
  /** Fixtures the case needs; without them it is reported as not applicable. */
  needs: readonly FixtureName[];
  /** The arbitrary of instances; bounds come from generated/constants.ts. */
  generate: (ctx: CaseContext) => Arbitrary<CaseInstance>;
  expect: Expectation;
  tags?: readonly string[];
  /** Cap on runs for heavy cases (megabyte bodies); default: the run's --runs. */
  maxRuns?: number;
  /** True when sending this case ingests events (costs money on a real service). */
  ingests?: boolean;
}
