import type { CaseDefinition } from "./caseDefinition.ts";
import type { CaseInstance } from "./caseRequest.ts";
import type { Exchange } from "./exchange.ts";
import type { TargetConfig } from "./target.ts";
import type { Verdict } from "./verdict.ts";

export interface CheckContext {
  caseDef: CaseDefinition;
  instance: CaseInstance;
  target: TargetConfig;
}

/** A check: a small pure function of one exchange. */
export type Check = (exchange: Exchange, ctx: CheckContext) => Verdict;
