import type { Arbitrary } from "fast-check";
import type { CaseInstance } from "./caseRequest.ts";
import type { Expectation } from "./expectation.ts";
import type { ChannelFixtures, FixtureName } from "./target.ts";

/** The categories of the server catalogue (`run`), in report order. */
export const SERVER_CATEGORIES = [
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
] as const;

/** The categories of a client check (`client`): the requests a client sends, the answers it surfaces. */
export const CLIENT_CATEGORIES = ["client-requests", "client-answers"] as const;

/** Every category a run document may hold, in report order. */
export const CATEGORIES = [...SERVER_CATEGORIES, ...CLIENT_CATEGORIES] as const;

export type ServerCategory = (typeof SERVER_CATEGORIES)[number];
export type ClientCategory = (typeof CLIENT_CATEGORIES)[number];
export type Category = ServerCategory | ClientCategory;

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
  category: ServerCategory;
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
