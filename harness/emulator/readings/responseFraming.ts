import { replacing } from "../faults/replacing.ts";
import { type ReadingApplies, unchanged } from "./reading.ts";

/** HTTP/1.1 lets a server frame any answer with chunks instead of a Content-Length. */
export const responseFraming: ReadingApplies<"responseFraming"> = {
  "content-length": unchanged,
  chunked: replacing("encodeReply", (original) => (reply, ctx) => ({ ...original(reply, ctx), framing: "chunked" })),
};
