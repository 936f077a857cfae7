import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CompiledValidator,
  validateEventData,
  validateRequestBody,
  validateRequestQuery,
} from "../../generated/validators.js";
import { type ExpectedError, generatorContracts, type Subject } from "./testing/generatorContracts.ts";

const SEED = 20261125;
const DEFAULT_RUNS = 50;
const CHANNEL = "arn:aws:cloudtrail:us-east-1:111122223333:channel/00000000-0000-4000-8000-000000000001";

interface Judgement {
  parsed: boolean;
  errors: ExpectedError[];
}

const judge = (errors: { keyword: string; instancePath: string }[] | null | undefined): Judgement => ({
  parsed: true,
  errors: (errors ?? []).map(({ keyword, instancePath }) => ({ keyword, instancePath })),
});

function validated(validator: CompiledValidator<unknown>, data: unknown): Judgement {
  validator(data);
  return judge(validator.errors);
}

/** Wraps a value into what a compiled validator sees, validates it and returns the ajv errors. */
const SUBJECTS: Record<Subject, (value: unknown) => Judgement> = {
  eventIdInBody: (id) => validated(validateRequestBody, { auditEvents: [{ id, eventData: "{}" }] }),
  externalIdInQuery: (externalId) => validated(validateRequestQuery, { channelArn: CHANNEL, externalId }),
  channelArnInQuery: (channelArn) => validated(validateRequestQuery, { channelArn }),
  auditEventInBody: (event) => validated(validateRequestBody, { auditEvents: [event] }),
  eventsInBody: (auditEvents) => validated(validateRequestBody, { auditEvents }),
  body: (body) => validated(validateRequestBody, body),
  eventData: (text) => {
    const parsed = parseJson(String(text));
    if (!parsed.ok) return { parsed: false, errors: [] };
    return validated(validateEventData, parsed.value);
  },
  rawBody: (bytes) => {
    const text = decodeUtf8(bytes as Uint8Array);
    const parsed = text === undefined ? { ok: false as const } : parseJson(text);
    const isObject =
      parsed.ok && typeof parsed.value === "object" && parsed.value !== null && !Array.isArray(parsed.value);
    return { parsed: isObject, errors: [] };
  },
};

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

const key = (error: ExpectedError) => `${error.keyword} at "${error.instancePath}"`;
const rows = Object.entries(generatorContracts);

describe.each(rows)("%s", (_name, contract) => {
  const runs = contract.runs ?? DEFAULT_RUNS;
  const sample = () => fc.sample(contract.arbitrary, { seed: SEED, numRuns: runs });
  const values = sample();
  const judgements = values.map((value) => SUBJECTS[contract.subject](value));

  it(`gives the same values for the same seed (seed ${SEED})`, () => {
    expect(sample()).toEqual(values);
  });

  if (contract.want === "valid") {
    it("only produces values the compiled validator accepts", () => {
      judgements.forEach((judgement, index) => {
        expect({ index, ...judgement }).toEqual({ index, parsed: true, errors: [] });
      });
    });
  } else if (contract.want === "unparseable") {
    it("only produces values that do not parse as the JSON object the schema wants", () => {
      for (const judgement of judgements) expect(judgement.parsed).toBe(false);
    });
  } else {
    const allowed = new Set(contract.want.map(key));
    it(`only produces values rejected for ${[...allowed].join(" or ")} and nothing else`, () => {
      judgements.forEach((judgement, index) => {
        expect(judgement.errors.length, `value ${index}`).toBeGreaterThan(0);
        const unexpected = judgement.errors.map(key).filter((error) => !allowed.has(error));
        expect({ index, unexpected }).toEqual({ index, unexpected: [] });
      });
    });
  }

  const { property, reaches } = contract;
  if (property !== undefined) {
    it("gives every value the property beyond the schema", () => {
      values.forEach((value, index) => {
        expect({ index, holds: property(value as never) }).toEqual({ index, holds: true });
      });
    });
  }
  if (reaches !== undefined) {
    it(`reaches its boundaries within ${runs} samples`, () => {
      expect(reaches(values as never[])).toBe(true);
    });
  }
});
