const MAX_DEPTH = 4;

/**
 * The entries of the list `name` (`successful` or `failed`) wherever a resolved value keeps it: at its top or
 * nested a few levels down (`{ data: { failed } }`). Undefined when the value exposes no such list.
 */
export function exposedEntries(value: unknown, name: string, depth = 0): unknown[] | undefined {
  if (typeof value !== "object" || value === null || depth > MAX_DEPTH) return undefined;
  const own = (value as Record<string, unknown>)[name];
  if (Array.isArray(own)) return own;
  for (const nested of Object.values(value)) {
    const found = exposedEntries(nested, name, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** True when a resolved value shows an entry with these fields, as a list entry or, for text output, as words. */
export function showsEntry(value: unknown, list: string, fields: Record<string, string>): boolean {
  if (typeof value === "string") return Object.values(fields).every((field) => value.includes(field));
  const entries = exposedEntries(value, list) ?? [];
  return entries.some((entry) =>
    Object.entries(fields).every(([key, want]) => (entry as Record<string, unknown> | null)?.[key] === want),
  );
}
