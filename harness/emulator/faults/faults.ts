import { BATCH_FAULTS } from "./batches.ts";
import { CHANNEL_IDENTIFIER_FAULTS } from "./channelIdentifiers.ts";
import { CHANNEL_FAULTS } from "./channels.ts";
import { CONSTRAINT_FAULTS } from "./constraints.ts";
import { ERROR_FAULTS } from "./errors.ts";
import { EVENT_DATA_FAULTS } from "./eventData.ts";
import { EVENT_DATA_OBJECT_FAULTS } from "./eventDataObjects.ts";
import type { Fault } from "./fault.ts";
import { FORMATTING_FAULTS } from "./formatting.ts";
import { INVARIANT_FAULTS } from "./invariants.ts";
import { SERVICE_STATE_FAULTS } from "./serviceState.ts";
import { SIZE_FAULTS } from "./sizes.ts";
import { TRANSPORT_FAULTS } from "./transport.ts";

/** Every planted bug the emulator can run with, by group. */
export const FAULTS: readonly Fault[] = [
  ...ERROR_FAULTS,
  ...CHANNEL_FAULTS,
  ...CONSTRAINT_FAULTS,
  ...SIZE_FAULTS,
  ...EVENT_DATA_FAULTS,
  ...INVARIANT_FAULTS,
  ...SERVICE_STATE_FAULTS,
  ...TRANSPORT_FAULTS,
  ...FORMATTING_FAULTS,
  ...CHANNEL_IDENTIFIER_FAULTS,
  ...BATCH_FAULTS,
  ...EVENT_DATA_OBJECT_FAULTS,
];

export type { Fault };
