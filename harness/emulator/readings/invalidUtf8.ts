import { replacing } from "../faults/replacing.ts";
import { type ReadingApplies, unchanged } from "./reading.ts";

const lenient = new TextDecoder("utf-8");
const encoder = new TextEncoder();

/** Invalid UTF-8 refused as SerializationException (the default), or decoded with U+FFFD before parsing. */
export const invalidUtf8: ReadingApplies<"invalidUtf8"> = {
  "serialization-exception": unchanged,
  lenient: replacing("parseBody", (original) => (bytes) => original(encoder.encode(lenient.decode(bytes)))),
};
