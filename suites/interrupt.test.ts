import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readRunDocument } from "../reports/io/readRunDocument.ts";
import { validateRunDocument } from "../reports/schema/validateRunDocument.ts";
import { sampleRunDocument } from "../reports/testing/sampleRunDocument.ts";
import { spawnCli } from "./testing/hostile/spawnCli.ts";

const CLI_TIMEOUT_MS = 90_000;
/** Longer than CLI_TIMEOUT_MS (and the most --timeout takes), so a run that waited for the hung request could not pass. */
const HUNG_REQUEST_TIMEOUT_MS = 600_000;
/** A progress line of the non-TTY reporter: one per finished case. */
const PROGRESS_LINE = /^(PASS|FAIL|OBSERVED|SKIP|N\/A)\s+\S+\/\S+/m;
const STACK_LINE = /^\s+at /m;
const CHANNEL = "arn:aws:cloudtrail:us-east-1:111122223333:channel/00000000-0000-4000-8000-000000000001";
/**
 * Light cases, one at a time, many runs: the first finishes within a second or so, and the seven after it
 * leave the test seven times that to interrupt the run before it could end on its own.
 */
const SLOW_RUN = [
  "--only",
  [
    "ZeroEventsAreRejected",
    "EmptyBodyIsRejected",
    "BodyNotJsonObjectIsRejected",
    "MissingAuditEventsIsRejected",
    "MissingChannelArnIsRejected",
    "ChannelArnBreakingPatternIsRejected",
    "NonChannelArnIsRejected",
    "UnknownChannelIsRejected",
  ].join(","),
  "--concurrency",
  "1",
  "--runs",
  "600",
];

/** Waits until the child's stderr shows a line that matches, or the child ends (then the test fails). */
async function progressSeen(stderr: () => string, done: Promise<unknown>): Promise<boolean> {
  let ended = false;
  void done.then(() => {
    ended = true;
  });
  while (!ended && !PROGRESS_LINE.test(stderr())) {
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return !ended;
}

/** Resolves when `text()` matches, polling on the event loop; rejects if `done` settles first. */
async function seen(text: () => string, pattern: RegExp, done: Promise<unknown>): Promise<string> {
  let ended = false;
  void done.then(() => {
    ended = true;
  });
  for (let match = pattern.exec(text()); ; match = pattern.exec(text())) {
    if (match) return match[0];
    if (ended) throw new Error(`ended before ${pattern}: ${text()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Answers the first request (the CLI's probe) and then holds every request open, reporting each one. */
async function hangingTarget(onHang: () => void): Promise<{ server: Server; url: string }> {
  let requests = 0;
  const held: ServerResponse[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    request.resume();
    requests += 1;
    if (requests === 1) {
      request.on("end", () => response.writeHead(400, { "x-amzn-errortype": "ValidationException" }).end("{}"));
      return;
    }
    held.push(response);
    onHang();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** A stale report of an earlier run, complete and passing, that the new run must not leave behind. */
function staleReport(out: string): void {
  mkdirSync(out, { recursive: true });
  const stale = sampleRunDocument({ run: { complete: true, id: "stale-run" } });
  writeFileSync(join(out, "report.json"), JSON.stringify(stale));
}

function tryMountTmpfs(dir: string, size: string): boolean {
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", `size=${size}`, "tmpfs", dir], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

describe("interrupted and failing runs", () => {
  const root = mkdtempSync(join(tmpdir(), "pae-interrupt-"));
  const fullDisk = join(root, "full");
  let mounted = false;
  beforeAll(() => {
    mkdirSync(fullDisk);
    // A 4 kB tmpfs: the run starts, the first report does not fit. Needs root (this machine and CI have it).
    mounted = tryMountTmpfs(fullDisk, "4k");
  });
  afterAll(() => {
    if (mounted) execFileSync("umount", [fullDisk]);
    rmSync(root, { recursive: true, force: true });
  });

  it(
    "exits 130 on SIGINT mid-run and writes a valid report marked incomplete",
    async () => {
      const out = join(root, "interrupted");
      const cli = spawnCli(["run", ...SLOW_RUN, "--out", out]);
      expect(await progressSeen(cli.stderr, cli.done), cli.stderr()).toBe(true);
      cli.child.kill("SIGINT");
      const result = await cli.done;
      expect(result.code, result.stderr).toBe(130);
      expect(result.stderr).not.toMatch(STACK_LINE);
      const run = readRunDocument(join(out, "report.json"));
      expect(validateRunDocument(run)).toEqual({ ok: true });
      expect(run.run.complete).toBe(false);
      expect(run.run.incompleteReason).toMatch(/^interrupted after \d+ of 8 cases$/);
      expect(run.cases.length).toBeGreaterThanOrEqual(1);
      expect(readdirSync(out).filter((name) => name.endsWith(".tmp"))).toEqual([]);
    },
    CLI_TIMEOUT_MS,
  );

  it(
    "exits 2 with an incomplete report naming the lost target when the target is killed -9 mid-run",
    async () => {
      const { child: emulator, done: emulatorDone } = spawnCli(["emulator", "--port", "0"]);
      let printed = "";
      emulator.stdout?.on("data", (chunk: Buffer) => {
        printed += chunk.toString("utf8");
      });
      try {
        const line = await seen(() => printed, /npx pae-conformance run [^\n]+/, emulatorDone);
        const out = join(root, "lost");
        const cli = spawnCli([...line.split(/\s+/).slice(2), ...SLOW_RUN, "--out", out]);
        expect(await progressSeen(cli.stderr, cli.done), cli.stderr()).toBe(true);
        emulator.kill("SIGKILL");
        const result = await cli.done;
        expect(result.code, result.stderr).toBe(2);
        expect(result.stderr).not.toMatch(STACK_LINE);
        expect(result.stderr.trim().split("\n").at(-1)).toMatch(
          /^pae-conformance: the target http:\/\/127\.0\.0\.1:\d+ went away: .*connection-refused.*stopped after \d+ of 8 cases$/,
        );
        const run = readRunDocument(join(out, "report.json"));
        expect(run.run.complete).toBe(false);
        expect(run.run.incompleteReason).toMatch(/went away/);
        expect(run.summary.unreachable).toBeGreaterThanOrEqual(3);
        expect(run.summary.fail).toBe(0);
        expect(run.summary.pass).toBeGreaterThanOrEqual(1);
      } finally {
        emulator.kill("SIGKILL");
        await emulatorDone;
      }
    },
    CLI_TIMEOUT_MS,
  );

  it.each([
    ["once: the hung request is aborted at once", 1, /^interrupted after [01] of 1 cases$/],
    ["twice: the report is written as it stands", 2, /^interrupted( \(Ctrl-C twice\))? after [01] of 1 cases$/],
  ])(
    "on SIGINT %s, exit 130 with a valid incomplete report that replaced the stale one",
    async (_name, signals, reason) => {
      let hung: () => void = () => {};
      const hanging = new Promise<void>((resolve) => {
        hung = resolve;
      });
      const target = await hangingTarget(() => hung());
      try {
        const out = join(root, `hung-${signals}`);
        staleReport(out);
        const cli = spawnCli(
          ["run", "--endpoint", target.url, "--channel-arn", CHANNEL, "--only", "ValidBatchIsIngested"].concat([
            "--timeout",
            String(HUNG_REQUEST_TIMEOUT_MS),
            "--out",
            out,
          ]),
        );
        await hanging;
        // The run marked its folder the moment it started: no stale complete report can pass for it.
        const during = readRunDocument(join(out, "report.json"));
        expect(during.run.complete).toBe(false);
        expect(during.run.incompleteReason).toMatch(/^in progress since /);
        cli.child.kill("SIGINT");
        if (signals === 2) {
          await seen(cli.stderr, /Ctrl-C again/, cli.done);
          cli.child.kill("SIGINT");
        }
        // The hung request's own timeout outlives the test's: waiting it out would fail the test, not slow it.
        const result = await cli.done;
        expect(result.code, result.stderr).toBe(130);
        expect(result.stderr).not.toMatch(STACK_LINE);
        const run = readRunDocument(join(out, "report.json"));
        expect(validateRunDocument(run)).toEqual({ ok: true });
        expect(run.run.id).not.toBe("stale-run");
        expect(run.run.complete).toBe(false);
        expect(run.run.incompleteReason).toMatch(reason);
      } finally {
        target.server.closeAllConnections();
        await new Promise((resolve) => target.server.close(resolve));
      }
    },
    CLI_TIMEOUT_MS,
  );

  it(
    "exits 2 with one line on stderr when the output folder sits under a regular file",
    async () => {
      const file = join(root, "a-regular-file");
      writeFileSync(file, "not a directory\n");
      const result = await spawnCli([
        "run",
        "--only",
        "ZeroEventsAreRejected",
        "--runs",
        "2",
        "--out",
        join(file, "out"),
      ]).done;
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr.trim().split("\n")).toEqual([
        expect.stringMatching(/^pae-conformance: cannot write .*a-regular-file/),
      ]);
      expect(readdirSync(root).filter((name) => name.includes("a-regular-file"))).toEqual(["a-regular-file"]);
    },
    CLI_TIMEOUT_MS,
  );

  it(
    "exits 2 with one error line and leaves no half-written report or temp file when the disk is full",
    async () => {
      // This machine and CI run as root; a failure here means the full-disk case went untested, never a skip.
      expect(mounted, "mounting a 4 kB tmpfs needs root").toBe(true);
      const result = await spawnCli([
        "run",
        "--only",
        "ZeroEventsAreRejected",
        "--runs",
        "2",
        "--quiet",
        "--out",
        fullDisk,
      ]).done;
      expect(result.code, result.stderr).toBe(2);
      const errors = result.stderr.split("\n").filter((line) => /cannot write|ENOSPC|error/i.test(line));
      expect(errors).toEqual([
        expect.stringMatching(/^pae-conformance: cannot write .*no space left on device \(ENOSPC\)$/),
      ]);
      expect(result.stderr).not.toMatch(STACK_LINE);
      const left = readdirSync(fullDisk);
      expect(left.filter((name) => name.endsWith(".tmp"))).toEqual([]);
      // A report that is there is whole: each is written to a temp file and renamed.
      if (left.includes("report.json")) expect(() => readRunDocument(join(fullDisk, "report.json"))).not.toThrow();
      expect(existsSync(join(fullDisk, "report.json.tmp"))).toBe(false);
    },
    CLI_TIMEOUT_MS,
  );
});
