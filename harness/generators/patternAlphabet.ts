/**
 * The printable ASCII characters a single-character string may be made of under `pattern` (a spec pattern
 * such as `^[-_A-Za-z0-9]+$`), so alphabets are read from the spec instead of being copied into code.
 * The spec's id and externalId patterns are ASCII-only (`\w` without the `i` flag), so ASCII is complete.
 */
export function patternAlphabet(pattern: string): readonly string[] {
  const regex = new RegExp(pattern, "u");
  const printableAscii = Array.from({ length: 0x7f - 0x20 }, (_, index) => String.fromCharCode(0x20 + index));
  return printableAscii.filter((character) => regex.test(character));
}
