import { compareAnswers } from "./compareAnswers.ts";

/** The answer that came back most often; ties go to the first in column order so reports are stable. */
export function topAnswer(answersSeen: Record<string, number>): string | undefined {
  const entries = Object.entries(answersSeen).sort(([a, na], [b, nb]) => nb - na || compareAnswers(a, b));
  return entries[0]?.[0];
}
