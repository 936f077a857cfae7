import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { type JsonObject, loadSpec, REPO_ROOT, SPEC_FILES } from "../loadSpec.ts";
import { botocoreFacts } from "./botocoreFacts.ts";
import { upstreamDisagreements } from "./compareWithUpstream.ts";
import type { FactName, FactSource, FactValue } from "./modelFact.ts";
import { specFacts } from "./specFacts.ts";
import { loadBotocoreModel, UPSTREAM_FILES } from "./upstreamFiles.ts";

// Proves the comparison can fail: a scratch copy of one document gets one edit at a time, and the
// comparison must name the edited fact. The table is derived from every fact each document states.

type Side = "spec" | "botocore";
const FILES: Record<Side, string> = { spec: SPEC_FILES.openapi, botocore: UPSTREAM_FILES.model };
const ORIGINAL_TEXT = {
  spec: readFileSync(join(REPO_ROOT, FILES.spec), "utf8"),
  botocore: readFileSync(join(REPO_ROOT, FILES.botocore), "utf8"),
};
const ORIGINAL = {
  spec: parse(ORIGINAL_TEXT.spec) as JsonObject,
  botocore: JSON.parse(ORIGINAL_TEXT.botocore) as JsonObject,
};
// JSON is YAML too, and much faster to write than YAML.
const write = (root: string, side: Side, text: string) => writeFileSync(join(root, FILES[side]), text);

interface Edit {
  side: Side;
  /** Changes the parsed document in place. */
  apply: (document: JsonObject) => void;
  /** The facts the comparison must then name. */
  want: { node: string; fact: FactName }[];
}

/** The object at a path of a parsed document. */
const at = (document: JsonObject, ...path: string[]) =>
  path.reduce<JsonObject>((node, token) => node[token] as JsonObject, document);

const tokens = (pointer: string) =>
  pointer
    .split("/")
    .slice(1)
    .map((t) => t.replaceAll("~1", "/").replaceAll("~0", "~"));

/** A different value of the same kind: a bound one higher, a pattern or name changed, a flag flipped. */
const changed = (value: unknown): unknown =>
  typeof value === "number" ? value + 1 : typeof value === "boolean" ? !value : `${String(value)}x`;

/** Edits the document at a fact's source: a value changes, an entry (required name, error, member) goes. */
function editAt({ pointer, kind }: FactSource, original: FactValue) {
  return (document: JsonObject) => {
    const path = tokens(pointer);
    const last = path.pop() as string;
    const parent = at(document, ...path);
    if (kind === "value") parent[last] = changed(parent[last] ?? original);
    else if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  };
}

/** One edit per stated fact's source; facts that share a source (a shared shape) are all expected. */
function derivedEdits(side: Side): [string, Edit][] {
  const facts = side === "spec" ? specFacts(loadSpec(REPO_ROOT).openapi) : botocoreFacts(loadBotocoreModel(REPO_ROOT));
  const bySource = new Map<string, Edit & { name: string }>();
  for (const { node, fact, value, source } of facts) {
    if (source === undefined) continue;
    const id = `${source.kind} ${source.pointer}`;
    const edit = bySource.get(id) ?? {
      name: `${side}: ${source.kind === "value" ? "changes" : "removes"} ${source.pointer} (${fact})`,
      side,
      apply: editAt(source, value),
      want: [],
    };
    edit.want.push({ node, fact });
    bySource.set(id, edit);
  }
  return [...bySource.values()].map(({ name, ...edit }) => [name, edit]);
}

const OP = "PutAuditEvents";

/** Facts that are keys, defaults or absences in one document: edited by hand. */
const HAND_EDITS: [string, Edit][] = [
  [
    "spec: the method becomes PUT",
    {
      side: "spec",
      apply: (d) => renameKey(at(d, "paths", "/PutAuditEvents"), "post", "put"),
      want: [{ node: OP, fact: "method" }],
    },
  ],
  [
    "spec: the path changes",
    {
      side: "spec",
      apply: (d) => renameKey(at(d, "paths"), "/PutAuditEvents", "/PutAuditEvent"),
      want: [{ node: OP, fact: "requestUri" }],
    },
  ],
  [
    "spec: success becomes 201",
    {
      side: "spec",
      apply: (d) => renameKey(at(d, "paths", "/PutAuditEvents", "post", "responses"), "200", "201"),
      want: [{ node: OP, fact: "responseCode" }],
    },
  ],
  [
    "spec: eventData gets a maxLength",
    {
      side: "spec",
      apply: (d) => {
        at(d, "components", "schemas", "AuditEvent", "properties").eventData = { type: "string", maxLength: 5 };
      },
      want: [{ node: `${OP}.input.auditEvents[].eventData`, fact: "maxLength" }],
    },
  ],
  [
    "spec: eventDataChecksum becomes required",
    {
      side: "spec",
      apply: (d) => {
        (at(d, "components", "schemas", "AuditEvent").required as string[]).push("eventDataChecksum");
      },
      want: [{ node: `${OP}.input.auditEvents[].eventDataChecksum`, fact: "required" }],
    },
  ],
  [
    "botocore: an error states status 403",
    {
      side: "botocore",
      apply: (d) => {
        at(d, "shapes", "ChannelNotFound").error = { httpStatusCode: 403, senderFault: true };
      },
      want: [{ node: `${OP}.errors.ChannelNotFound`, fact: "httpStatusCode" }],
    },
  ],
  [
    "botocore: an error becomes a server fault",
    {
      side: "botocore",
      apply: (d) => {
        at(d, "shapes", "InvalidChannelARN").fault = true;
      },
      want: [
        { node: `${OP}.errors.InvalidChannelARN`, fact: "httpStatusCode" },
        { node: `${OP}.errors.InvalidChannelARN`, fact: "senderFault" },
      ],
    },
  ],
  [
    "botocore: String gets a pattern",
    {
      side: "botocore",
      apply: (d) => {
        at(d, "shapes", "String").pattern = "^.*$";
      },
      want: [{ node: `${OP}.input.auditEvents[].eventData`, fact: "pattern" }],
    },
  ],
  [
    "botocore: a new member appears",
    {
      side: "botocore",
      apply: (d) => {
        (at(d, "shapes", "AuditEvent").members as JsonObject).eventTime = { shape: "String" };
      },
      want: [{ node: `${OP}.input.auditEvents[].eventTime`, fact: "exists" }],
    },
  ],
  [
    "botocore: externalId becomes required",
    {
      side: "botocore",
      apply: (d) => {
        (at(d, "shapes", "PutAuditEventsRequest").required as string[]).push("externalId");
      },
      want: [{ node: `${OP}.input.externalId`, fact: "required" }],
    },
  ],
];

function renameKey(object: JsonObject, from: string, to: string) {
  object[to] = object[from];
  delete object[from];
}

const scratch = mkdtempSync(join(tmpdir(), "pae-upstream-"));
cpSync(join(REPO_ROOT, "spec"), join(scratch, "spec"), { recursive: true });
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const DERIVED = { spec: derivedEdits("spec"), botocore: derivedEdits("botocore") };

describe("the comparison with botocore, on a scratch copy edited one fact at a time", () => {
  it("agrees before any edit", () => {
    expect(upstreamDisagreements(scratch)).toEqual([]);
  });

  it.each<Side>(["spec", "botocore"])("derives an edit for every kind of fact the %s states", (side) => {
    const kinds = new Set(DERIVED[side].flatMap(([, edit]) => edit.want.map((want) => want.fact)));
    const expected: FactName[] = ["type", "minLength", "maxLength", "minItems", "maxItems", "pattern", "required"];
    expect([...kinds]).toEqual(expect.arrayContaining([...expected, "location", "locationName", "exists"]));
    if (side === "botocore")
      expect([...kinds]).toEqual(expect.arrayContaining(["method", "requestUri", "responseCode"]));
    if (side === "spec") expect([...kinds]).toEqual(expect.arrayContaining(["httpStatusCode"]));
  });

  it.each([...DERIVED.spec, ...DERIVED.botocore, ...HAND_EDITS])("fails naming the fact when %s", (_name, edit) => {
    const original = ORIGINAL[edit.side];
    const document = structuredClone(original);
    edit.apply(document);
    expect(document, "the edit changed nothing").not.toEqual(original);
    write(scratch, edit.side, JSON.stringify(document, null, 2));
    try {
      const found = upstreamDisagreements(scratch).map(({ node, fact }) => ({ node, fact }));
      for (const want of edit.want) expect(found).toContainEqual(want);
    } finally {
      write(scratch, edit.side, ORIGINAL_TEXT[edit.side]);
    }
  });
});
