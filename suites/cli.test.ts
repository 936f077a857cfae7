import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseJunit } from "junit2json";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeEmulator } from "../harness/emulator/describeEmulator.ts";
import { type RunningEmulator, startEmulator } from "../harness/emulator/startEmulator.ts";
import { readRunDocument } from "../reports/io/readRunDocument.ts";
import { validateRunDocument } from "../reports/schema/validateRunDocument.ts";
import { runCli } from "./testing/runCli.ts";

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
      "--out",
      out("unreachable"),
    ]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/cannot reach http:\/\/127\.0\.0\.1:\d+: ECONNREFUSED/);
  });

  it("exits 2 with one line for an output folder it cannot create", async () => {
    writeFileSync(out("a-file"), "x");
    const { code, stderr } = await runCli(["run", ...QUICK, "--out", join(out("a-file"), "reports")]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/cannot write reports to .*a-file\/reports: ENOTDIR/);
    expect(existsSync(join(out("a-file"), "reports"))).toBe(false);
  });
});
