import type fc from "fast-check";
import { formatJson } from "../protocol/formatJson.ts";
import { type JsonFormatConstraints, jsonFormat } from "./jsonFormat.ts";

/** The JSON text of `value` in one of the formats `jsonFormat` draws: same meaning, other bytes. */
export function formattedJson(value: unknown, constraints: JsonFormatConstraints = {}): fc.Arbitrary<string> {
  return jsonFormat(constraints).map((format) => formatJson(value, format));
}
