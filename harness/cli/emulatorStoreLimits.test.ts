import { describe, expect, it } from "vitest";
import { parseEmulatorArgs } from "./emulatorCommand.ts";
import { emulatorStoreLimits } from "./emulatorStoreLimits.ts";

describe("the event store's bounds on the emulator command line", () => {
  it.each([
    ["leaves the defaults without flags or variables", [], {}, {}],
    [
      "reads both flags",
      ["--max-stored-events", "5", "--max-stored-bytes", "1048576"],
      {},
      { maxStoredEvents: 5, maxStoredBytes: 1_048_576 },
    ],
    [
      "reads both environment variables",
      [],
      { PAE_EMULATOR_MAX_STORED_EVENTS: "7", PAE_EMULATOR_MAX_STORED_BYTES: "0" },
      { maxStoredEvents: 7, maxStoredBytes: 0 },
    ],
    [
      "lets a flag win over its variable",
      ["--max-stored-events", "3"],
      { PAE_EMULATOR_MAX_STORED_EVENTS: "9" },
      { maxStoredEvents: 3 },
    ],
  ])("%s", (_name, argv, env, want) => {
    expect(parseEmulatorArgs(argv, env).limits).toEqual(want);
  });

  it.each([
    ["a negative flag", { "max-stored-events": "-1" }, {}, /^--max-stored-events takes a whole number/],
    ["a flag that is not a number", { "max-stored-bytes": "64MB" }, {}, /^--max-stored-bytes takes/],
    [
      "a variable that is not a number",
      {},
      { PAE_EMULATOR_MAX_STORED_BYTES: "lots" },
      /^PAE_EMULATOR_MAX_STORED_BYTES/,
    ],
  ])("refuses %s with a one-line usage error", (_name, flags, env, message) => {
    expect(() => emulatorStoreLimits(flags, env)).toThrow(message);
  });
});
