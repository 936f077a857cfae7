import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Credentials } from "../model/target.ts";
import { CredentialsNotFoundError } from "./credentialsNotFoundError.ts";
import { DUMMY_CREDENTIALS, type ResolveCredentialsOptions, resolveCredentials } from "./resolveCredentials.ts";

const dir = mkdtempSync(join(tmpdir(), "pae-credentials-"));
const INI = `[default]
aws_access_key_id = AKIDFILEDEFAULT
aws_secret_access_key = file-default-secret

[ci]
aws_access_key_id = AKIDFILECI
aws_secret_access_key = file-ci-secret
aws_session_token = file-ci-token
`;

interface CredentialsCase {
  env: Record<string, string>;
  /** Write the shared credentials file above. */
  file: boolean;
  options: ResolveCredentialsOptions;
  want: Credentials | "not-found";
}

const CASES: [string, CredentialsCase][] = [
  [
    "uses explicit credentials over everything else",
    {
      env: { AWS_ACCESS_KEY_ID: "AKIDENV", AWS_SECRET_ACCESS_KEY: "env" },
      file: true,
      options: { accessKeyId: "AKIDX", secretAccessKey: "x", sessionToken: "t" },
      want: { accessKeyId: "AKIDX", secretAccessKey: "x", sessionToken: "t" },
    },
  ],
  [
    "refuses an explicit key id without its secret",
    { env: {}, file: true, options: { accessKeyId: "AKIDX", allowDummy: true }, want: "not-found" },
  ],
  [
    "reads the environment, session token included",
    {
      env: { AWS_ACCESS_KEY_ID: "AKIDENV", AWS_SECRET_ACCESS_KEY: "env-secret", AWS_SESSION_TOKEN: "env-token" },
      file: true,
      options: {},
      want: { accessKeyId: "AKIDENV", secretAccessKey: "env-secret", sessionToken: "env-token" },
    },
  ],
  [
    "reads the default profile of the shared credentials file",
    {
      env: {},
      file: true,
      options: {},
      want: { accessKeyId: "AKIDFILEDEFAULT", secretAccessKey: "file-default-secret" },
    },
  ],
  [
    "reads the profile AWS_PROFILE names",
    {
      env: { AWS_PROFILE: "ci" },
      file: true,
      options: {},
      want: { accessKeyId: "AKIDFILECI", secretAccessKey: "file-ci-secret", sessionToken: "file-ci-token" },
    },
  ],
  [
    "reads the profile the options name",
    {
      env: {},
      file: true,
      options: { profile: "ci" },
      want: { accessKeyId: "AKIDFILECI", secretAccessKey: "file-ci-secret", sessionToken: "file-ci-token" },
    },
  ],
  [
    "fails on a profile that does not exist",
    { env: { AWS_PROFILE: "nope" }, file: true, options: {}, want: "not-found" },
  ],
  [
    "falls back to dummy credentials when allowed",
    { env: {}, file: false, options: { allowDummy: true }, want: DUMMY_CREDENTIALS },
  ],
  ["fails with a typed error when nothing is found", { env: {}, file: false, options: {}, want: "not-found" }],
];

let counter = 0;

describe("resolveCredentials", () => {
  beforeEach(() => {
    for (const name of Object.keys(process.env)) if (name.startsWith("AWS_")) delete process.env[name];
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(CASES)("%s", async (_name, { env, file, options, want }) => {
    // A fresh file name each time: aws-sdk v2 caches shared files by name.
    counter += 1;
    const credentialsFile = join(dir, `credentials-${counter}`);
    if (file) writeFileSync(credentialsFile, INI);
    Object.assign(process.env, env, {
      AWS_SHARED_CREDENTIALS_FILE: credentialsFile,
      AWS_CONFIG_FILE: join(dir, `config-${counter}`),
    });
    const started = performance.now();
    const got = resolveCredentials(options);
    if (want === "not-found") {
      const error = await got.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CredentialsNotFoundError);
      expect(String((error as Error).message)).not.toContain("\n");
    } else {
      expect(await got).toEqual(want);
    }
    // No metadata service probing: the chain answers from local sources only.
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
