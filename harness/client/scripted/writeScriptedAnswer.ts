import { randomUUID } from "node:crypto";
import type { ServerResponse } from "node:http";
import type { ScenarioAnswer } from "../clientScenario.ts";

/** Writes a scripted answer as it is: its body is text, and may be malformed on purpose. */
export function writeScriptedAnswer(res: ServerResponse, answer: ScenarioAnswer): void {
  res.writeHead(answer.status, {
    ...answer.headers,
    "x-amzn-requestid": randomUUID(),
    "content-length": Buffer.byteLength(answer.body),
  });
  res.end(answer.body);
}
