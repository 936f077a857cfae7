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

/** True for a code point JSON.stringify escapes: `"`, `\`, control characters and lone surrogates. */
function needsEscape(code: number): boolean {
  return code < 0x20 || code === 0x22 || code === 0x5c || (code >= 0xd800 && code <= 0xdfff);
}

/** How one character is written when it is not left as is: its required escape first, then `\/`, then `\uXXXX`. */
function escapedChar(char: string, byPosition: boolean, escapeSlash: boolean): string {
  if (needsEscape(char.codePointAt(0) ?? 0)) return JSON.stringify(char).slice(1, -1);
  if (char === "/" && escapeSlash) return "\\/";
  if (!byPosition) return char;
  return char.length === 1 ? hex4(char.charCodeAt(0)) : hex4(char.charCodeAt(0)) + hex4(char.charCodeAt(1));
}

/** Whether JSON.stringify may escape a unit of `run` (a paired surrogate passes through it unchanged): most runs need no copy. */
function mayNeedEscape(run: string): boolean {
  for (let at = 0; at < run.length; at += 1) if (needsEscape(run.charCodeAt(at))) return true;
  return false;
}

/** A run of characters none of which is escaped by position, as JSON.stringify writes it (and `/` as `\/` if asked). */
function plainRun(run: string, escapeSlash: boolean): string {
  const written = mayNeedEscape(run) ? JSON.stringify(run).slice(1, -1) : run;
  return escapeSlash && written.includes("/") ? written.replaceAll("/", "\\/") : written;
}

const SURROGATE = /[\ud800-\udfff]/;

/**
 * Every `escapeEvery`-th character (code point, a lone surrogate counting as one) is escaped; runs of characters
 * left as they are are copied whole: a per-character loop made formatting most of a large batch's generation.
 */
function writeString(value: string, format: JsonFormat): string {
  if (format.escapeEvery === 0) return `"${plainRun(value, format.escapeSlash)}"`;
  return SURROGATE.test(value) ? writeByCodePoint(value, format) : writeByUnit(value, format);
}

/** Without surrogates every character is one unit: the escaped ones are at fixed steps, the runs between plain. */
function writeByUnit(value: string, format: JsonFormat): string {
  let out = '"';
  let from = 0;
  for (let at = format.escapeEvery - 1; at < value.length; at += format.escapeEvery) {
    out +=
      plainRun(value.slice(from, at), format.escapeSlash) + escapedChar(value.charAt(at), true, format.escapeSlash);
    from = at + 1;
  }
  return `${out}${plainRun(value.slice(from), format.escapeSlash)}"`;
}

function writeByCodePoint(value: string, format: JsonFormat): string {
  let out = '"';
  let from = 0;
  let count = 0;
  for (let at = 0; at < value.length; ) {
    const code = value.codePointAt(at) ?? 0;
    const size = code > 0xffff ? 2 : 1;
    count += 1;
    const byPosition = count % format.escapeEvery === 0;
    if (byPosition || needsEscape(code) || (code === 0x2f && format.escapeSlash)) {
      out += value.slice(from, at) + escapedChar(value.slice(at, at + size), byPosition, format.escapeSlash);
      from = at + size;
    }
    at += size;
  }
  return `${out}${value.slice(from)}"`;
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
