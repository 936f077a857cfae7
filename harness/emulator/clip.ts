/** Shortens a client-supplied value before it goes into a message, so an answer never echoes a megabyte. */
export function clip(value: string, max = 200): string {
  const points = Array.from(value);
  return points.length <= max ? value : `${points.slice(0, max).join("")}...`;
}
