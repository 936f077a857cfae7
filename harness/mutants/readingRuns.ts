import type { ReadingChoice } from "../emulator/readings/applyReadings.ts";
import type { Reading } from "../emulator/readings/reading.ts";
import { EMULATOR_READINGS } from "../emulator/readings/readings.ts";

/** One way to read the whole reference: a value for some open facts, the defaults for the rest. */
export interface ReadingRun {
  label: string;
  readings: ReadingChoice;
}

const choiceLabel = (choice: ReadingChoice) =>
  Object.entries(choice)
    .map(([name, value]) => `${name}=${value}`)
    .join(" ");

/**
 * The readings the faithful emulator must pass under: every default, each other value alone, all the
 * strictest values together and all the most lenient ones together.
 */
export function readingRuns(table: readonly Reading[] = EMULATOR_READINGS): ReadingRun[] {
  const alone = table.flatMap((reading) =>
    reading.valueNames.filter((value) => value !== reading.defaultValue).map((value) => ({ [reading.name]: value })),
  );
  const strictest = Object.fromEntries(table.map((reading) => [reading.name, reading.strictest]));
  const mostLenient = Object.fromEntries(table.map((reading) => [reading.name, reading.mostLenient]));
  return [
    { label: "defaults", readings: {} },
    ...alone.map((readings) => ({ label: choiceLabel(readings), readings })),
    { label: "all strictest", readings: strictest },
    { label: "all most lenient", readings: mostLenient },
  ];
}
