import type { RunDocument } from "../../harness/model/runDocument.ts";
import { orderKeys } from "../schema/orderKeys.ts";
import schema from "../schema/run-document.schema.json" with { type: "json" };

/** report.json: the run document itself, two-space indented, keys in the schema's order, newline-terminated. */
export function json(run: RunDocument): string {
  return `${JSON.stringify(orderKeys(run, schema), null, 2)}\n`;
}
