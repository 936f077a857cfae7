import { replacing } from "../faults/replacing.ts";
import { errorReply } from "../reply.ts";
import { type ReadingApplies, unchanged } from "./reading.ts";

/** A channelArn breaking its pattern is a ValidationException like any constraint (default), or InvalidChannelARN. */
export const channelArnPatternError: ReadingApplies<"channelArnPatternError"> = {
  ValidationException: unchanged,
  InvalidChannelARN: replacing("violationReply", (original) => (violations) => {
    const reply = original(violations);
    const brokenArn = violations.some((error) => error.instancePath === "/channelArn" && error.keyword === "pattern");
    return reply?.name === "ValidationException" && brokenArn ? errorReply("InvalidChannelARN", reply.message) : reply;
  }),
};
