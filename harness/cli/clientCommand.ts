import { mkdirSync } from "node:fs";
import { parseArgs } from "node:util";
import { writeReports } from "../../reports/io/writeReports.ts";
import { renderConsoleSummary } from "../../reports/writers/consoleSummary.ts";
import { BUILTIN_CLIENTS } from "../client/builtinClients.ts";
import { checkClient } from "../client/checkClient.ts";
import { checkClientDriver } from "../client/checkClientDriver.ts";
import { execDriver } from "../client/execDriver.ts";
import {
  DEFAULT_INTERCEPTION,
  INTERCEPTION_MODE_NAMES,
  INTERCEPTION_MODES,
  type InterceptionMode,
} from "../client/interceptionModes.ts";
import { selectScenarios, UnknownScenarioError } from "../client/selectScenarios.ts";
import type { RunDocument } from "../model/runDocument.ts";
import { shellQuote } from "../recording/shellQuote.ts";
import { keepCategories, selectClientCategories } from "../runner/selectCases.ts";
import { CliError, EXIT } from "./cliError.ts";
import type { CommandIo } from "./commandIo.ts";
import { parseNumber } from "./parseNumber.ts";
import { plural } from "./plural.ts";

/** Most of a command's time is often its own retry back-off, so a few at once finish far sooner on 2 cores. */
const DEFAULT_EXEC_CONCURRENCY = 4;

export const CLIENT_USAGE = `Usage: pae-conformance client (--exec 'COMMAND' | --builtin NAME [--interception MODE]) [flags]

Checks a PutAuditEvents client against a scripted reference emulator on 127.0.0.1: every request it sends
(method, path, channelArn and externalId in the query, Content-Type, body and eventData against the spec,
checksums, unique ids, SigV4 for the region and cloudtrail-data) and how it surfaces every documented
answer: success, a failed event per documented code, each documented error in both encodings (header and
body __type), a malformed 200.

  --exec 'COMMAND'    run COMMAND in a shell once per scenario, with PAE_ENDPOINT, AWS_ENDPOINT_URL,
                      AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_DEFAULT_REGION, AWS_REGION,
                      PAE_CHANNEL_ARN, PAE_EVENTS_FILE (a JSON file: the auditEvents list to send) and,
                      when the scenario has one, PAE_EXTERNAL_ID (send it as externalId) set. Contract: exit 0 on success, printing the result (the JSON
                      response, or at least each failed event's id and errorCode); on an error, exit
                      non-zero with the error's name (e.g. ChannelNotFound) in stdout or stderr.
  --builtin NAME      check a built-in client in process (${Object.keys(BUILTIN_CLIENTS).join(", ")})
  --interception MODE how a built-in client's requests reach the emulator (default ${DEFAULT_INTERCEPTION}):
${INTERCEPTION_MODE_NAMES.map((mode) => `                        ${mode}: ${INTERCEPTION_MODES[mode].description}`).join("\n")}
  --scenario ID       only this scenario or prefix (repeatable), e.g. Success, ChannelNotFound, PartialFailure
  --only CATEGORY     report only client-requests or client-answers (repeatable or comma-separated; every
                      scenario still runs, since both are judged from the same calls)
  --seed N            seed of the generated inputs (default: random, printed)
  --runs N            calls per scenario (default 1)
  --timeout MS        per call (default 10000 in process, 30000 for --exec)
  --concurrency N     --exec: runs of the command at once, each with its own scripted emulator
                      (default ${DEFAULT_EXEC_CONCURRENCY}); the report keeps scenario order
  --out DIR           where reports go (default reports/latest-client)
  --help              this text

Exit codes: 0 the client conforms, 1 a check failed, 2 usage or setup problem.
`;

const MAX_SEED = 2 ** 31 - 1;
const MAX_RUNS = 1000;
const MAX_TIMEOUT_MS = 600_000;
const DEFAULT_EXEC_TIMEOUT_MS = 30_000;
const DEFAULT_BUILTIN_TIMEOUT_MS = 10_000;
const MAX_CONCURRENCY = 64;

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        exec: { type: "string" },
        builtin: { type: "string" },
        interception: { type: "string" },
        scenario: { type: "string", multiple: true },
        only: { type: "string", multiple: true },
        seed: { type: "string" },
        runs: { type: "string" },
        timeout: { type: "string" },
        concurrency: { type: "string" },
        out: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }).values;
  } catch (error) {
    throw new CliError((error as Error).message.split("\n")[0] ?? "bad flags");
  }
}

function replayOf(values: ReturnType<typeof parse>): string {
  if (values.exec !== undefined) return `npx pae-conformance client --exec ${shellQuote(values.exec)}`;
  const interception = values.interception === undefined ? "" : ` --interception ${values.interception}`;
  return `npx pae-conformance client --builtin ${values.builtin}${interception}`;
}

function interceptionOf(values: ReturnType<typeof parse>): InterceptionMode {
  const mode = values.interception ?? DEFAULT_INTERCEPTION;
  if (values.exec !== undefined && values.interception !== undefined)
    throw new CliError("--interception applies to --builtin; an --exec command gets the emulator's URL");
  const known = INTERCEPTION_MODE_NAMES.find((name) => name === mode);
  if (known === undefined)
    throw new CliError(`unknown interception "${mode}" (known: ${INTERCEPTION_MODE_NAMES.join(", ")})`);
  return known;
}

async function check(values: ReturnType<typeof parse>, io: CommandIo): Promise<RunDocument> {
  if ((values.exec === undefined) === (values.builtin === undefined))
    throw new CliError("give exactly one of --exec and --builtin");
  const interception = interceptionOf(values);
  if (values.exec === undefined && values.concurrency !== undefined)
    throw new CliError("--concurrency applies to --exec; a built-in client runs one call at a time");
  const options = {
    scenarios: values.scenario ?? [],
    seed: values.seed === undefined ? Date.now() % MAX_SEED : parseNumber("seed", values.seed, 0, MAX_SEED),
    runs: values.runs === undefined ? 1 : parseNumber("runs", values.runs, 1, MAX_RUNS),
    replay: replayOf(values),
  };
  const timeout = (fallback: number) =>
    values.timeout === undefined ? fallback : parseNumber("timeout", values.timeout, 1, MAX_TIMEOUT_MS);
  io.stderr.write(`pae-conformance client: seed ${options.seed}, ${plural(options.runs, "run")} per scenario\n`);
  try {
    if (values.exec !== undefined) {
      const timeoutMs = timeout(DEFAULT_EXEC_TIMEOUT_MS);
      // The harness's own timer is a guard behind the command's, which kills the shell.
      // Each run of the command may take seconds: say which scenario runs, N of M, so a long check is not silent.
      const total = selectScenarios(options.scenarios).length * options.runs;
      let call = 0;
      const onCall = (id: string) => {
        call += 1;
        io.stderr.write(`scenario ${call} of ${total}: ${id}\n`);
      };
      const driver = execDriver(values.exec, { timeoutMs, env: io.env, onCall });
      const concurrency =
        values.concurrency === undefined
          ? DEFAULT_EXEC_CONCURRENCY
          : parseNumber("concurrency", values.concurrency, 1, MAX_CONCURRENCY);
      return await checkClientDriver("exec", driver, { ...options, concurrency, timeoutMs: timeoutMs + 1_000 });
    }
    const client = BUILTIN_CLIENTS[values.builtin ?? ""];
    if (client === undefined)
      throw new CliError(
        `unknown built-in client "${values.builtin}" (known: ${Object.keys(BUILTIN_CLIENTS).join(", ")})`,
      );
    return await checkClient({ ...client, ...options, interception, timeoutMs: timeout(DEFAULT_BUILTIN_TIMEOUT_MS) });
  } catch (error) {
    if (error instanceof UnknownScenarioError) throw new CliError(error.message);
    throw error;
  }
}

/** `pae-conformance client`: checks a client, writes the reports like `run`, exits 0, 1 or 2. */
export async function clientCommand(argv: string[], io: CommandIo): Promise<number> {
  const values = parse(argv);
  if (values.help) {
    io.stdout.write(CLIENT_USAGE);
    return EXIT.ok;
  }
  const categories = selectClientCategories((values.only ?? []).flatMap((names) => names.split(",")));
  const out = values.out ?? "reports/latest-client";
  try {
    mkdirSync(out, { recursive: true });
  } catch (error) {
    throw new CliError(`cannot write reports to ${out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const run = keepCategories(await check(values, io), categories);
  const written = writeReports(run, out);
  io.stdout.write(renderConsoleSummary(run));
  io.stdout.write(`\nreports: ${written.join(", ")}\n`);
  return run.summary.fail > 0 ? EXIT.failed : EXIT.ok;
}
