import type { RequestHead } from "../../emulator/stages.ts";
import type { ScenarioAnswer } from "../clientScenario.ts";
import type { ScriptedController } from "./scriptedController.ts";

/** Where a client author sets the scenario and reads what their client sent; not part of the AWS API. */
export const ADMIN_SCENARIO_PATH = "/_emulator/scenario";
export const ADMIN_REQUESTS_PATH = "/_emulator/requests";

const json = (status: number, body: unknown): ScenarioAnswer => ({
  status,
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

function setScenario(body: Uint8Array, controller: ScriptedController): ScenarioAnswer {
  try {
    const parsed = JSON.parse(new TextDecoder().decode(body)) as {
      scenario?: unknown;
      channelArn?: unknown;
      externalId?: unknown;
    };
    const id = typeof parsed.scenario === "string" ? parsed.scenario : undefined;
    const channelArn = typeof parsed.channelArn === "string" ? parsed.channelArn : undefined;
    const externalId = typeof parsed.externalId === "string" ? parsed.externalId : undefined;
    controller.setScenario(id, {
      ...(channelArn === undefined ? {} : { channelArn }),
      ...(externalId === undefined ? {} : { externalId }),
    });
    return json(200, { scenario: controller.scenario() ?? null });
  } catch (error) {
    return json(400, { message: error instanceof Error ? error.message : String(error) });
  }
}

function listRequests(controller: ScriptedController) {
  return controller.requests().map((entry) => ({
    ...entry,
    request: { ...entry.request, body: new TextDecoder().decode(entry.request.body) },
  }));
}

/**
 * `POST /_emulator/scenario {"scenario": "ChannelNotFound/header"}` (null: faithful again; optional
 * `channelArn`/`externalId`: what the client is expected to send), `GET` and `DELETE /_emulator/requests`.
 */
export function scriptedAdmin(
  head: RequestHead,
  body: Uint8Array,
  controller: ScriptedController,
): ScenarioAnswer | undefined {
  if (head.rawPath === ADMIN_SCENARIO_PATH && head.method === "POST") return setScenario(body, controller);
  if (head.rawPath === ADMIN_SCENARIO_PATH && head.method === "GET")
    return json(200, { scenario: controller.scenario() ?? null });
  if (head.rawPath !== ADMIN_REQUESTS_PATH) return undefined;
  if (head.method === "GET") return json(200, listRequests(controller));
  if (head.method === "DELETE") {
    controller.clearRequests();
    return json(200, []);
  }
  return undefined;
}
