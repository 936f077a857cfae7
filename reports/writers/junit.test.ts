import fc from "fast-check";
import { parse, type TestCase, type TestSuite, type TestSuites } from "junit2json";
import { describe, expect, it } from "vitest";
import { anyText } from "../testing/arbitraries/anyText.ts";
import { sampleCaseResult } from "../testing/sampleCaseResult.ts";
import { sampleRunDocument } from "../testing/sampleRunDocument.ts";
import { junit } from "./junit.ts";

// junit2json's default turns numeric-looking attributes into numbers ("" into NaN): the property test keeps text.
async function parseSuites(xml: string, keepText = false): Promise<TestSuites> {
  const parsed = await parse(xml, keepText ? {} : undefined);
  if (parsed === null || parsed === undefined || !("testsuite" in parsed)) throw new Error("no <testsuites>");
  return parsed as TestSuites;
}

async function testcases(xml: string, keepText = false): Promise<TestCase[]> {
  return ((await parseSuites(xml, keepText)).testsuite ?? []).flatMap((s: TestSuite) => s.testcase ?? []);
}

async function testcase(xml: string, id: string): Promise<TestCase | undefined> {
  return (await testcases(xml)).find((c) => c.name?.startsWith(`${id}:`));
}

/** What a reader gets back: the characters XML cannot carry show as `\uXXXX`, everything else unchanged. */
function visible(text: string): string {
  return [...text]
    .map((char) => {
      const cp = char.codePointAt(0) ?? 0;
      const ok =
        cp === 9 ||
        cp === 10 ||
        cp === 13 ||
        (cp >= 0x20 && cp <= 0xd7ff) ||
        (cp >= 0xe000 && cp <= 0xfffd) ||
        cp >= 0x10000;
      return ok ? char : `\\u${cp.toString(16).toUpperCase().padStart(4, "0")}`;
    })
    .join("");
}

const xml = junit(sampleRunDocument());

describe("junit", () => {
  it.each<[string, { given: (s: TestSuites) => unknown; want: unknown }]>([
    [
      "writes one suite per category in catalogue order",
      {
        given: (s) => s.testsuite?.map((t) => t.name),
        want: ["valid", "events-count", "duplicates", "external-id", "channel", "size", "checksum", "malformed"],
      },
    ],
    ["counts every catalogue entry", { given: (s) => s.tests, want: 9 }],
    ["counts the failures", { given: (s) => s.failures, want: 2 }],
    [
      "counts failures per suite",
      { given: (s) => s.testsuite?.find((t) => t.name === "duplicates")?.failures, want: 1 },
    ],
    [
      "counts skipped and not-applicable cases as skipped",
      { given: (s) => s.testsuite?.find((t) => t.name === "channel")?.skipped, want: 1 },
    ],
  ])("%s", async (_name, { given, want }) => {
    expect(given(await parseSuites(xml))).toEqual(want);
  });

  it.each<[string, { given: string; want: (c: TestCase | undefined) => unknown; is: unknown }]>([
    [
      "names a case by id and title",
      {
        given: "UnknownChannelIsNotFound",
        want: (c) => c?.name,
        is: "UnknownChannelIsNotFound: A channel that does not exist is not found",
      },
    ],
    ["uses the category as classname", { given: "UnknownChannelIsNotFound", want: (c) => c?.classname, is: "channel" }],
    ["writes the time in seconds", { given: "DuplicateEventIdsAreRejected", want: (c) => c?.time, is: 1.2 }],
    [
      "puts the reason in the failure message",
      {
        given: "DuplicateEventIdsAreRejected",
        want: (c) => c?.failure?.[0]?.message,
        is: "received InternalFailure (500), documented: DuplicatedAuditEventId or ValidationException",
      },
    ],
    [
      "types a failure with its first failing check",
      { given: "DuplicateEventIdsAreRejected", want: (c) => c?.failure?.[0]?.type, is: "statusIsDocumented" },
    ],
    [
      "puts seed and path in the failure body",
      {
        given: "DuplicateEventIdsAreRejected",
        want: (c) => c?.failure?.[0]?.inner?.includes("seed 1337, path 3:1:0"),
        is: true,
      },
    ],
    [
      "puts the replay command in the failure body",
      {
        given: "DuplicateEventIdsAreRejected",
        want: (c) => c?.failure?.[0]?.inner?.includes("--only DuplicateEventIdsAreRejected --seed 1337 --path 3:1:0"),
        is: true,
      },
    ],
    [
      "puts the curl of the failing exchange in the failure body",
      {
        given: "DuplicateEventIdsAreRejected",
        want: (c) => c?.failure?.[0]?.inner?.includes("curl -sS -X POST"),
        is: true,
      },
    ],
    [
      "marks a skipped case skipped with its reason",
      {
        given: "WrongChecksumFailsTheEvent",
        want: (c) => c?.skipped?.[0]?.message,
        is: "skipped by --skip WrongChecksumFailsTheEvent",
      },
    ],
    [
      "marks a not-applicable case skipped with its reason",
      {
        given: "ForeignChannelIsRefused",
        want: (c) => c?.skipped?.[0]?.message,
        is: "not applicable: the target has no foreignChannelArn fixture",
      },
    ],
    [
      "lets an observed case pass",
      { given: "MissingExternalIdIsRefused", want: (c) => c?.failure ?? c?.skipped, is: undefined },
    ],
    [
      "says what an observed case observed",
      {
        given: "MissingExternalIdIsRefused",
        want: (c) => c?.["system-out"]?.[0],
        is: "observed: observed AccessDeniedException (403); the reference does not name the error\nanswers: AccessDeniedException x100",
      },
    ],
    [
      "leaves a passing case bare",
      {
        given: "ValidSingleEventIsAccepted",
        want: (c) => Object.keys(c ?? {}).sort(),
        is: ["classname", "name", "time"],
      },
    ],
  ])("%s", async (_name, { given, want, is }) => {
    expect(want(await testcase(xml, given))).toEqual(is);
  });

  it("never gives a suite more time than the whole run took (cases run in parallel)", () => {
    const cases = [1, 2, 3].map((i) => sampleCaseResult({ id: `Case${i}`, category: "valid", durationMs: 900 }));
    const run = sampleRunDocument({ cases });
    const text = junit({ ...run, summary: { ...run.summary, durationMs: 1000 } });
    const suiteTimes = [...text.matchAll(/<testsuite name="valid"[^>]* time="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(suiteTimes).toEqual([1]);
  });

  it("adds an erroring suite when the run is incomplete", async () => {
    const suites = await parseSuites(
      junit(sampleRunDocument({ run: { complete: false, incompleteReason: "SIGINT" } })),
    );
    expect(suites.testsuite?.at(-1)?.testcase?.[0]?.error?.[0]?.message).toBe("the run is INCOMPLETE: SIGINT");
  });

  it("still parses, and keeps the text, whatever the titles and reasons hold", async () => {
    await fc.assert(
      fc.asyncProperty(anyText(), anyText(), async (title, reason) => {
        const cases = [
          sampleCaseResult({ title, reason, outcome: "fail", failures: [{ check: "c", outcome: "fail", reason }] }),
          sampleCaseResult({ id: "Skipped", title, reason, outcome: "skipped" }),
          sampleCaseResult({ id: "Observed", title, reason, outcome: "observed" }),
        ];
        const [failed, skipped, observed] = await testcases(junit(sampleRunDocument({ cases })), true);
        expect(failed?.name).toBe(`ValidSingleEventIsAccepted: ${visible(title)}`);
        expect(failed?.failure?.[0]?.message).toBe(visible(reason));
        expect(skipped?.skipped?.[0]?.message).toBe(visible(reason));
        expect(observed?.["system-out"]?.[0]).toContain(visible(reason));
      }),
      { numRuns: 200 },
    );
  });
});
