import type { SurfacedAnswer } from "./surfacedAnswer.ts";

/** What an in-process client threw: its `name` and `code`, as SDKs expose an exception's identity. */
export function thrownAnswer(error: unknown): SurfacedAnswer {
  const fields = (typeof error === "object" && error !== null ? error : {}) as { name?: unknown; code?: unknown };
  const names = [fields.name, fields.code].filter((value): value is string => typeof value === "string");
  return { kind: "threw", names: [...new Set(names)], text: "" };
}
