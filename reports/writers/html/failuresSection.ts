import type { CaseResult } from "../../../harness/model/runDocument.ts";
import type { Verdict } from "../../../harness/model/verdict.ts";
import { reproduction } from "../../analysis/reproduction.ts";
import { anchor } from "./anchors.ts";
import { esc, pre, table } from "./markup.ts";

const verdictRow = (v: Verdict): string[] => [
  esc(v.check),
  esc(v.expected ?? ""),
  esc(v.actual ?? ""),
  esc(v.path ?? ""),
  esc(v.reason),
];

function failure(c: CaseResult): string {
  const { seedAndPath, replay, curl } = reproduction(c);
  return [
    `<h3 id="${anchor.failure(c.id)}">${esc(c.id)}: ${esc(c.title)}</h3>`,
    `<p class="fail">${esc(c.reason)}</p>`,
    `<p>${esc(c.documentation)} <small>(${esc(c.specRef)})</small></p>`,
    table(["check", "expected", "actual", "at", "reason"], c.failures.map(verdictRow)),
    `<p>Reproduce with ${esc(seedAndPath)}:</p>`,
    pre(replay),
    ...(curl === undefined
      ? []
      : [
          `<p>The shrunk counterexample as curl (its exact body is <code>repro/${esc(c.id)}.json</code> next to this report):</p>`,
          pre(curl),
        ]),
  ].join("\n");
}

/** Each failing case with its reason, failing verdicts and a ready reproduction. */
export function failuresSection(cases: readonly CaseResult[]): string {
  const failing = cases.filter((c) => c.outcome === "fail");
  if (failing.length === 0) return '<h2 id="failures">Failures</h2>\n<p>No case failed.</p>';
  return ['<h2 id="failures">Failures</h2>', ...failing.map(failure)].join("\n");
}
