import { readFileSync } from "node:fs";
import { join } from "node:path";

/** Where the vendored botocore snapshot lives, relative to the repository root. */
export const UPSTREAM_DIR = "spec/upstream";

/** The vendored files, by role. */
export const UPSTREAM_FILES = {
  model: `${UPSTREAM_DIR}/service-2.json`,
  license: `${UPSTREAM_DIR}/LICENSE.txt`,
  notice: `${UPSTREAM_DIR}/NOTICE`,
  provenance: `${UPSTREAM_DIR}/README.md`,
} as const;

/** The model's place inside an installed botocore package. */
export const MODEL_IN_BOTOCORE = "data/cloudtrail-data/2021-08-11/service-2.json";

/** A botocore service model (service-2.json), the part this project reads. */
export interface BotocoreModel {
  metadata: Record<string, string>;
  operations: Record<string, BotocoreOperation>;
  shapes: Record<string, BotocoreShape>;
}

export interface BotocoreOperation {
  name: string;
  http: { method: string; requestUri: string; responseCode?: number };
  input?: { shape: string };
  output?: { shape: string };
  errors?: { shape: string }[];
}

export interface BotocoreMember {
  shape: string;
  location?: string;
  locationName?: string;
}

export interface BotocoreShape {
  type: string;
  min?: number;
  max?: number;
  pattern?: string;
  required?: string[];
  members?: Record<string, BotocoreMember>;
  member?: BotocoreMember;
  key?: BotocoreMember;
  value?: BotocoreMember;
  exception?: boolean;
  fault?: boolean;
  error?: { httpStatusCode?: number; senderFault?: boolean; code?: string };
}

/** Reads the vendored botocore model under root as plain data. */
export function loadBotocoreModel(root: string): BotocoreModel {
  return JSON.parse(readFileSync(join(root, UPSTREAM_FILES.model), "utf8")) as BotocoreModel;
}
