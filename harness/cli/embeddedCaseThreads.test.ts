import { describe, expect, it } from "vitest";
import { CATALOGUE } from "../catalogue/catalogue.ts";
import { startEmbeddedCaseThreads, useCaseThreads } from "./embeddedCaseThreads.ts";
import { parseRunOptions, type RunOptions } from "./runOptions.ts";

const optionsOf = (argv: string[]) => parseRunOptions(argv) as RunOptions;
const [anyCase] = CATALOGUE;

describe("embedded case threads", () => {
  it.each([
    ["an external target", ["--endpoint", "http://127.0.0.1:9"]],
    ["a replay", ["--threads", "2", "--case", "ZeroEventsAreRejected", "--path", "0:1"]],
    ["one named case", ["--threads", "2", "--case", "ZeroEventsAreRejected"]],
    ["one thread", ["--threads", "1"]],
    ["one case at a time", ["--threads", "2", "--concurrency", "1"]],
  ])("start none for %s", async (_what, argv) => {
    expect(await startEmbeddedCaseThreads(optionsOf(argv))).toEqual([]);
  });

  it("start one from the options, which refuses a case before the run's settings, and is closed when one case is selected", async () => {
    if (anyCase === undefined) throw new Error("empty catalogue");
    const options = optionsOf(["--threads", "2", "--only", "channel"]);
    const started = await startEmbeddedCaseThreads(options);
    try {
      expect(started).toHaveLength(1);
      const [thread] = started;
      await expect(thread?.run(anyCase)).rejects.toThrow(/before the run's settings/);
      const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" };
      const target = {
        endpoint: "",
        region: "us-east-1",
        credentials,
        fixtures: {},
        timeoutMs: 1,
        maxResponseBytes: 1,
      };
      const settings = { target, seed: 1, runs: 1 };
      const used = await useCaseThreads(started, options, { cases: 1, settings, signal: new AbortController().signal });
      expect(used).toEqual([]);
      await expect(thread?.run(anyCase)).rejects.toThrow(/exited/);
    } finally {
      await Promise.all(started.map((thread) => thread.close()));
    }
  }, 60_000);
});
