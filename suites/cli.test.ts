import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import type { Server } from "node:https";
import { type AddressInfo, createServer, type Server as NetServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { parse as parseJunit } from "junit2json";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeEmulator } from "../harness/emulator/describeEmulator.ts";
import { type RunningEmulator, startEmulator } from "../harness/emulator/startEmulator.ts";
import { readRunDocument } from "../reports/io/readRunDocument.ts";
import { validateRunDocument } from "../reports/schema/validateRunDocument.ts";
import { runCli } from "./testing/runCli.ts";
import { selfSignedServer } from "./testing/selfSignedServer.ts";

const work = mkdtempSync(join(tmpdir(), "pae-cli-"));
const out = (name: string) => join(work, name);
const QUICK = ["--only", "duplicates,channel", "--runs", "5", "--quiet"];
let faulty: RunningEmulator;

function fixtureFlags(emulator: RunningEmulator): string[] {
  const { ownChannelArn, externalIdChannel, foreignChannelArn } = emulator.targetFixtures;
  return [
    ...(ownChannelArn ? ["--channel-arn", ownChannelArn] : []),
    ...(externalIdChannel
      ? ["--external-id-channel-arn", externalIdChannel.arn, "--external-id", externalIdChannel.externalId]
      : []),
    ...(foreignChannelArn ? ["--foreign-channel-arn", foreignChannelArn] : []),
  ];
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === "object" && address ? address.port : 1;
}

describe("pae-conformance run, diff, merge and matrix", () => {
  beforeAll(async () => {
    faulty = await startEmulator({ faults: ["DuplicateIdsAsValidationException"] });
  });
  afterAll(async () => faulty?.close());

  it("passes against the embedded emulator and writes the three reports plus report.json", async () => {
    const { code, stdout } = await runCli(["run", ...QUICK, "--out", out("good")]);
    expect(code, stdout).toBe(0);
    expect(readdirSync(out("good")).sort()).toEqual(["junit.xml", "report.html", "report.json", "summary.md"]);
    expect(stdout).toContain("0 failed");
  });

  it("writes a report.json that validates against its versioned JSON Schema", () => {
    const run = JSON.parse(readFileSync(join(out("good"), "report.json"), "utf8")) as unknown;
    expect(validateRunDocument(run)).toEqual({ ok: true });
  });

  it("writes a junit.xml that a JUnit parser reads, one testcase per catalogue entry", async () => {
    const junit = await parseJunit(readFileSync(join(out("good"), "junit.xml"), "utf8"));
    const run = readRunDocument(join(out("good"), "report.json"));
    const testcases = (junit as { testsuite?: { testcase?: unknown[] }[] }).testsuite?.flatMap(
      (suite) => suite.testcase ?? [],
    );
    expect(testcases).toHaveLength(run.cases.length);
  });

  it("exits 1 against an emulator started separately with a fault, and the report names the broken rule", async () => {
    const { code } = await runCli([
      "run",
      "--endpoint",
      faulty.url,
      ...fixtureFlags(faulty),
      ...QUICK,
      "--out",
      out("bad"),
    ]);
    expect(code).toBe(1);
    const failed = readRunDocument(join(out("bad"), "report.json")).cases.filter((c) => c.outcome === "fail");
    expect(failed.map((c) => c.id)).toEqual(["DuplicateIdsAreRejected"]);
    expect(failed[0]?.reason).toMatch(/received ValidationException \(400\).*documented: DuplicatedAuditEventId/);
    expect(failed[0]?.exchanges.some((e) => e.curl.includes("curl"))).toBe(true);
  });

  it("reproduces the failure with the printed replay command and the printed curl, each run as printed", async () => {
    const failed = readRunDocument(join(out("bad"), "report.json")).cases.find((c) => c.outcome === "fail");
    if (failed === undefined) throw new Error("the faulty run has a failing case");
    expect(existsSync(join(out("bad"), "repro", `${failed.id}.json`))).toBe(true);
    // The shell splits the printed line exactly as a user's would.
    const env = { PATH: process.env.PATH, PAE_EXTERNAL_ID: faulty.targetFixtures.externalIdChannel?.externalId };
    const words = execFileSync("bash", ["-c", `printf '%s\\0' ${failed.replay.replace(/^npx pae-conformance /, "")}`], {
      env,
      stdio: ["ignore", "pipe", "pipe"],
    })
      .toString("utf8")
      .split("\0")
      .filter(Boolean);
    const replay = await runCli([...words, "--quiet", "--out", out("bad-replay")]);
    expect(replay.code, replay.stderr).toBe(1);
    expect(readRunDocument(join(out("bad-replay"), "report.json")).cases[0]?.reason).toBe(failed.reason);
    const shrunk = failed.exchanges.findLast((e) => e.verdicts.some((v) => v.outcome === "fail"));
    // Asynchronously: the emulator answering it lives in this process.
    const { stdout: curl } = await promisify(execFile)("bash", ["-c", shrunk?.curl ?? "false"], {
      cwd: out("bad"),
      env: {
        PATH: process.env.PATH,
        AWS_ACCESS_KEY_ID: faulty.credentials.accessKeyId,
        AWS_SECRET_ACCESS_KEY: faulty.credentials.secretAccessKey,
      },
      timeout: 20_000,
    });
    expect(curl).toMatch(/^HTTP\/1\.1 400 /);
    expect(curl).toMatch(/^x-amzn-errortype: ValidationException/im);
  });

  it("passes with the run command a separately started emulator prints about itself", async () => {
    const faithful = await startEmulator();
    try {
      const printed = describeEmulator(faithful)
        .split("\n")
        .find((line) => line.includes("npx pae-conformance run"));
      const argv = (printed ?? "").trim().split(/\s+/).slice(2);
      expect(argv).toContain("--foreign-channel-arn");
      const { code } = await runCli([...argv, ...QUICK, "--out", out("printed")]);
      expect(code).toBe(0);
      expect(readRunDocument(join(out("printed"), "report.json")).summary["not-applicable"]).toBe(0);
    } finally {
      await faithful.close();
    }
  });

  it("shows the regression between the two runs and exits 1", async () => {
    const { code, stdout } = await runCli(["diff", join(out("good"), "report.json"), join(out("bad"), "report.json")]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/REGRESSED/);
    expect(stdout).toContain("DuplicateIdsAreRejected");
  });

  it("finds no regression from a run to itself", async () => {
    const report = join(out("good"), "report.json");
    expect((await runCli(["diff", report, report])).code).toBe(0);
  });

  it("merges the shards of a run into one complete report", async () => {
    for (const shard of ["1/2", "2/2"]) {
      expect((await runCli(["run", ...QUICK, "--shard", shard, "--out", out(`shard${shard[0]}`)])).code).toBe(0);
    }
    const { code } = await runCli([
      "merge",
      join(out("shard1"), "report.json"),
      join(out("shard2"), "report.json"),
      "--out",
      out("merged"),
    ]);
    expect(code).toBe(0);
    const merged = readRunDocument(join(out("merged"), "report.json"));
    const whole = readRunDocument(join(out("good"), "report.json"));
    expect(merged.run.complete).toBe(true);
    expect(merged.cases.map((c) => c.id).sort()).toEqual(whole.cases.map((c) => c.id).sort());
  });

  it("prints the compatibility matrix of two runs", async () => {
    const { code, stdout } = await runCli([
      "matrix",
      `reference=${join(out("good"), "report.json")}`,
      `faulty=${join(out("bad"), "report.json")}`,
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain("reference");
    expect(stdout).toContain("faulty");
    expect(stdout).toContain("DuplicateIdsAreRejected");
  });

  it.each([
    ["an unknown command", ["nope"], /unknown command "nope"/],
    ["an unknown flag", ["run", "--chanel-arn", "x"], /Unknown option '--chanel-arn'/],
    ["an unknown category", ["run", "--only", "sizes", "--out", out("x")], /unknown category or case: sizes/],
    [
      "a fault for a remote endpoint",
      ["run", "--endpoint", "http://127.0.0.1:9", "--fault", "LosesAnEvent", "--out", out("x")],
      /--fault applies to the embedded emulator only/,
    ],
    ["an unknown fault", ["run", "--fault", "NoSuchFault", "--out", out("x")], /unknown fault 'NoSuchFault'/],
    ["a diff of a missing file", ["diff", out("none.json"), out("none.json")], /none\.json/],
  ])("exits 2 with one line for %s", async (_name, argv, message) => {
    const { code, stderr } = await runCli(argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });

  it("exits 2 with one line for an unreachable target", async () => {
    const port = await closedPort();
    const { code, stderr } = await runCli([
      "run",
      "--endpoint",
      `http://127.0.0.1:${port}`,
      "--channel-arn",
      faulty.targetFixtures.ownChannelArn ?? "",
      "--out",
      out("unreachable"),
    ]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/cannot reach http:\/\/127\.0\.0\.1:\d+: ECONNREFUSED \(nothing listens there/);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });

  it("exits 2 with one line for an output folder it cannot create", async () => {
    writeFileSync(out("a-file"), "x");
    const { code, stderr } = await runCli(["run", ...QUICK, "--out", join(out("a-file"), "reports")]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/cannot write reports to .*a-file\/reports: ENOTDIR/);
    expect(existsSync(join(out("a-file"), "reports"))).toBe(false);
  });
});

describe("a run that would test nothing, or cannot reach or trust its target, is a setup error (exit 2)", () => {
  let tls: { server: Server; url: string; caFile: string };
  let silent: NetServer;
  let silentUrl: string;
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startEmulator();
    tls = await selfSignedServer(join(work, "tls"));
    silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await emulator?.close();
    tls?.server.closeAllConnections();
    await new Promise((resolve) => tls?.server.close(resolve));
    silent?.close();
  });
  const own = () => ["--channel-arn", emulator.targetFixtures.ownChannelArn ?? ""];

  it.each<[string, () => string[], RegExp]>([
    [
      "an endpoint without any channel fixture",
      () => ["--endpoint", emulator.url],
      /^pae-conformance: no selected case applies to this target, so nothing would be tested: give --channel-arn/,
    ],
    [
      "a port that accepts and never answers",
      () => ["--endpoint", silentUrl, ...own(), "--timeout", "300"],
      /^pae-conformance: http:\/\/127\.0\.0\.1:\d+ accepted the connection but sent no answer within 300 ms: .*--timeout$/,
    ],
    [
      "an HTTPS target whose certificate is not trusted",
      () => ["--endpoint", tls.url, ...own()],
      /^pae-conformance: the TLS certificate of https:\/\/127\.0\.0\.1:\d+ is not trusted \(DEPTH_ZERO_SELF_SIGNED_CERT\): give its CA with --ca-cert FILE \(PEM\), or set NODE_EXTRA_CA_CERTS=FILE$/,
    ],
    ["--path without --case", () => ["--path", "0:0"], /^pae-conformance: --path replays one counterexample/],
    [
      "a replay of a case that does not apply (it would send nothing)",
      () => ["--endpoint", emulator.url, ...own(), "--case", "ForeignChannelIsRejected", "--path", "0"],
      /^pae-conformance: no selected case applies to this target.*--foreign-channel-arn$/,
    ],
    [
      "an output folder under /proc",
      () => ["--out", "/proc/pae-x"],
      /^pae-conformance: cannot write reports to \/proc\/pae-x: it is on a special file system/,
    ],
  ])("%s", async (_name, argv, message) => {
    const args = argv();
    const outArgs = args.includes("--out") ? [] : ["--out", out(`setup-${args.length}`)];
    const { code, stderr } = await runCli(["run", ...args, "--runs", "2", "--quiet", ...outArgs]);
    expect(code, stderr).toBe(2);
    expect(stderr.trim().split("\n")).toEqual([expect.stringMatching(message)]);
  });

  it("trusts an HTTPS target whose CA is given with --ca-cert", async () => {
    const args = ["run", "--endpoint", tls.url, ...own(), "--ca-cert", tls.caFile, "--only", "ZeroEventsAreRejected"];
    const { code, stderr } = await runCli([...args, "--runs", "1", "--quiet", "--out", out("tls")]);
    // The fake answers every request 400 without a name: the probe passed, the case is judged (and fails).
    expect(stderr).not.toMatch(/not trusted/);
    expect(code, stderr).toBe(1);
    expect(readRunDocument(join(out("tls"), "report.json")).summary.exchanges).toBeGreaterThan(0);
  });

  it("says '1 case' and '1 run', not '1 cases'", async () => {
    const { stderr } = await runCli(["run", "--only", "ZeroEventsAreRejected", "--runs", "1", "--out", out("one")]);
    expect(stderr).toMatch(/, 1 run per case\n/);
    expect(stderr).toMatch(/^running 1 case$/m);
  });

  it("takes a negative seed", async () => {
    const { code, stderr } = await runCli([
      "run",
      "--only",
      "ZeroEventsAreRejected",
      "--runs",
      "1",
      "--seed",
      "-5",
      "--quiet",
      "--out",
      out("neg"),
    ]);
    expect(code, stderr).toBe(0);
    expect(readRunDocument(join(out("neg"), "report.json")).run.seed).toBe(-5);
  });

  it("exits 2, not 130, when merging a run with a shard missing", async () => {
    const shard = out("half");
    expect(
      (await runCli(["run", "--only", "duplicates", "--runs", "2", "--quiet", "--shard", "1/2", "--out", shard])).code,
    ).toBe(0);
    const { code, stderr } = await runCli(["merge", join(shard, "report.json"), "--out", out("half-merged")]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^pae-conformance: the merged run is incomplete: .*missing shard 2\/2/);
  });
});
