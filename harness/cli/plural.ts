/** `1 case`, `2 cases`: a count with its noun in the right number (`plural(1, "run")`). */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}
