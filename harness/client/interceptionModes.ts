import type { ClientUnderTest } from "./clientUnderTest.ts";
import { inProcessDriver } from "./inProcessDriver.ts";
import { loadNock } from "./interceptWithNock.ts";
import { nockDriver } from "./nockDriver.ts";
import type { ClientDriver } from "./runClientScenarios.ts";

export interface InterceptionModeEntry {
  description: string;
  driver: (client: ClientUnderTest) => ClientDriver;
  /** What `client --builtin NAME` needs to replay a run in this mode. */
  replayFlags: string;
  /** Loads what the mode needs before the first scenario (an optional peer dependency). */
  ready?: () => Promise<unknown>;
}

/** How an in-process client's requests reach the scripted emulator. */
export const INTERCEPTION_MODES = {
  nock: {
    description: "the client keeps the real AWS endpoint; nock intercepts it in process",
    driver: nockDriver,
    replayFlags: "",
    ready: loadNock,
  },
  endpoint: {
    description: "the client is given the emulator's 127.0.0.1 URL as its endpoint",
    driver: inProcessDriver,
    replayFlags: " --interception endpoint",
  },
} as const satisfies Record<string, InterceptionModeEntry>;

export type InterceptionMode = keyof typeof INTERCEPTION_MODES;

/** The default: the client is configured as in production, with no endpoint override. */
export const DEFAULT_INTERCEPTION: InterceptionMode = "nock";

export const INTERCEPTION_MODE_NAMES = Object.keys(INTERCEPTION_MODES) as InterceptionMode[];
