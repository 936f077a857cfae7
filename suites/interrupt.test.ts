import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readRunDocument } from "../reports/io/readRunDocument.ts";
import { validateRunDocument } from "../reports/schema/validateRunDocument.ts";
import { spawnCli } from "./hostile/spawnCli.ts";

const CLI_TIMEOUT_MS = 90_000;
/** A progress line of the non-TTY reporter: one per finished case. */
const PROGRESS_LINE = /^(PASS|FAIL|OBSERVED|SKIP|N\/A)\s+\S+\/\S+/m;
const STACK_LINE = /^\s+at /m;
/** Light cases, one at a time, many runs: the first finishes within seconds, the run would take minutes. */
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
  "2000",
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
