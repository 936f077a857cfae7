/** POSIX single quotes: everything inside is literal (newlines, `$`, backslashes, any UTF-8) except `'` itself. */
export function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}
