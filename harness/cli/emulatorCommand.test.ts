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
        auth: "sigv4",
        acceptAnyKey: false,
        errorEncoding: "header",
        scripted: false,
        readings: {},
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
        "--no-auth",
        "--accept-any-key",
        "--error-encoding",
        "both",
        "--quota-tps",
        "5",
        "--data-dir",
        "/tmp/d",
        "--log",
        "json",
        "--scripted",
      ],
      {
        port: 0,
        host: "::1",
        fixturePath: "f.json",
        faults: ["A", "B"],
        auth: "off",
        acceptAnyKey: true,
        errorEncoding: "both",
        quotaTps: 5,
        dataDir: "/tmp/d",
        log: "json",
        scripted: true,
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

  it.each([
    [
      "reads settings from PAE_EMULATOR_* variables",
      {},
      { PAE_EMULATOR_PORT: "0", PAE_EMULATOR_NO_AUTH: "1", PAE_EMULATOR_FAULT: "A,B", PAE_EMULATOR_QUOTA_TPS: "3" },
      { port: 0, auth: "off", faults: ["A", "B"], quotaTps: 3 },
    ],
    ["lets a flag win over its variable", { argv: ["--port", "7"] }, { PAE_EMULATOR_PORT: "0" }, { port: 7 }],
    ["takes 0 as false", {}, { PAE_EMULATOR_ACCEPT_ANY_KEY: "0" }, { acceptAnyKey: false }],
  ])("%s", (_name, { argv = [] }: { argv?: string[] }, env, want) => {
    expect(parseEmulatorArgs(argv, env)).toMatchObject(want);
  });
});

describe("emulatorCommand", () => {
  it.each([
    ["an unknown flag", ["--nope"], /Unknown option '--nope'/],
    ["a port out of range", ["--port", "70000"], /--port takes a whole number from 0 to 65535/],
    ["an unknown error encoding", ["--error-encoding", "xml"], /--error-encoding takes header, body, both/],
    ["an unknown log format", ["--log", "xml"], /--log takes json, text/],
    ["a quota of 0", ["--quota-tps", "0"], /--quota-tps takes a whole number from 1/],
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
    expect(io.out()).toContain("Authentication: SigV4");
    expect(io.out()).toContain("ChecksumIgnored");
    expect(io.out()).not.toContain("EXAMPLEKEY");
  });
});

describe("emulatorCommand's operations", () => {
  it("prints one JSON line per request with --log json, and says loudly that --no-auth is on", async () => {
    const io = memoryIo();
    const whileRunning = async () => {
      const url = /listening on (\S+)/.exec(io.out())?.[1] ?? "";
      const health = await sendToEmulator(url, { method: "GET", path: "/_emulator/health" });
      expect(health.json).toMatchObject({ status: "ok", auth: "off", region: "us-east-1" });
      await sendToEmulator(url, { path: "/nope" });
    };
    expect(await emulatorCommand(["--port", "0", "--no-auth", "--log", "json"], io, whileRunning)).toBe(0);
    const lines = io
      .out()
      .split("\n")
      .filter((text) => text.startsWith("{"));
    expect(JSON.parse(lines[1] ?? "null")).toMatchObject({
      path: "/nope",
      status: 404,
      error: "UnknownOperationException",
      requestId: expect.any(String),
    });
    expect(io.err()).toMatch(/authentication is off/);
    expect(io.out()).toMatch(/AUTHENTICATION IS OFF/);
    const line = io
      .out()
      .split("\n")
      .find((text) => text.startsWith("{"));
    expect(JSON.parse(line ?? "null")).toMatchObject({ method: "GET", path: "/_emulator/health", status: 200 });
  });

  it("refuses a bad PAE_EMULATOR_* value with one line and exit code 2", async () => {
    const io = { ...memoryIo(), env: { PAE_EMULATOR_NO_AUTH: "maybe" } };
    const err = memoryIo();
    expect(await emulatorCommand([], { ...io, stderr: err.stderr }, () => Promise.resolve())).toBe(2);
    expect(err.err()).toMatch(/PAE_EMULATOR_NO_AUTH takes 1 or 0/);
  });
});
