import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { awsSdkV2Client } from "../harness/client/awsSdkV2Client.ts";
import { checkClient } from "../harness/client/checkClient.ts";
import { checkClientDriver } from "../harness/client/checkClientDriver.ts";
import { CLIENT_REQUEST_CHECK_NAMES } from "../harness/client/clientRequestChecks.ts";
import { CLIENT_SCENARIOS } from "../harness/client/clientScenarios.ts";
import { execDriver } from "../harness/client/execDriver.ts";
import { INTERCEPTION_MODE_NAMES } from "../harness/client/interceptionModes.ts";
import { BROKEN_CLIENTS } from "../harness/client/testing/brokenClients.ts";
import type { RunDocument } from "../harness/model/runDocument.ts";
import { validateRunDocument } from "../reports/schema/validateRunDocument.ts";

const SEED = 20_261_125;
const outcomes = (run: RunDocument) => Object.fromEntries(run.cases.map((c) => [c.id, c.outcome]));
const failedChecks = (run: RunDocument) =>
  new Set(
    run.cases.flatMap((c) => [
      ...(c.outcome === "fail" && c.category === "client-requests" ? [c.id] : []),
      ...c.failures.map((f) => f.check),
    ]),
  );

describe.each(INTERCEPTION_MODE_NAMES)("the aws-sdk v2 client, in process with %s interception", (interception) => {
  let run: RunDocument;
  beforeAll(async () => {
    run = await checkClient({ ...awsSdkV2Client, seed: SEED, interception });
  }, 60_000);

  it("produces a run document valid against the report schema", () => {
    expect(validateRunDocument(run)).toEqual({ ok: true });
  });

  it.each(CLIENT_REQUEST_CHECK_NAMES)("sends requests that pass %s", (check) => {
    expect(outcomes(run)[check]).toBe("pass");
  });

  it.each(CLIENT_SCENARIOS.map((s) => [s.id, s] as const))("handles %s as documented", (id, scenario) => {
    const result = run.cases.find((c) => c.id === id);
    expect(result?.outcome, result?.reason).toBe("pass");
    if (scenario.expect.kind === "error")
      expect(Object.keys(result?.answersSeen ?? {})).toEqual([`threw ${scenario.expect.name}`]);
  });

  it("retries 5xx and throttling within maxRetries and reports the attempts", () => {
    const unavailable = run.cases.find((c) => c.id === "ServiceUnavailable/header");
    expect(unavailable?.exchanges).toHaveLength(3);
    expect(unavailable?.reason).toContain("after 3 attempts");
  });
});

describe("planted-bug clients", () => {
  it.each(
    INTERCEPTION_MODE_NAMES.flatMap((interception) =>
      BROKEN_CLIENTS.map((entry) => [entry.client.name, entry.caughtBy, interception, entry] as const),
    ),
  )(
    "%s is caught by %s with %s interception",
    async (_name, caughtBy, interception, { client }) => {
      const run = await checkClient({ ...client, seed: SEED, interception });
      expect(run.summary.fail).toBeGreaterThan(0);
      expect(failedChecks(run)).toContain(caughtBy);
    },
    60_000,
  );
});

describe("the AWS CLI, out of process", () => {
  let home: string;
  let run: RunDocument;
  const scenarios = [
    "Success",
    "PartialFailure/InvalidChecksum",
    "ChannelNotFound",
    "DuplicatedAuditEventId/body",
    "InvalidChannelARN/header",
    "ValidationException/body",
    "AccessDeniedException/header",
  ];
  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), "pae-client-cli-"));
    await writeFile(join(home, "config"), "");
    await writeFile(join(home, "credentials"), "");
    // The README's line: each scenario's events from PAE_EVENTS_FILE, its external id (if any) from PAE_EXTERNAL_ID.
    const command = `aws cloudtrail-data put-audit-events --endpoint-url "$PAE_ENDPOINT" --channel-arn "$PAE_CHANNEL_ARN" --audit-events "file://$PAE_EVENTS_FILE" \${PAE_EXTERNAL_ID:+--external-id "$PAE_EXTERNAL_ID"} --cli-read-timeout 10 --output json`;
    const env = {
      PATH: process.env.PATH ?? "",
      HOME: home,
      AWS_CONFIG_FILE: join(home, "config"),
      AWS_SHARED_CREDENTIALS_FILE: join(home, "credentials"),
      AWS_MAX_ATTEMPTS: "1",
      AWS_EC2_METADATA_DISABLED: "true",
      AWS_PAGER: "",
    };
    run = await checkClientDriver("aws-cli", execDriver(command, { timeoutMs: 30_000, env }), {
      scenarios,
      seed: SEED,
      timeoutMs: 31_000,
    });
  }, 120_000);
  afterAll(() => rm(home, { recursive: true, force: true }));

  it.each(CLIENT_REQUEST_CHECK_NAMES)("sends requests that pass %s", (check) => {
    expect(outcomes(run)[check]).toBe("pass");
  });

  it("surfaces every scenario as documented, errors by name", () => {
    const answers = run.cases.filter((c) => c.category === "client-answers");
    expect(answers).toHaveLength(8);
    expect(answers.filter((c) => c.outcome !== "pass").map((c) => `${c.id}: ${c.reason}`)).toEqual([]);
    expect(Object.keys(answers.find((c) => c.id === "ChannelNotFound/body")?.answersSeen ?? {})).toEqual([
      expect.stringMatching(/^exited [1-9]\d* naming ChannelNotFound$/),
    ]);
  });
});
