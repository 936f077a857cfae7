import type { Category } from "../../harness/model/caseDefinition.ts";
import type { CaseResult } from "../../harness/model/runDocument.ts";
import { answerAcceptable } from "./answerAcceptable.ts";
import { compareAnswers } from "./compareAnswers.ts";
import { groupByCategory } from "./groupByCategory.ts";

/** How many times an answer came back in a category, split by whether the case that got it accepts it. */
export interface ErrorMatrixCell {
  acceptable: number;
  unacceptable: number;
}

export interface ErrorMatrix {
  /** Every answer that came back in the run, in column order. */
  answers: string[];
  rows: { category: Category; cells: Record<string, ErrorMatrixCell> }[];
}

/** What came back per category, from each case's answersSeen judged against that case's expect. */
export function errorMatrix(cases: readonly CaseResult[]): ErrorMatrix {
  const answers = new Set<string>();
  const rows = groupByCategory(cases).map(({ category, items }) => {
    const cells: Record<string, ErrorMatrixCell> = {};
    for (const c of items) {
      for (const [answer, count] of Object.entries(c.answersSeen)) {
        answers.add(answer);
        const cell = cells[answer] ?? { acceptable: 0, unacceptable: 0 };
        if (answerAcceptable(answer, c.expect)) cell.acceptable += count;
        else cell.unacceptable += count;
        cells[answer] = cell;
      }
    }
    return { category, cells };
  });
  return { answers: [...answers].sort(compareAnswers), rows };
}
