import { readFile } from "node:fs/promises";
import Ajv2020 from "ajv/dist/2020.js";
import { parseChannelArn } from "../protocol/channelArn.ts";
import type { EmulatorFixture } from "./emulatorFixture.ts";
import { EmulatorFixtureError } from "./emulatorFixtureError.ts";

const nonEmpty = { type: "string", minLength: 1 } as const;
const accountList = { type: "array", items: nonEmpty } as const;

/** The JSON Schema of a fixture file (README, "Emulator fixture"); EmulatorFixture is its type. */
export const EMULATOR_FIXTURE_SCHEMA = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "pae-conformance emulator fixture",
  type: "object",
  required: ["region", "keys", "defaultAccountId", "channels"],
  additionalProperties: false,
  properties: {
    region: nonEmpty,
    defaultAccountId: nonEmpty,
    unknownKeyAccountId: nonEmpty,
    keys: {
      type: "array",
      items: {
        type: "object",
        required: ["accessKeyId", "secretAccessKey", "accountId"],
        additionalProperties: false,
        properties: { accessKeyId: nonEmpty, secretAccessKey: nonEmpty, accountId: nonEmpty, sessionToken: nonEmpty },
      },
    },
    channels: {
      type: "array",
      items: {
        type: "object",
        required: ["arn", "ownerAccountId"],
        additionalProperties: false,
        properties: {
          arn: nonEmpty,
          ownerAccountId: nonEmpty,
          externalId: nonEmpty,
          allowedAccounts: accountList,
          unsupportedSchema: { type: "boolean" },
          eventSources: accountList,
          eventFailure: { enum: ["Throttling", "InternalFailure"] },
          quotaTps: { type: "number", minimum: 0 },
        },
      },
    },
    accounts: {
      type: "array",
      items: {
        type: "object",
        required: ["accountId"],
        additionalProperties: false,
        properties: {
          accountId: nonEmpty,
          operationUnsupported: { type: "boolean" },
          notSubscribed: { type: "boolean" },
        },
      },
    },
  },
} as const;

const validateFixture = new Ajv2020({ allErrors: false }).compile<EmulatorFixture>(EMULATOR_FIXTURE_SCHEMA);

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
  const badArn = data.channels.findIndex((channel) => parseChannelArn(channel.arn) === undefined);
  if (badArn !== -1) throw new EmulatorFixtureError(path, `/channels/${badArn}/arn is not a channel ARN`);
  return data;
}
