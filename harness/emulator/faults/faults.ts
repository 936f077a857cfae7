import { CHANNEL_FAULTS } from "./channels.ts";
import { CONSTRAINT_FAULTS } from "./constraints.ts";
import { ERROR_FAULTS } from "./errors.ts";
import { EVENT_DATA_FAULTS } from "./eventData.ts";
import type { Fault } from "./fault.ts";
import { INVARIANT_FAULTS } from "./invariants.ts";
import { SERVICE_STATE_FAULTS } from "./serviceState.ts";
import { SIZE_FAULTS } from "./sizes.ts";

/** Every planted bug the emulator can run with, by group. */
export const FAULTS: readonly Fault[] = [
  ...ERROR_FAULTS,
  ...CHANNEL_FAULTS,
  ...CONSTRAINT_FAULTS,
  ...SIZE_FAULTS,
  ...EVENT_DATA_FAULTS,
  ...INVARIANT_FAULTS,
  ...SERVICE_STATE_FAULTS,
];

export type { Fault };
