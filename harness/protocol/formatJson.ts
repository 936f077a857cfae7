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

/** From this many UTF-16 units on, a string escaped by position is written by writeLongString. */
const LONG_STRING = 256;
const HEX_DIGITS = Array.from("0123456789abcdef", (digit) => digit.charCodeAt(0));
const BACKSLASH = 0x5c;

/** JSON.stringify's escape of each unit below 0x60 it escapes (`"`, `\\`, controls), as units; null: left as is. */
const REQUIRED_ESCAPES: (readonly number[] | null)[] = Array.from({ length: 0x60 }, (_, unit) => {
  const written = JSON.stringify(String.fromCharCode(unit)).slice(1, -1);
  return written.length > 1 ? Array.from(written, (char) => char.charCodeAt(0)) : null;
});

/** One growing buffer of output units, reused by every string: slicing and joining runs cost more than copying units. */
let scratch = new Uint16Array(4096);

function scratchOf(units: number): Uint16Array {
  if (scratch.length < units) scratch = new Uint16Array(Math.max(units, scratch.length * 2));
  return scratch;
}

/** Writes `\uXXXX` (lower-case hex, as JSON.stringify does) of `unit` at `at`; returns the next free index. */
function writeHex(out: Uint16Array, at: number, unit: number): number {
  out[at] = BACKSLASH;
  out[at + 1] = 0x75;
  out[at + 2] = HEX_DIGITS[unit >> 12] as number;
  out[at + 3] = HEX_DIGITS[(unit >> 8) & 0xf] as number;
  out[at + 4] = HEX_DIGITS[(unit >> 4) & 0xf] as number;
  out[at + 5] = HEX_DIGITS[unit & 0xf] as number;
  return at + 6;
}

/**
 * The same escapes as writeByUnit and writeByCodePoint, for a long string (an eventData string inside a body, a
 * field at its limit): one pass writing units into a reused buffer, decoded once. Slicing a long string at
 * every escaped position cost twice as much; for short strings the slices cost less than the decoding.
 */
function writeLongString(value: string, format: JsonFormat): string {
  const { escapeEvery, escapeSlash } = format;
  const out = scratchOf(value.length * 6 + 2);
  let length = 0;
  out[length++] = 0x22;
  let untilEscape = escapeEvery;
  for (let at = 0; at < value.length; at += 1) {
    const unit = value.charCodeAt(at);
    untilEscape -= 1;
    const byPosition = untilEscape === 0;
    if (byPosition) untilEscape = escapeEvery;
    const required = unit < 0x60 ? REQUIRED_ESCAPES[unit] : null;
    if (required != null) {
      // Indexed, not for...of: the iterator made this function's optimised compile twice as long.
      for (let index = 0; index < required.length; index += 1) out[length++] = required[index] as number;
    } else if (unit === 0x2f && escapeSlash) {
      out[length++] = BACKSLASH;
      out[length++] = unit;
    } else if (unit >= 0xd800 && unit <= 0xdfff) {
      const low = value.charCodeAt(at + 1);
      const paired = unit <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
      if (!paired) length = writeHex(out, length, unit);
      else {
        at += 1;
        if (byPosition) length = writeHex(out, writeHex(out, length, unit), low);
        else {
          out[length++] = unit;
          out[length++] = low;
        }
      }
    } else if (byPosition) length = writeHex(out, length, unit);
    else out[length++] = unit;
  }
  out[length++] = 0x22;
  return Buffer.from(out.buffer, out.byteOffset, length * 2).toString("utf16le");
}

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

/** Written JSON text with `/` as `\/` when the format asks for it. */
function withSlashes(written: string, escapeSlash: boolean): string {
  return escapeSlash && written.includes("/") ? written.replaceAll("/", "\\/") : written;
}

/** A run of characters none of which is escaped by position, as JSON.stringify writes it (and `/` as `\/` if asked). */
function plainRun(run: string, escapeSlash: boolean): string {
  return withSlashes(mayNeedEscape(run) ? JSON.stringify(run).slice(1, -1) : run, escapeSlash);
}

const SURROGATE = /[\ud800-\udfff]/;

/**
 * Every `escapeEvery`-th character (code point, a lone surrogate counting as one) is escaped; runs of characters
 * left as they are are copied whole: a per-character loop made formatting most of a large batch's generation.
 */
function writeString(value: string, format: JsonFormat): string {
  if (format.escapeEvery === 0) return withSlashes(JSON.stringify(value), format.escapeSlash);
  if (value.length >= LONG_STRING) return writeLongString(value, format);
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

function ordered(keys: string[], order: JsonFormat["memberOrder"]): string[] {
  if (order === "reversed") return keys.reverse();
  if (order === "rotated" && keys.length > 1) keys.push(keys.shift() as string);
  return keys;
}

/** The members JSON.stringify writes: own enumerable keys whose value is neither undefined nor a function. */
function writtenKeys(item: object): string[] {
  const keys: string[] = [];
  for (const key of Object.keys(item)) {
    const member: unknown = (item as Record<string, unknown>)[key];
    if (member !== undefined && typeof member !== "function") keys.push(key);
  }
  return keys;
}

/**
 * Writes one value in one format. Whitespace is handed out in turn, in the order the first writer took it: an
 * array takes its opening space before its elements, an object after its members, and each takes one
 * separator for all its commas after them; the order is part of the bytes a replay must reproduce. The text
 * is written as pieces into one list joined once; a piece whose space is taken later is filled in then.
 */
class FormattedWriter {
  private turn = 0;
  private readonly pieces: string[] = [];

  constructor(private readonly format: JsonFormat) {}

  document(value: unknown): string {
    this.pieces.push(this.space());
    this.value(value);
    this.pieces.push(this.space());
    return this.pieces.join("");
  }

  private space(): string {
    const { whitespace } = this.format;
    const chosen = whitespace.length === 0 ? "" : (whitespace[this.turn % whitespace.length] ?? "");
    this.turn += 1;
    return chosen;
  }

  /** The index of a piece to fill in once its space is taken. */
  private placeholder(): number {
    return this.pieces.push("") - 1;
  }

  private value(item: unknown): void {
    if (typeof item === "string") this.pieces.push(writeString(item, this.format));
    else if (Array.isArray(item)) this.array(item);
    else if (typeof item === "object" && item !== null) this.object(item);
    else this.pieces.push(JSON.stringify(item) ?? "null");
  }

  private array(items: readonly unknown[]): void {
    this.pieces.push("[", this.space());
    const commas: number[] = [];
    for (let at = 0; at < items.length; at += 1) {
      if (at > 0) commas.push(this.placeholder());
      const element = items[at];
      this.value(element === undefined ? null : element);
    }
    this.separate(commas);
    this.pieces.push(this.space(), "]");
  }

  private object(item: object): void {
    const keys = ordered(writtenKeys(item), this.format.memberOrder);
    this.pieces.push("{");
    const open = this.placeholder();
    const commas: number[] = [];
    for (let at = 0; at < keys.length; at += 1) {
      if (at > 0) commas.push(this.placeholder());
      const key = keys[at] as string;
      this.pieces.push(writeString(key, this.format), this.space(), ":", this.space());
      this.value((item as Record<string, unknown>)[key]);
    }
    this.pieces[open] = this.space();
    this.separate(commas);
    this.pieces.push(this.space(), "}");
  }

  /** Takes one separator, used for every comma of an array or object. */
  private separate(commas: readonly number[]): void {
    const separator = `${this.space()},${this.space()}`;
    for (const at of commas) this.pieces[at] = separator;
  }
}

/** Serialises `value` (a JSON value, as JSON.stringify sees it) in `format`. */
export function formatJson(value: unknown, format: JsonFormat = CANONICAL_JSON_FORMAT): string {
  const canonical =
    format.whitespace.every((space) => space === "") &&
    format.memberOrder === "as-given" &&
    format.escapeEvery === 0 &&
    !format.escapeSlash;
  if (canonical) return JSON.stringify(value) ?? "";
  return new FormattedWriter(format).document(value);
}
