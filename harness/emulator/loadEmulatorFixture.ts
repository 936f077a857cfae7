import { readFile } from "node:fs/promises";
import Ajv2020 from "ajv/dist/2020.js";
import type { EmulatorFixture } from "./emulatorFixture.ts";
import { EmulatorFixtureError } from "./emulatorFixtureError.ts";

const nonEmpty = { type: "string", minLength: 1 } as const;
const fixtureSchema = {
  type: "object",
  required: ["region", "keys", "defaultAccountId", "channels"],
  additionalProperties: false,
  properties: {
    region: nonEmpty,
    defaultAccountId: nonEmpty,
    keys: {
      type: "array",
      items: {
        type: "object",
        required: ["accessKeyId", "secretAccessKey", "accountId"],
        additionalProperties: false,
        properties: { accessKeyId: nonEmpty, secretAccessKey: nonEmpty, accountId: nonEmpty },
      },
    },
    channels: {
      type: "array",
      items: {
        type: "object",
        required: ["arn", "ownerAccountId"],
        additionalProperties: false,
        properties: { arn: nonEmpty, ownerAccountId: nonEmpty, externalId: nonEmpty },
      },
    },
  },
} as const;

const validateFixture = new Ajv2020({ allErrors: false }).compile<EmulatorFixture>(fixtureSchema);

/** Reads and checks a fixture file; any problem is an EmulatorFixtureError with a one-line message. */
export async function loadEmulatorFixture(path: string): Promise<EmulatorFixture> {
  const text = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new EmulatorFixtureError(path, `cannot be read (${error.code ?? error.message})`);
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new EmulatorFixtureError(path, `is not JSON (${(error as Error).message})`);
  }
  if (!validateFixture(data)) {
    const [first] = validateFixture.errors ?? [];
    const where = first?.instancePath === "" || first === undefined ? "the top level" : first.instancePath;
    throw new EmulatorFixtureError(path, `${where} ${first?.message ?? "is not a fixture"}`);
  }
  return data;
}
