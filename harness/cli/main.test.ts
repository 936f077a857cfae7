import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { UnknownSelectionError } from "../runner/selectCases.ts";
import { importEdges, reachableFrom } from "../testing/importGraph.ts";
import { CliError } from "./cliError.ts";
import type { CommandIo } from "./commandIo.ts";
import { COMMANDS } from "./commands.ts";
import { main } from "./main.ts";
import { USER_ERRORS } from "./userErrors.ts";

function capture(env: NodeJS.ProcessEnv = {}) {
  const out = { stdout: "", stderr: "" };
  const io: CommandIo = {
    stdout: { write: (chunk: string) => (out.stdout += chunk) },
    stderr: { write: (chunk: string) => (out.stderr += chunk) },
    env,
  };
  return { io, out };
}

/** main() with one planted command that throws `error`. */
async function throwing(error: unknown, env?: NodeJS.ProcessEnv) {
  const { io, out } = capture(env);
  const code = await main(["planted"], io, {
    ...COMMANDS,
    planted: async () => async () => {
      throw error;
    },
  });
  return { code, ...out };
}

const HINT = "(a bug in pae-conformance; run with PAE_DEBUG=1 for the stack)";

describe("main's exit codes", () => {
  it.each<[string, { given: unknown; want: { code: number; stderr: string } }]>([
    [
      "exits 3 on an internal error, in one line with a hint",
      {
        given: new TypeError("cannot read properties of undefined\n  more"),
        want: { code: 3, stderr: `pae-conformance: internal error: cannot read properties of undefined ${HINT}\n` },
      },
    ],
    [
      "exits 3 on a thrown non-error",
      { given: "oops", want: { code: 3, stderr: `pae-conformance: internal error: oops ${HINT}\n` } },
    ],
    [
      "exits 2 on a usage error",
      {
        given: new CliError("give exactly one of --exec and --builtin"),
        want: { code: 2, stderr: "pae-conformance: give exactly one of --exec and --builtin\n" },
      },
    ],
    [
      "keeps a CliError's own code",
      { given: new CliError("regressed", 1), want: { code: 1, stderr: "pae-conformance: regressed\n" } },
    ],
    [
      "exits 2 on a typed user error",
      {
        given: new UnknownSelectionError(["Nope"], ["valid"]),
        want: { code: 2, stderr: "pae-conformance: unknown category or case: Nope (categories: valid)\n" },
      },
    ],
  ])("%s", async (_name, { given, want }) => {
    const { code, stderr } = await throwing(given);
    expect({ code, stderr }).toEqual(want);
  });

  it("prints an internal error's stack with PAE_DEBUG=1", async () => {
    const { code, stderr } = await throwing(new RangeError("bad index"), { PAE_DEBUG: "1" });
    expect(code).toBe(3);
    expect(stderr).toMatch(/^pae-conformance: internal error: bad index .*\nRangeError: bad index\n\s+at /);
  });

  it("exits 2 when run is given a client category, and says it is one", async () => {
    const { io, out } = capture();
    expect(await main(["run", "--only", "client-answers"], io)).toBe(2);
    expect(out.stderr).toContain("client-answers is a client category: pae-conformance client --only client-answers");
  });

  it("exits 2 when client is given a server category, and says it is one", async () => {
    const { io, out } = capture();
    expect(await main(["client", "--builtin", "aws-sdk-v2", "--only", "duplicates"], io)).toBe(2);
    expect(out.stderr).toContain("duplicates is a server category: pae-conformance run --only duplicates");
  });
});

/** Typed errors the CLI can reach that are not a user's doing: a case or the runner broke its own contract. */
const INTERNAL_ERRORS = [
  "MissingFixtureError", // a case used a fixture its `needs` does not list
  "UnknownCheckError", // the CLI never takes check names; an unknown one is a catalogue bug
];

describe("the user errors table", () => {
  it("names every typed error the CLI can reach, unless it is listed as internal", () => {
    const root = fileURLToPath(new URL("../..", import.meta.url));
    const reached = reachableFrom(["harness/cli/main.ts"], importEdges(root));
    const declared = [...reached].flatMap((file) =>
      [...readFileSync(`${root}/${file}`, "utf8").matchAll(/export class (\w+) extends Error\b/g)].map((m) => m[1]),
    );
    expect(declared.length).toBeGreaterThan(10);
    expect(declared.filter((name) => !INTERNAL_ERRORS.includes(name ?? "")).sort()).toEqual(
      USER_ERRORS.map((type) => type.name).sort(),
    );
  });
});
