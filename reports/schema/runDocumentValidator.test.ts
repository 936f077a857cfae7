import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RUN_DOCUMENT_VALIDATOR_PATH, runDocumentValidatorSource } from "./runDocumentValidatorSource.ts";

describe("runDocumentValidator.js", () => {
  it("is exactly what npm run generate compiles from run-document.schema.json", () => {
    expect(readFileSync(RUN_DOCUMENT_VALIDATOR_PATH, "utf8"), "drifted from the schema: run npm run generate").toBe(
      runDocumentValidatorSource(),
    );
  });
});
