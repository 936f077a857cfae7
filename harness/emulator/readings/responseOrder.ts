import { replacing } from "../faults/replacing.ts";
import { type ReadingApplies, unchanged } from "./reading.ts";

const reversedKeys = (value: object): Record<string, unknown> => Object.fromEntries(Object.entries(value).reverse());

/** JSON lists in a response have no documented order, nor do an object's keys. */
export const responseOrder: ReadingApplies<"responseOrder"> = {
  "as-sent": unchanged,
  reversed: replacing("encodeReply", (original) => (reply, ctx) => {
    const wire = original(reply, ctx);
    if (typeof wire.body !== "object" || wire.body === null) return wire;
    const body = reversedKeys(wire.body);
    for (const list of ["successful", "failed"]) {
      const entries = body[list];
      if (Array.isArray(entries)) body[list] = entries.map((entry: object) => reversedKeys(entry)).reverse();
    }
    return { ...wire, body };
  }),
};
