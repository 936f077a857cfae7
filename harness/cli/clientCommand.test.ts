import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readRunDocument } from "../../reports/io/readRunDocument.ts";
import type { CommandIo } from "./commandIo.ts";
import { main } from "./main.ts";

function capture(): CommandIo & { out: () => string; err: () => string } {
  let out = "";
  let err = "";
  return {
    stdout: { write: (chunk: string) => (out += chunk) },
    stderr: { write: (chunk: string) => (err += chunk) },
    env: { PATH: process.env.PATH ?? "" },
    out: () => out,
    err: () => err,
  };
}

describe("pae-conformance client", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "pae-client-cmd-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("prints its usage, with the --exec contract, for --help", async () => {
    const io = capture();
    expect(await main(["client", "--help"], io)).toBe(0);
    expect(io.out()).toContain("exit 0 on success");
    expect(io.out()).toContain("aws-sdk-v2");
    expect(io.out()).toContain("--interception MODE");
    expect(io.out()).toContain("(default nock)");
  });

  it.each([
    ["neither --exec nor --builtin", [], "exactly one of --exec and --builtin"],
    ["both --exec and --builtin", ["--exec", "true", "--builtin", "aws-sdk-v2"], "exactly one of --exec and --builtin"],
    ["an unknown built-in client", ["--builtin", "boto2"], 'unknown built-in client "boto2"'],
    ["an unknown scenario", ["--builtin", "aws-sdk-v2", "--scenario", "NoSuchThing"], 'unknown scenario "NoSuchThing"'],
    ["a bad --runs", ["--builtin", "aws-sdk-v2", "--runs", "0"], "--runs takes a whole number"],
    ["an unknown flag", ["--builtin", "aws-sdk-v2", "--bogus"], "bogus"],
    ["an unknown interception", ["--builtin", "aws-sdk-v2", "--interception", "proxy"], 'unknown interception "proxy"'],
    ["--interception with --exec", ["--exec", "true", "--interception", "nock"], "--interception applies to --builtin"],
    ["a server category", ["--builtin", "aws-sdk-v2", "--only", "size"], "size is a server category"],
    [
      "--concurrency with --builtin",
      ["--builtin", "aws-sdk-v2", "--concurrency", "2"],
      "--concurrency applies to --exec",
    ],
    ["a bad --concurrency", ["--exec", "true", "--concurrency", "0"], "--concurrency takes a whole number"],
  ])("exits 2 with one line for %s", async (_name, argv, message) => {
    const io = capture();
    expect(await main(["client", "--out", join(dir, "usage"), ...argv], io)).toBe(2);
    expect(io.err()).toContain(message);
    expect(io.err().trim().split("\n").at(-1)).toMatch(/^pae-conformance: /);
  });

  it.each([
    ["nock by default, reaching the emulator as AWS's host", [], "cloudtrail-data.us-east-1.amazonaws.com"],
    [
      "--interception endpoint, reaching it as 127.0.0.1",
      ["--interception", "endpoint"],
      expect.stringMatching(/^127\.0\.0\.1:\d+$/),
    ],
  ])(
    "checks the built-in client with %s, writes the reports like run, and exits 0",
    async (name, flags, host) => {
      const io = capture();
      const out = join(dir, `builtin-${name.split(" ")[0]}`);
      const scenarios = ["--scenario", "Success", "--scenario", "ChannelNotFound"];
      expect(
        await main(["client", "--builtin", "aws-sdk-v2", ...flags, ...scenarios, "--seed", "7", "--out", out], io),
      ).toBe(0);
      for (const file of ["report.json", "junit.xml", "report.html", "summary.md"])
        expect(existsSync(join(out, file))).toBe(true);
      const run = readRunDocument(join(out, "report.json"));
      const answers = run.cases.filter((c) => c.category === "client-answers");
      expect(answers.map((c) => c.id)).toEqual(["Success", "ChannelNotFound/header", "ChannelNotFound/body"]);
      expect(answers.flatMap((c) => c.exchanges.map((exchange) => exchange.request.headers.host))).toEqual([
        host,
        host,
        host,
      ]);
    },
    30_000,
  );

  it("reports only the client category --only names", async () => {
    const out = join(dir, "only-answers");
    const argv = ["client", "--builtin", "aws-sdk-v2", "--scenario", "Success", "--only", "client-answers"];
    expect(await main([...argv, "--seed", "7", "--out", out], capture())).toBe(0);
    const run = readRunDocument(join(out, "report.json"));
    expect(run.cases.map((c) => `${c.category} ${c.id}`)).toEqual(["client-answers Success"]);
    expect(Object.keys(run.summary.byCategory)).toEqual(["client-answers"]);
  }, 30_000);
  // A client in shell: sends exactly the events file, with the external id when one is given, prints the answer.
  const CURL_CLIENT = [
    'q="channelArn=$(node -p "encodeURIComponent(process.env.PAE_CHANNEL_ARN)")"',
    'if [ -n "$PAE_EXTERNAL_ID" ]; then q="$q&externalId=$(node -p "encodeURIComponent(process.env.PAE_EXTERNAL_ID)")"; fi',
    'curl -sS -X POST "$PAE_ENDPOINT/PutAuditEvents?$q" -H "content-type: application/json" --aws-sigv4 "aws:amz:$AWS_REGION:cloudtrail-data" --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY" --data-binary "{\\"auditEvents\\": $(cat "$PAE_EVENTS_FILE")}"',
    "echo client-said-this >&2",
  ].join("\n");

  it("gives the command each scenario's events and external id, shows progress, and records what it printed", async () => {
    const io = capture();
    const out = join(dir, "exec-contract");
    const code = await main(
      ["client", "--exec", CURL_CLIENT, "--scenario", "Success", "--runs", "4", "--seed", "3", "--out", out],
      io,
    );
    const run = readRunDocument(join(out, "report.json"));
    const success = run.cases.find((c) => c.id === "Success");
    expect(run.cases.filter((c) => c.outcome === "fail").map((c) => `${c.id}: ${c.reason}`)).toEqual([]);
    expect(code, io.err()).toBe(0);
    expect(io.err()).toMatch(/^scenario 1 of 4: Success$/m);
    expect(io.err()).toMatch(/^scenario 4 of 4: Success$/m);
    expect(success?.commandOutput?.stderr).toBe("client-said-this\n");
    expect(success?.commandOutput?.stdout).toContain('"successful"');
  }, 60_000);

  it("reports the same, in scenario order, whether the command runs one or four at a time", async () => {
    const scenarios = ["Success", "PartialFailure", "ChannelNotFound", "ThrottlingException/429"];
    const verdictsWith = async (concurrency: string) => {
      const out = join(dir, `exec-concurrency-${concurrency}`);
      const flags = ["--concurrency", concurrency, "--seed", "11", "--out", out];
      await main(
        ["client", "--exec", CURL_CLIENT, ...scenarios.flatMap((id) => ["--scenario", id]), ...flags],
        capture(),
      );
      return readRunDocument(join(out, "report.json")).cases.map((c) => ({
        id: c.id,
        category: c.category,
        outcome: c.outcome,
        answersSeen: c.answersSeen,
        failures: c.failures.map((f) => [f.check, f.outcome, f.expected, f.actual]),
        sent: c.exchanges.map((exchange) => exchange.request.bodyPreview),
      }));
    };
    const one = await verdictsWith("1");
    // Every PartialFailure code, both encodings of each error: more calls than run at once.
    expect(one.filter((c) => c.category === "client-answers").length).toBeGreaterThan(8);
    expect(await verdictsWith("4")).toEqual(one);
  }, 120_000);

  it("exits 1 when the command sends no request", async () => {
    const io = capture();
    const out = join(dir, "exec");
    expect(
      await main(
        ["client", "--exec", "echo ChannelNotFound >&2; exit 3", "--scenario", "ChannelNotFound/header", "--out", out],
        io,
      ),
    ).toBe(1);
    const run = readRunDocument(join(out, "report.json"));
    expect(run.cases.find((c) => c.id === "ChannelNotFound/header")?.failures.map((f) => f.check)).toEqual([
      "requestSent",
    ]);
  }, 30_000);
});
