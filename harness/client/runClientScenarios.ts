import type { Verdict } from "../model/verdict.ts";
import type { ClientScenario } from "./clientScenario.ts";
import type { ClientSetup } from "./clientUnderTest.ts";
import { judgeAnswer } from "./judges/judgeAnswer.ts";
import type { RecordedClientRequest } from "./scripted/recordedClientRequest.ts";
import { requestIds } from "./scripted/requestIds.ts";
import type { ScenarioRequestExpectation } from "./scripted/scriptedController.ts";
import type { ScriptedEmulator } from "./scripted/startScriptedEmulator.ts";
import { settleWithin } from "./settleWithin.ts";
import type { SurfacedAnswer } from "./surfacedAnswer.ts";

/** One call of the client for one scenario. */
export interface ScenarioCall {
  scenario: ClientScenario;
  seed: number;
  setup: ClientSetup;
  /** The emulator's open channel, for drivers that do not pick their own. */
  channelArn: string;
}

/** How a client is invoked: in process, or as a command. */
export interface ClientDriver {
  /** What the client will be asked to send (for the request checks), and how to invoke it. */
  prepare(call: ScenarioCall): { expected: ScenarioRequestExpectation; invoke: () => Promise<SurfacedAnswer> };
}

export interface ScenarioRunOptions {
  emulator: ScriptedEmulator;
  driver: ClientDriver;
  scenarios: readonly ClientScenario[];
  runs: number;
  seed: number;
  timeoutMs: number;
}

/** What happened in one call: how the client surfaced the answer, what it sent, the answer's verdicts. */
export interface ScenarioRun {
  scenario: ClientScenario;
  seed: number;
  surfaced: SurfacedAnswer;
  requests: RecordedClientRequest[];
  verdicts: Verdict[];
  durationMs: number;
}

/** Runs every scenario `runs` times against the scripted emulator, one call at a time. */
export async function runClientScenarios(options: ScenarioRunOptions): Promise<ScenarioRun[]> {
  const { emulator } = options;
  const scripted = emulator.scripted;
  const setup: ClientSetup = { endpoint: emulator.url, region: emulator.region, credentials: emulator.credentials };
  const channelArn = emulator.targetFixtures.ownChannelArn ?? "";
  const results: ScenarioRun[] = [];
  for (const [position, scenario] of options.scenarios.entries()) {
    for (let run = 0; run < options.runs; run += 1) {
      const seed = options.seed + position * options.runs + run;
      const { expected, invoke } = options.driver.prepare({ scenario, seed, setup, channelArn });
      scripted.setScenario(scenario.id, expected);
      scripted.clearRequests();
      const started = performance.now();
      const surfaced = await settleWithin(invoke, options.timeoutMs);
      const durationMs = performance.now() - started;
      const requests = scripted.requests();
      const ids = requests[0] === undefined ? [] : requestIds(requests[0].request.body);
      const verdicts = judgeAnswer(scenario.expect, surfaced, { ids, attempts: requests.length });
      results.push({ scenario, seed, surfaced, requests, verdicts, durationMs });
    }
  }
  scripted.setScenario(undefined);
  return results;
}
