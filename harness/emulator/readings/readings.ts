import { READINGS } from "../../../generated/constants.ts";
import { bareChannelId } from "./bareChannelId.ts";
import { channelArnPatternError } from "./channelArnPatternError.ts";
import { emptyRequiredString } from "./emptyRequiredString.ts";
import { errorMessageKey } from "./errorMessageKey.ts";
import { errorNameEncoding } from "./errorNameEncoding.ts";
import { eventFailureMode } from "./eventFailureMode.ts";
import { externalIdRefusal } from "./externalIdRefusal.ts";
import { invalidUtf8 } from "./invalidUtf8.ts";
import { nullMember } from "./nullMember.ts";
import type { Reading, ReadingApplies, ReadingName, StagesChange } from "./reading.ts";
import { requestSizeCounts } from "./requestSizeCounts.ts";
import { requestSizeLimitBytes } from "./requestSizeLimitBytes.ts";
import { responseFraming } from "./responseFraming.ts";
import { responseOrder } from "./responseOrder.ts";
import { wrongContentType } from "./wrongContentType.ts";

/** How the emulator takes each value of each reading; the type demands exactly the spec's names and values. */
const APPLIES: { readonly [N in ReadingName]: ReadingApplies<N> } = {
  errorNameEncoding,
  errorMessageKey,
  responseOrder,
  responseFraming,
  requestSizeLimitBytes,
  requestSizeCounts,
  emptyRequiredString,
  nullMember,
  invalidUtf8,
  eventFailureMode,
  channelArnPatternError,
  externalIdRefusal,
  bareChannelId,
  wrongContentType,
};

/**
 * Every open fact the emulator can take another allowed answer of, in the spec's order (the order they are
 * applied in: the size limit before what it counts). Names, values and descriptions come from the spec.
 */
export const EMULATOR_READINGS: readonly Reading[] = READINGS.map((spec) => {
  const applies = APPLIES[spec.name] as Readonly<Record<string, StagesChange>>;
  const values = spec.values.map((entry) => {
    const apply = applies[entry.value];
    if (apply === undefined) throw new Error(`reading ${spec.name}=${entry.value} has no implementation`);
    return [entry.value, { description: entry.answer, apply }] as const;
  });
  return {
    name: spec.name,
    fact: spec.fact,
    defaultValue: spec.values[0].value,
    strictest: spec.strictest,
    mostLenient: spec.mostLenient,
    valueNames: spec.values.map((entry) => entry.value),
    values: Object.fromEntries(values),
  };
});
