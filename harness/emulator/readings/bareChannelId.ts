import { type ReadingApplies, unchanged } from "./reading.ts";

/** A bare channel id resolved to its channel's ARN (default), or left to break the pattern ^arn:.*$. */
export const bareChannelId: ReadingApplies<"bareChannelId"> = {
  accepted: unchanged,
  refused: (stages) => ({ ...stages, resolveBareChannelId: (query) => query }),
};
