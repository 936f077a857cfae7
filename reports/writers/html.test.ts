import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyText } from "../testing/arbitraries/anyText.ts";
import { sampleCaseResult } from "../testing/sampleCaseResult.ts";
import { SAMPLE_CASES } from "../testing/sampleCases.ts";
import { sampleExchange } from "../testing/sampleExchange.ts";
import { sampleRunDocument } from "../testing/sampleRunDocument.ts";
import { html } from "./html.ts";

const page = html(sampleRunDocument({ target: { fault: "duplicates-500" } }));

/** The HTML of the error matrix's row for a category. */
function matrixRow(text: string, category: string): string {
  const matrix = text.slice(text.indexOf('<h2 id="error-matrix">'), text.indexOf('<h2 id="failures">'));
  return matrix.split("<tr>").find((row) => row.startsWith(`<td>${category}</td>`)) ?? "";
}

describe("html", () => {
  it.each<[string, { given: string; want: boolean }]>([
    [
      "names the target endpoint",
      { given: "<dd>http://127.0.0.1:4566 (us-east-1), embedded reference emulator</dd>", want: true },
    ],
    ["names the fault in force", { given: "<dt>fault</dt><dd>duplicates-500</dd>", want: true }],
    ["names the seed", { given: "<dt>seed</dt><dd>42</dd>", want: true }],
    ["says the run is complete", { given: 'class="banner complete"', want: true }],
    ["has the error matrix, in a box that scrolls", { given: '<h2 id="error-matrix">Error matrix</h2>', want: true }],
    ["puts the matrix table in a scrolling box", { given: '<div class="scroll"><table>', want: true }],
    ["says FAIL in the title", { given: "<title>FAIL · PutAuditEvents conformance: ", want: true }],
    ["says FAIL in the first heading", { given: '<h1><span class="verdict-fail">FAIL</span>', want: true }],
    ["says FAIL in a red banner", { given: '<p class="banner verdict-fail">FAIL: ', want: true }],
    ["highlights a failing row", { given: '<tr class="row-fail">', want: true }],
    ["highlights the failure count", { given: '<td class="n bad-count">', want: true }],
    ["draws the outcome bars as inline SVG", { given: 'aria-label="cases per category by outcome"', want: true }],
    ["draws the latency per case as inline SVG", { given: 'aria-label="latency per case', want: true }],
    ["shows the seed the replay command takes", { given: "Reproduce with run seed 1337, path 3:1:0", want: true }],
    [
      "lists a failing case's reason",
      {
        given: "received InternalFailure (500), documented: DuplicatedAuditEventId or ValidationException",
        want: true,
      },
    ],
    [
      "shows the replay command in a pre",
      {
        given: "<pre>npx pae-conformance run --only DuplicateEventIdsAreRejected --seed 1337 --path 3:1:0</pre>",
        want: true,
      },
    ],
    ["shows the curl of the failing exchange in a pre", { given: "<pre>curl -sS", want: true }],
    [
      "shows what an observed case observed",
      { given: "observed AccessDeniedException (403); the reference does not name the error", want: true },
    ],
    ["lists a skipped case", { given: "skipped by --skip WrongChecksumFailsTheEvent", want: true }],
    ["has latency per category", { given: "<h2>Latency</h2>", want: true }],
    ["loads no script", { given: "<script", want: false }],
    ["links to nothing outside the page", { given: 'href="http', want: false }],
    ["loads no external stylesheet or font", { given: "<link", want: false }],
    ["imports nothing from CSS", { given: "@import", want: false }],
    ["uses no url() in CSS", { given: "url(", want: false }],
  ])("%s", (_name, { given, want }) => {
    expect(page.includes(given)).toBe(want);
  });

  it.each<[string, { given: string; want: string }]>([
    ["marks the answers a category's cases accept", { given: "duplicates", want: "96 ✔" }],
    ["marks the answers a category's cases do not accept", { given: "duplicates", want: "4 ✘" }],
    ["marks a transport error as not acceptable", { given: "malformed", want: "1 ✘" }],
    ["marks an observed 200 as acceptable", { given: "size", want: "5 ✔" }],
  ])("%s in the error matrix", (_name, { given, want }) => {
    expect(matrixRow(page, given)).toContain(want);
  });

  it("says PASS first for a passing run, and INCOMPLETE for one cut short", () => {
    const passing = sampleRunDocument({ cases: SAMPLE_CASES.filter((c) => c.outcome !== "fail") });
    expect(html(passing)).toMatch(/<title>PASS · [\s\S]*<h1><span class="verdict-pass">PASS<\/span>/);
    const cut = sampleRunDocument({ cases: passing.cases, run: { complete: false, incompleteReason: "x" } });
    expect(html(cut)).toContain('<p class="banner verdict-incomplete">INCOMPLETE: ');
  });

  it("has a target for every in-page link, and no id twice", () => {
    const ids = [...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    const links = [...page.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((link) => !ids.includes(link))).toEqual([]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it("shows the per-event codes that made a 200 acceptable", () => {
    const body = JSON.stringify({ successful: [], failed: [{ id: "a", errorCode: "InvalidData", errorMessage: "x" }] });
    const exchange = sampleExchange(0, { status: 200 });
    const response = { status: 200, headers: {}, bodyPreview: body, bodyBytes: body.length, truncated: false };
    const base = sampleCaseResult({ category: "event-data", answersSeen: { "200": 1 } });
    const text = html(sampleRunDocument({ cases: [{ ...base, exchanges: [{ ...exchange, response }] }] }));
    expect(matrixRow(text, "event-data")).toContain("200 · InvalidData ×1");
  });

  it("shows an INCOMPLETE banner with the reason", () => {
    const text = html(sampleRunDocument({ run: { complete: false, incompleteReason: "interrupted by SIGINT" } }));
    expect(text).toContain('<p class="banner incomplete">INCOMPLETE: interrupted by SIGINT</p>');
  });

  it("escapes everything a target or a case can put in the page", () => {
    fc.assert(
      fc.property(anyText(), (text) => {
        const hostile = `<script>alert(1)</script><img src=x onerror=y>${text}`;
        const cases = [
          sampleCaseResult({ id: hostile, title: hostile, reason: hostile, outcome: "fail", replay: hostile }),
        ];
        const out = html(sampleRunDocument({ cases, target: { endpoint: hostile, fault: hostile } }));
        expect(out).not.toMatch(/<script|<img/);
        expect([...out].filter((char) => (char.codePointAt(0) ?? 0) < 0x20 && !"\t\n\r".includes(char))).toEqual([]);
      }),
    );
  });
});
