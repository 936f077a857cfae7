import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import type { RequestInterceptor } from "../../emulator/createRequestListener.ts";
import { readBody } from "../../emulator/stages/readBody.ts";
import type { RequestHead } from "../../emulator/stages.ts";
import { checkClientRequest, type RequestExpectation } from "../checkClientRequest.ts";
import type { ClientScenario } from "../clientScenario.ts";
import { CLIENT_SCENARIOS } from "../clientScenarios.ts";
import { UnknownScenarioError } from "../selectScenarios.ts";
import type { RecordedClientRequest } from "./recordedClientRequest.ts";
import { requestIds } from "./requestIds.ts";
import { scriptedAdmin } from "./scriptedAdmin.ts";
import { writeScriptedAnswer } from "./writeScriptedAnswer.ts";

/** A client's request is kept up to this many bytes; the rest is drained. */
const MAX_KEPT_BODY_BYTES = 8 * 1024 * 1024;

/** What the requests are checked against, besides the signing credentials and region. */
export type ScenarioRequestExpectation = Partial<Pick<RequestExpectation, "channelArn" | "externalId">>;

export interface ScriptedController {
  /** Answers every following request with this scenario; undefined: answer faithfully. */
  setScenario(id: string | undefined, expected?: ScenarioRequestExpectation): void;
  scenario(): string | undefined;
  requests(): RecordedClientRequest[];
  clearRequests(): void;
  intercept: RequestInterceptor;
}

/** The scripted mode of the emulator: every request is checked and recorded; a set scenario answers it. */
export function createScriptedController(defaults: RequestExpectation): ScriptedController {
  let current: ClientScenario | undefined;
  let expectation = defaults;
  const recorded: RecordedClientRequest[] = [];

  const controller: ScriptedController = {
    setScenario(id, expected) {
      const found = id === undefined ? undefined : CLIENT_SCENARIOS.find((scenario) => scenario.id === id);
      if (id !== undefined && found === undefined) throw new UnknownScenarioError(id);
      current = found;
      expectation = { ...defaults, ...(expected ?? {}) };
    },
    scenario: () => current?.id,
    requests: () => [...recorded],
    clearRequests: () => void recorded.splice(0),
    intercept: async (req: IncomingMessage, res: ServerResponse, head: RequestHead) => {
      const read = await readBody(req, { max: MAX_KEPT_BODY_BYTES, unit: "bytes" });
      const admin = scriptedAdmin(head, read.bytes, controller);
      if (admin !== undefined) return void writeScriptedAnswer(res, admin);
      const scenario = current;
      const request = {
        method: head.method,
        url: `${head.rawPath}${head.rawQuery ? `?${head.rawQuery}` : ""}`,
        headers: head.headers,
        body: read.bytes,
        receivedAt: new Date().toISOString(),
      };
      const verdicts = await checkClientRequest(request, expectation);
      const answer = scenario?.answer(requestIds(read.bytes));
      recorded.push({
        index: recorded.length,
        ...(scenario ? { scenario: scenario.id } : {}),
        request,
        verdicts,
        ...(answer ? { answer } : {}),
      });
      if (answer !== undefined) return void writeScriptedAnswer(res, answer);
      return Readable.from([Buffer.from(read.bytes)]);
    },
  };
  return controller;
}
