import { renaming, replacing } from "../faults/replacing.ts";
import { type ReadingApplies, unchanged } from "./reading.ts";

/** A missing or wrong externalId is ChannelInsufficientPermission (default, 400) or AccessDeniedException (403). */
export const externalIdRefusal: ReadingApplies<"externalIdRefusal"> = {
  ChannelInsufficientPermission: unchanged,
  AccessDeniedException: replacing("checkExternalId", (original) =>
    renaming(original, "ChannelInsufficientPermission", "AccessDeniedException"),
  ),
};
