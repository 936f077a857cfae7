import type { READINGS } from "../../../generated/constants.ts";
import type { Stages } from "../stages.ts";

/** One open fact of the reference as the spec names it (x-pae-readings). */
export type ReadingSpec = (typeof READINGS)[number];
export type ReadingName = ReadingSpec["name"];
export type ReadingValue<N extends ReadingName> = Extract<ReadingSpec, { name: N }>["values"][number]["value"];

/** What taking one value does to the pipeline: replaces or wraps stages, like a fault's `apply`. */
export type StagesChange = (stages: Stages) => Stages;

/** How the emulator takes every value of reading N; the compiler insists on one entry per value of the spec. */
export type ReadingApplies<N extends ReadingName> = { readonly [V in ReadingValue<N>]: StagesChange };

/** An open fact the emulator can take any allowed answer of: `{ name, values: { VALUE: { description, apply } } }`. */
export interface Reading {
  name: ReadingName;
  fact: string;
  /** The emulator's default: the spec's first value, whose `apply` leaves the stages as they are. */
  defaultValue: string;
  strictest: string;
  mostLenient: string;
  /** The values in the spec's order (a record would put numeric ones first). */
  valueNames: readonly string[];
  values: Readonly<Record<string, { description: string; apply: StagesChange }>>;
}

/** The default value of every reading: the faithful pipeline, unchanged. */
export const unchanged: StagesChange = (stages) => stages;
