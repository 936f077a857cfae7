import type { Category } from "../model/caseDefinition.ts";
import type { Expectation } from "../model/expectation.ts";
import type { ChannelFixtures } from "../model/target.ts";

export const EXPORT_SCHEMA_VERSION = 1;

/** One generated request, as it goes on the wire minus the endpoint and the credentials. */
export interface ExportedRequest {
  method: string;
  /** The path below the endpoint, e.g. `/PutAuditEvents`. */
  path: string;
  /** The query string exactly as sent, percent-encoded, without `?`; empty when there is none. */
  query: string;
  /** Headers without Host and without any signing header (Authorization, X-Amz-Date, ...). */
  headers: Record<string, string>;
  /** The body bytes: as text when they are valid UTF-8, else base64. */
  body: { text: string } | { base64: string };
  /** Sign with SigV4 (service `signingName`, the document's region) before sending. */
  sign: boolean;
}

/** One concrete instance of a case. */
export interface ExportedInstance {
  label?: string;
  /** Ids of the events the generator made bad on purpose; a 200 must list them in `failed`. */
  markedEventIds?: string[];
  request: ExportedRequest;
}

/** One catalogue entry, as data: what it checks, where the rule is stated, what answers are acceptable. */
export interface ExportedCase {
  id: string;
  title: string;
  category: Category;
  documentation: string;
  specRef: string;
  tags: string[];
  /** The channel fixtures (keys of the document's `fixtures`) its requests address. */
  needs: string[];
  /** True when sending it ingests events (costs money on the real service). */
  ingests: boolean;
  expect: Expectation;
  instances: ExportedInstance[];
}

/** The catalogue as language-neutral vectors; JSON Schema: harness/export/export.schema.json. */
export interface ExportDocument {
  schemaVersion: typeof EXPORT_SCHEMA_VERSION;
  tool: { name: string; version: string };
  seed: number;
  runs: number;
  /** SigV4 signing name and the restJson1 error namespace. */
  service: { signingName: string; errorNamespace: string; operation: string };
  region: string;
  /** The channel fixtures the requests were generated for: replace these strings to address your own channels. */
  fixtures: ChannelFixtures;
  cases: ExportedCase[];
}
