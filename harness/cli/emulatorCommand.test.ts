import { describe, expect, it } from "vitest";
import { sendToEmulator } from "../emulator/testing/sendToEmulator.ts";
import type { CommandIo } from "./commandIo.ts";
import { emulatorCommand, parseEmulatorArgs } from "./emulatorCommand.ts";

function memoryIo(): CommandIo & { out: () => string; err: () => string } {
  let out = "";
  let err = "";
  return {
    stdout: { write: (chunk: string) => (out += chunk) },
    stderr: { write: (chunk: string) => (err += chunk) },
    env: {},
    out: () => out,
    err: () => err,
  };
}

describe("parseEmulatorArgs", () => {
  it.each([
    [
      "uses the defaults without flags",
      [],
      {
        port: 4599,
        host: "127.0.0.1",
        faults: [],
        readings: {},
        verifySignatures: false,
        errorEncoding: "header",
        help: false,
      },
    ],
    [
      "reads every flag, --fault repeated",
      [
        "--port",
        "0",
        "--host",
        "::1",
        "--fixture",
        "f.json",
        "--fault",
        "A",
        "--fault",
        "B",
        "--verify-signatures",
        "--error-encoding",
        "both",
      ],
      {
        port: 0,
        host: "::1",
        fixturePath: "f.json",
        faults: ["A", "B"],
        verifySignatures: true,
        errorEncoding: "both",
        help: false,
      },
    ],
    [
      "reads repeated readings",
      ["--reading", "nullMember=absent", "--reading", "requestSizeLimitBytes=1000000"],
      { readings: { nullMember: "absent", requestSizeLimitBytes: "1000000" } },
    ],
    ["reads --help", ["--help"], { help: true }],
  ])("%s", (_name, argv, want) => {
    expect(parseEmulatorArgs(argv)).toMatchObject(want);
  });
});

describe("emulatorCommand", () => {
  it.each([
    ["an unknown flag", ["--nope"], /Unknown option '--nope'/],
    ["a port out of range", ["--port", "70000"], /--port takes a whole number from 0 to 65535/],
    ["an unknown error encoding", ["--error-encoding", "xml"], /--error-encoding takes header, body, both/],
    ["an unknown fault", ["--port", "0", "--fault", "NoSuchFault"], /unknown fault 'NoSuchFault'; known faults: /],
    ["an unknown reading", ["--reading", "noSuch=x"], /unknown reading 'noSuch'; known readings: errorNameEncoding, /],
    ["an unknown reading value", ["--reading", "nullMember=maybe"], /its values: mistyped, absent/],
    ["a reading without a value", ["--reading", "nullMember"], /--reading takes NAME=VALUE/],
    [
      "a missing fixture file",
      ["--port", "0", "--fixture", "/nonexistent/fixture.json"],
      /emulator fixture .* cannot be read/,
    ],
  ])("refuses %s with one line on stderr and exit code 2", async (_name, argv, message) => {
    const io = memoryIo();
    expect(await emulatorCommand(argv, io, () => Promise.resolve())).toBe(2);
    expect(io.err()).toMatch(message);
    expect(io.err().trim().split("\n")).toHaveLength(1);
  });

  it("serves until stopped under its readings, describing channels, keys, faults and readings but never a secret", async () => {
    const io = memoryIo();
    // The stand-in for SIGINT: it resolves once the running emulator has answered a request.
    const whileRunning = async () => {
      const url = /listening on (\S+)/.exec(io.out())?.[1] ?? "";
      const answer = await sendToEmulator(url, { path: "/nope" });
      // Under the reading errorNameEncoding=body-code, the name is in the body's code only.
      expect([answer.headers["x-amzn-errortype"], (answer.json as { code?: string }).code]).toEqual([
        undefined,
        "UnknownOperationException",
      ]);
    };
    const argv = ["--port", "0", "--fault", "ChecksumIgnored", "--reading", "errorNameEncoding=body-code"];
    expect(await emulatorCommand(argv, io, whileRunning)).toBe(0);
    expect(io.out()).toContain("errorNameEncoding=body-code");
    expect(io.out()).toContain("requires externalId pae-external-id-1");
    expect(io.out()).toContain("AKIDEXAMPLECALLER  account 111122223333");
    expect(io.out()).toContain("ChecksumIgnored");
    expect(io.out()).not.toContain("EXAMPLEKEY");
  });
});
