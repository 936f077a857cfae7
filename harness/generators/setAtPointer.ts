/**
 * A copy of `object` with the value at a JSON pointer (`/a` or `/a/b`) replaced, or removed when `value` is
 * undefined. Intermediate objects are copied, never mutated; a missing one is created.
 */
export function setAtPointer<T extends object>(object: T, pointer: string, value: unknown): T {
  const [head, ...rest] = pointer.split("/").slice(1).map(unescapeToken);
  if (head === undefined) return object;
  const copy: Record<string, unknown> = { ...(object as Record<string, unknown>) };
  if (rest.length === 0) {
    if (value === undefined) delete copy[head];
    else copy[head] = value;
    return copy as T;
  }
  const child = copy[head];
  const childObject = typeof child === "object" && child !== null && !Array.isArray(child) ? child : {};
  copy[head] = setAtPointer(childObject, `/${rest.map(escapeToken).join("/")}`, value);
  return copy as T;
}

function unescapeToken(token: string): string {
  return token.replace(/~1/g, "/").replace(/~0/g, "~");
}

function escapeToken(token: string): string {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}
