import type { Stages } from "../stages.ts";
import type { Reading } from "./reading.ts";
import { EMULATOR_READINGS } from "./readings.ts";
import { UnknownReadingError } from "./unknownReadingError.ts";

/** A value for some readings, by name; the others keep their default. */
export type ReadingChoice = Readonly<Record<string, string>>;

/** The reading called `name` and its entry for `value`; either unknown is an UnknownReadingError. */
export function readingValue(name: string, value: string, table: readonly Reading[] = EMULATOR_READINGS) {
  const reading = table.find((candidate) => candidate.name === name);
  if (reading === undefined)
    throw new UnknownReadingError(`unknown reading '${name}'; known readings: ${table.map((r) => r.name).join(", ")}`);
  const entry = Object.hasOwn(reading.values, value) ? reading.values[value] : undefined;
  if (entry === undefined)
    throw new UnknownReadingError(
      `unknown value '${value}' of reading ${name}; its values: ${reading.valueNames.join(", ")}`,
    );
  return entry;
}

/** The stages under the chosen readings, applied in the table's order whatever the choice's order. */
export function applyReadings(stages: Stages, choice: ReadingChoice, table: readonly Reading[] = EMULATOR_READINGS) {
  for (const [name, value] of Object.entries(choice)) readingValue(name, value, table);
  return table.reduce(
    (current, reading) =>
      Object.hasOwn(choice, reading.name)
        ? readingValue(reading.name, choice[reading.name] ?? "", table).apply(current)
        : current,
    stages,
  );
}

/** `NAME=VALUE` flags (as `--reading` takes them) as a choice; a malformed or unknown one is an UnknownReadingError. */
export function parseReadingFlags(flags: readonly string[]): ReadingChoice {
  const choice: Record<string, string> = {};
  for (const flag of flags) {
    const equals = flag.indexOf("=");
    if (equals <= 0) throw new UnknownReadingError(`--reading takes NAME=VALUE, got '${flag}'`);
    const [name, value] = [flag.slice(0, equals), flag.slice(equals + 1)];
    readingValue(name, value);
    choice[name] = value;
  }
  return choice;
}
