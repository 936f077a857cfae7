import type fc from "fast-check";
import { eventGeneratorContracts } from "./eventGeneratorContracts.ts";
import { requestSpaceGeneratorContracts } from "./requestSpaceGeneratorContracts.ts";
import { stringGeneratorContracts } from "./stringGeneratorContracts.ts";
/** Which compiled validator judges a value, and how the value is wrapped into what it validates. */
export type Subject =
  | "eventIdInBody"
  | "externalIdInQuery"
  | "channelArnInQuery"
  | "eventData"
  | "auditEventInBody"
  | "eventsInBody"
  | "body"
  | "rawBody";

/** An ajv error the row expects: keyword and instance path. */
export interface ExpectedError {
  keyword: string;
  instancePath: string;
}

export interface GeneratorContract {
  arbitrary: fc.Arbitrary<unknown>;
  subject: Subject;
  /** "valid": the validator accepts every value; errors: every value fails with a non-empty subset of these only; "unparseable": not JSON (or not an object). */
  want: "valid" | readonly ExpectedError[] | "unparseable";
  /** A property beyond the schema every value has (a byte size, a duplicate id, ...). */
  property?: (value: never) => boolean;
  /** A property the samples together have (bounds reached). */
  reaches?: (values: never[]) => boolean;
  /** Samples drawn (megabyte generators: a handful). */
  runs?: number;
}

/** Every generator of the folder, with what its values must be. */
export const generatorContracts: Record<string, GeneratorContract> = {
  ...stringGeneratorContracts,
  ...eventGeneratorContracts,
  ...requestSpaceGeneratorContracts,
};
