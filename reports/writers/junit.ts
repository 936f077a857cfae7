import type { CaseResult, RunDocument } from "../../harness/model/runDocument.ts";
import { describeVerdict } from "../analysis/describeVerdict.ts";
import { groupByCategory } from "../analysis/groupByCategory.ts";
import { reproduction } from "../analysis/reproduction.ts";
import { escapeXml } from "../text/escapeXml.ts";

const seconds = (ms: number): string => (ms / 1000).toFixed(3);
const attr = (text: string): string => escapeXml(text, "attribute");

function failureBody(result: CaseResult): string {
  const { seedAndPath, replay, curl } = reproduction(result);
  return [
    "failing verdicts:",
    ...result.failures.map((v) => `  - ${describeVerdict(v)}`),
    `reproduce: ${seedAndPath}`,
    `replay: ${replay}`,
    ...(curl === undefined ? [] : ["curl of the first failing exchange:", curl]),
  ].join("\n");
}

function answersLine(result: CaseResult): string {
  const answers = Object.entries(result.answersSeen).map(([answer, n]) => `${answer} x${n}`);
  return answers.length === 0 ? "no answers recorded" : `answers: ${answers.join(", ")}`;
}

function body(result: CaseResult): string {
  switch (result.outcome) {
    case "pass":
      return "";
    case "fail": {
      const type = result.failures[0]?.check ?? "fail";
      return `<failure message="${attr(result.reason)}" type="${attr(type)}">${escapeXml(failureBody(result))}</failure>`;
    }
    case "observed":
      return `<system-out>${escapeXml(`observed: ${result.reason}\n${answersLine(result)}`)}</system-out>`;
    case "skipped":
      return `<skipped message="${attr(result.reason)}"/>`;
    case "not-applicable":
      return `<skipped message="${attr(`not applicable: ${result.reason}`)}"/>`;
    case "unreachable":
      return `<error message="${attr(`unreachable: ${result.reason}`)}" type="unreachable"/>`;
  }
}

function testcase(result: CaseResult): string {
  const open = `<testcase classname="${attr(result.category)}" name="${attr(`${result.id}: ${result.title}`)}" time="${seconds(result.durationMs)}"`;
  const inner = body(result);
  return inner === "" ? `    ${open}/>` : `    ${open}>${inner}</testcase>`;
}

function suite(
  name: string,
  cases: readonly CaseResult[],
  timestamp: string,
  properties: string,
  runMs: number,
): string {
  const count = (o: CaseResult["outcome"]): number => cases.filter((c) => c.outcome === o).length;
  const skipped = count("skipped") + count("not-applicable");
  // Cases run in parallel: their sum can exceed the wall time of the whole run, which a suite cannot.
  const time = seconds(
    Math.min(
      runMs,
      cases.reduce((sum, c) => sum + c.durationMs, 0),
    ),
  );
  return [
    `  <testsuite name="${attr(name)}" tests="${cases.length}" failures="${count("fail")}" errors="${count("unreachable")}" skipped="${skipped}" time="${time}" timestamp="${attr(timestamp)}">`,
    properties,
    ...cases.map(testcase),
    "  </testsuite>",
  ].join("\n");
}

// An interrupted run must not look green in CI: it gets a suite of its own with an error in it.
function incompleteSuite(run: RunDocument): string[] {
  if (run.run.complete) return [];
  const message = attr(`the run is INCOMPLETE: ${run.run.incompleteReason ?? "no reason recorded"}`);
  return [
    `  <testsuite name="run" tests="1" failures="0" errors="1" skipped="0" time="0.000">`,
    `    <testcase classname="run" name="run: the run completed" time="0.000"><error message="${message}" type="incomplete"/></testcase>`,
    "  </testsuite>",
  ];
}

/** junit.xml: one testsuite per category, one testcase per catalogue entry; skipped cases still appear. */
export function junit(run: RunDocument): string {
  const { summary, target } = run;
  const properties = [
    "    <properties>",
    `      <property name="endpoint" value="${attr(target.endpoint)}"/>`,
    ...(target.fault === undefined ? [] : [`      <property name="fault" value="${attr(target.fault)}"/>`]),
    `      <property name="seed" value="${run.run.seed}"/>`,
    `      <property name="runs" value="${run.run.runs}"/>`,
    "    </properties>",
  ].join("\n");
  const errors = run.run.complete ? 0 : 1;
  const skipped = summary.skipped + summary["not-applicable"];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${attr(`${run.tool.name} ${target.endpoint}`)}" tests="${summary.total + errors}" failures="${summary.fail}" errors="${errors}" skipped="${skipped}" time="${seconds(summary.durationMs)}">`,
    ...groupByCategory(run.cases).map(({ category, items }) =>
      suite(category, items, run.run.startedAt, properties, summary.durationMs),
    ),
    ...incompleteSuite(run),
    "</testsuites>",
    "",
  ].join("\n");
}
