import type { ReadingApplies, ReadingValue, StagesChange } from "./reading.ts";
import { unchanged } from "./reading.ts";

/** The request limit at the value's number of bytes (the value is the number, as the spec spells it). */
const limitOf =
  (value: ReadingValue<"requestSizeLimitBytes">): StagesChange =>
  (stages) => ({ ...stages, bodyLimit: { ...stages.bodyLimit, max: Number(value) } });

/** "1 MB" as 2^20 bytes (the emulator's default, already its limit) or as 10^6. */
export const requestSizeLimitBytes: ReadingApplies<"requestSizeLimitBytes"> = {
  "1048576": unchanged,
  "1000000": limitOf("1000000"),
};
