/**
 * How one JSON text is written, as data: the same value and the same format always give the same text, so
 * a formatted request replays byte for byte. JSON's meaning does not depend on any of these choices.
 */
export interface JsonFormat {
  /** Whitespace put around every structural character, used in turn (cycled); `[]` or `[""]`: none. */
  whitespace: readonly string[];
  /** Member order of every object: as given, reversed, or rotated by one. */
  memberOrder: "as-given" | "reversed" | "rotated";
  /** Every `escapeEvery`-th character of every string is written as `\uXXXX` (0: none). */
  escapeEvery: number;
  /** `/` written as `\/`. */
  escapeSlash: boolean;
}

export const CANONICAL_JSON_FORMAT: JsonFormat = {
  whitespace: [],
  memberOrder: "as-given",
  escapeEvery: 0,
  escapeSlash: false,
};

const hex4 = (unit: number) => `\\u${unit.toString(16).padStart(4, "0")}`;

/** True for what JSON.stringify escapes: `"`, `\`, control characters and lone surrogates. */
function needsEscape(char: string): boolean {
  const unit = char.charCodeAt(0);
  return unit < 0x20 || unit === 0x22 || unit === 0x5c || (char.length === 1 && unit >= 0xd800 && unit <= 0xdfff);
}

/** JSON.stringify's own escape for `"`, `\`, control characters and lone surrogates; undefined when it needs none. */
function requiredEscape(char: string): string | undefined {
  return needsEscape(char) ? JSON.stringify(char).slice(1, -1) : undefined;
}

function writeString(value: string, format: JsonFormat): string {
  // Without per-character escapes the text is JSON.stringify's, a `/` in it only ever a `/` of the value.
  if (format.escapeEvery === 0) {
    const written = JSON.stringify(value);
    return format.escapeSlash ? written.replaceAll("/", "\\/") : written;
  }
  let out = '"';
  let index = 0;
  for (const char of value) {
    index += 1;
    const required = requiredEscape(char);
    if (required !== undefined) out += required;
    else if (char === "/" && format.escapeSlash) out += "\\/";
    else if (index % format.escapeEvery === 0)
      out += [...Array(char.length).keys()].map((unit) => hex4(char.charCodeAt(unit))).join("");
    else out += char;
  }
  return `${out}"`;
}

function ordered<T>(entries: T[], order: JsonFormat["memberOrder"]): T[] {
  if (order === "reversed") return [...entries].reverse();
  if (order === "rotated" && entries.length > 1) return [...entries.slice(1), ...entries.slice(0, 1)];
  return entries;
}

/** Serialises `value` (a JSON value, as JSON.stringify sees it) in `format`. */
export function formatJson(value: unknown, format: JsonFormat = CANONICAL_JSON_FORMAT): string {
  const canonical =
    format.whitespace.every((space) => space === "") &&
    format.memberOrder === "as-given" &&
    format.escapeEvery === 0 &&
    !format.escapeSlash;
  if (canonical) return JSON.stringify(value) ?? "";
  let turn = 0;
  const space = (): string => {
    const chosen = format.whitespace[turn % Math.max(1, format.whitespace.length)] ?? "";
    turn += 1;
    return chosen;
  };
  const write = (item: unknown): string => {
    if (typeof item === "string") return writeString(item, format);
    if (Array.isArray(item))
      return `[${space()}${item.map((element) => write(element === undefined ? null : element)).join(`${space()},${space()}`)}${space()}]`;
    if (typeof item === "object" && item !== null) {
      const entries = ordered(
        Object.entries(item).filter(([, member]) => member !== undefined && typeof member !== "function"),
        format.memberOrder,
      );
      const members = entries.map(
        ([key, member]) => `${writeString(key, format)}${space()}:${space()}${write(member)}`,
      );
      return `{${space()}${members.join(`${space()},${space()}`)}${space()}}`;
    }
    return JSON.stringify(item) ?? "null";
  };
  return `${space()}${write(value)}${space()}`;
}
