import type { Verdict } from "../../model/verdict.ts";
import type { ScenarioAnswer } from "../clientScenario.ts";
import type { InterceptedRequest } from "../interceptedRequest.ts";

/** One request a client sent to the scripted emulator, with the request checks' verdicts and the answer given. */
export interface RecordedClientRequest {
  index: number;
  /** The scenario in force, or undefined when the emulator answered faithfully. */
  scenario?: string;
  request: InterceptedRequest;
  verdicts: Verdict[];
  /** The scripted answer; undefined when the faithful emulator answered. */
  answer?: ScenarioAnswer;
}
