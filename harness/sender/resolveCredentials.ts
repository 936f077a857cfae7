import { importOptionalPeer, MissingPeerDependencyError } from "../model/optionalPeer.ts";
import type { Credentials } from "../model/target.ts";
import { CredentialsNotFoundError } from "./credentialsNotFoundError.ts";

export interface ResolveCredentialsOptions {
  /** Explicit credentials win over everything else; both the key id and the secret are needed. */
  accessKeyId?: string;
  secretAccessKey?: string;
  sessionToken?: string;
  /** Shared-file profile; default AWS_PROFILE, then `default`. */
  profile?: string;
  /** Local emulators check no signature: fall back to fixed dummy credentials instead of failing. */
  allowDummy?: boolean;
}

/** The built-in emulator fixture's caller key, so that a local run without credentials passes its SigV4 check. */
export const DUMMY_CREDENTIALS: Credentials = {
  accessKeyId: "AKIDEXAMPLECALLER",
  secretAccessKey: "pae/caller/wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
};

/**
 * The standard chain, limited to the environment and the shared credentials file: the full default chain
 * would also probe EC2/ECS metadata over the network, which hangs for seconds off AWS.
 */
async function fromStandardChain(profile: string | undefined): Promise<Credentials> {
  // aws-sdk v2 prints a maintenance notice when loaded unless told not to; loading lazily lets us say so first.
  process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE = "1";
  const { default: AWS } = await importOptionalPeer(
    "aws-sdk",
    "reading credentials from the environment or a profile",
    () => import("aws-sdk/global.js"),
  );
  // The file is passed explicitly: v2 honours AWS_SHARED_CREDENTIALS_FILE only with AWS_SDK_LOAD_CONFIG set,
  // unlike the CLI and the v3 SDK.
  const chain = new AWS.CredentialProviderChain([
    () => new AWS.EnvironmentCredentials("AWS"),
    () => new AWS.SharedIniFileCredentials({ profile, filename: process.env.AWS_SHARED_CREDENTIALS_FILE }),
  ]);
  const found = await chain.resolvePromise();
  return found.sessionToken
    ? { accessKeyId: found.accessKeyId, secretAccessKey: found.secretAccessKey, sessionToken: found.sessionToken }
    : { accessKeyId: found.accessKeyId, secretAccessKey: found.secretAccessKey };
}

/** Finds the credentials to sign with: explicit, then environment, then profile, then dummy if allowed. */
export async function resolveCredentials(options: ResolveCredentialsOptions = {}): Promise<Credentials> {
  const { accessKeyId, secretAccessKey, sessionToken } = options;
  if (accessKeyId !== undefined || secretAccessKey !== undefined) {
    if (!accessKeyId || !secretAccessKey) {
      throw new CredentialsNotFoundError("an explicit access key id needs its secret access key, and the reverse");
    }
    return sessionToken ? { accessKeyId, secretAccessKey, sessionToken } : { accessKeyId, secretAccessKey };
  }
  try {
    return await fromStandardChain(options.profile);
  } catch (error) {
    // Without the optional aws-sdk, the environment's keys are still read; profiles need the package.
    const { AWS_ACCESS_KEY_ID: envKey, AWS_SECRET_ACCESS_KEY: envSecret, AWS_SESSION_TOKEN: envToken } = process.env;
    if (error instanceof MissingPeerDependencyError && envKey && envSecret)
      return envToken
        ? { accessKeyId: envKey, secretAccessKey: envSecret, sessionToken: envToken }
        : { accessKeyId: envKey, secretAccessKey: envSecret };
    if (options.allowDummy) return { ...DUMMY_CREDENTIALS };
    const detail = error instanceof Error ? error.message : String(error);
    throw new CredentialsNotFoundError(detail.split("\n")[0] ?? "the credential chain failed");
  }
}
