import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CliError } from "./cliError.ts";
import { parseRunOptions, RUN_DEFAULTS } from "./runOptions.ts";

const dir = mkdtempSync(join(tmpdir(), "pae-options-"));
const config = join(dir, "ci.json");
writeFileSync(
  config,
  JSON.stringify({ endpoint: "http://127.0.0.1:4599", "channel-arn": "arn:x", runs: 7, only: ["valid"] }),
);
const badConfig = join(dir, "bad.json");
writeFileSync(badConfig, JSON.stringify({ endpont: "typo" }));

describe("parseRunOptions", () => {
  it("uses the defaults with no flags", () => {
    const { replayOut, ...defaults } = RUN_DEFAULTS;
    expect(parseRunOptions([])).toMatchObject({
      ...defaults,
      only: [],
      skip: [],
      allowIngest: false,
      endpoint: undefined,
    });
  });

  it.each<[string, { given: string[]; want: Record<string, unknown> }]>([
    [
      "reads the fixtures",
      {
        given: ["--endpoint", "http://127.0.0.1:1", "--channel-arn", "arn:a", "--foreign-channel-arn", "arn:f"],
        want: { channelArn: "arn:a", foreignChannelArn: "arn:f" },
      },
    ],
    [
      "splits comma lists and repeats",
      {
        given: ["--only", "valid,size", "--only", "channel", "--case", "X"],
        want: { only: ["valid", "size", "channel", "X"] },
      },
    ],
    ["reads a shard", { given: ["--shard", "2/3"], want: { shard: { index: 2, total: 3 } } }],
    [
      "reads a config file",
      {
        given: ["--config", config],
        want: { endpoint: "http://127.0.0.1:4599", channelArn: "arn:x", runs: 7, only: ["valid"] },
      },
    ],
    ["lets flags win over the config file", { given: ["--config", config, "--runs", "3"], want: { runs: 3 } }],
    ["reads repeated faults", { given: ["--fault", "A", "--fault", "B"], want: { faults: ["A", "B"] } }],
    [
      "reads repeated readings",
      {
        given: ["--reading", "nullMember=absent", "--reading", "bareChannelId=refused"],
        want: { readings: ["nullMember=absent", "bareChannelId=refused"] },
      },
    ],
    ["takes a negative seed", { given: ["--seed", "-5"], want: { seed: -5 } }],
    ["takes a negative seed in = form", { given: ["--seed=-5"], want: { seed: -5 } }],
    [
      "writes a replay elsewhere than the run it reproduces",
      { given: ["--case", "X", "--path", "0:1"], want: { out: "reports/replay", path: "0:1" } },
    ],
    ["reads a thread count", { given: ["--threads", "1"], want: { threads: 1 } }],
    ["reads a CA certificate file name", { given: ["--ca-cert", "ca.pem"], want: { caCert: "ca.pem" } }],
  ])("%s", (_name, { given, want }) => {
    expect(parseRunOptions(given)).toMatchObject(want);
  });

  it.each([
    ["an unknown flag", ["--endpiont", "x"], /Unknown option '--endpiont'/],
    ["a run count of zero", ["--runs=0"], /--runs takes a whole number from 1/],
    ["a shard past its total", ["--shard", "3/2"], /--shard takes i\/n/],
    ["three threads", ["--threads", "3"], /--threads takes a whole number from 1 to 2/],
    [
      "threads for an external target",
      ["--endpoint", "http://127.0.0.1:1", "--threads", "2"],
      /--threads applies to the embedded emulator only/,
    ],
    ["an endpoint that is not a URL", ["--endpoint", "localhost:4599"], /--endpoint must be an http\(s\) URL/],
    ["an external id channel without its id", ["--external-id-channel-arn", "arn:x"], /needs --external-id/],
    ["--path without --case", ["--path", "0:0"], /--path replays one counterexample: give it with exactly one --case/],
    ["--path with two cases", ["--path", "0:0", "--case", "A,B"], /exactly one --case/],
    ["a missing config file", ["--config", join(dir, "none.json")], /cannot read config file .*ENOENT/],
    ["a config file with an unknown key", ["--config", badConfig], /unknown keys endpont/],
  ])("rejects %s with one line", (_name, given, message) => {
    expect(() => parseRunOptions(given)).toThrow(CliError);
    expect(() => parseRunOptions(given)).toThrow(message);
    try {
      parseRunOptions(given);
    } catch (error) {
      expect((error as Error).message).not.toContain("\n");
    }
  });
});
