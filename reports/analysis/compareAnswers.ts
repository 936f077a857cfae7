/** Orders answers for columns: `200` first, then error names alphabetically, transport errors last. */
export function compareAnswers(a: string, b: string): number {
  return rank(a) - rank(b) || a.localeCompare(b, "en");
}

function rank(answer: string): number {
  if (answer === "200") return 0;
  return answer.startsWith("transport:") ? 2 : 1;
}
