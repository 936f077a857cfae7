const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
// Parsers normalise a raw CR to LF everywhere, and a raw tab or newline to a space inside an attribute:
// written as references they survive the round trip.
const ATTRIBUTE_WHITESPACE: Record<string, string> = { "\t": "&#9;", "\n": "&#10;", "\r": "&#13;" };
const CONTENT_WHITESPACE: Record<string, string> = { "\r": "&#13;" };

/** Whether XML 1.0 allows the code point at all (production [2] Char); HTML parsers choke on the same ones. */
function allowedInXml(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    codePoint >= 0x10000
  );
}

/**
 * Text made safe for XML (and HTML) content or attributes. Characters XML 1.0 forbids (C0 controls, lone
 * surrogates, U+FFFE/U+FFFF) cannot be written even as references, so they become a visible `\uXXXX`: a
 * reason quoting a target's garbage stays readable instead of silently losing bytes.
 */
export function escapeXml(text: string, context: "content" | "attribute" = "content"): string {
  let out = "";
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (!allowedInXml(codePoint)) {
      out += `\\u${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
    } else {
      out +=
        (context === "attribute" ? ATTRIBUTE_WHITESPACE[char] : CONTENT_WHITESPACE[char]) ?? ENTITIES[char] ?? char;
    }
  }
  return out;
}
