/** The auditEvents array of a request body, or undefined when the body has none. */
export function auditEventsOf(json: unknown): unknown[] | undefined {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return undefined;
  const events = (json as { auditEvents?: unknown }).auditEvents;
  return Array.isArray(events) ? events : undefined;
}
