import type { Stages } from "../stages.ts";
import type { Fault } from "./fault.ts";
import { UnknownFaultError } from "./unknownFaultError.ts";

/** The stages with each named fault applied in turn; an unknown id is an UnknownFaultError. */
export function applyFaults(stages: Stages, ids: readonly string[], catalogue: readonly Fault[]): Stages {
  return ids.reduce((current, id) => {
    const fault = catalogue.find((candidate) => candidate.id === id);
    if (fault === undefined)
      throw new UnknownFaultError(
        id,
        catalogue.map((candidate) => candidate.id),
      );
    return fault.apply(current);
  }, stages);
}
