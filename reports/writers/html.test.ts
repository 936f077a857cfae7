import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyText } from "../fixtures/arbitraries/anyText.ts";
import { sampleCaseResult } from "../fixtures/sampleCaseResult.ts";
import { sampleRunDocument } from "../fixtures/sampleRunDocument.ts";
import { html } from "./html.ts";

const page = html(sampleRunDocument({ target: { fault: "duplicates-500" } }));

/** The HTML of the error matrix's row for a category. */
function matrixRow(text: string, category: string): string {
  const matrix = text.slice(text.indexOf("<h2>Error matrix</h2>"), text.indexOf("<h2>Failures</h2>"));
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
    ["has the error matrix", { given: "<h2>Error matrix</h2>", want: true }],
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
    ["shows the curl of the failing exchange in a pre", { given: "<pre>curl -sS -X POST", want: true }],
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
