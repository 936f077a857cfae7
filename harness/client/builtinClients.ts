import { awsSdkV2Client } from "./awsSdkV2Client.ts";
import type { ClientUnderTest } from "./clientUnderTest.ts";

/** The clients `pae-conformance client --builtin NAME` can check. */
export const BUILTIN_CLIENTS: Record<string, ClientUnderTest> = {
  [awsSdkV2Client.name]: awsSdkV2Client,
};
