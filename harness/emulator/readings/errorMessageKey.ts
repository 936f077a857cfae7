import { replacing } from "../faults/replacing.ts";
import { type ReadingApplies, unchanged } from "./reading.ts";

/** The message of an error under `message` (Smithy's member name) or `Message` (as some AWS services send). */
export const errorMessageKey: ReadingApplies<"errorMessageKey"> = {
  message: unchanged,
  Message: replacing("encodeReply", (original) => (reply, ctx) => {
    const wire = original(reply, ctx);
    if (reply.kind !== "error" || typeof wire.body !== "object" || wire.body === null) return wire;
    const { message, ...rest } = wire.body as Record<string, unknown>;
    return { ...wire, body: { Message: message, ...rest } };
  }),
};
