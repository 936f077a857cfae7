import type { AuditEvent } from "../../generated/api.ts";
import type { Credentials } from "../model/target.ts";

/** What the harness hands a client: where to send, and how to sign. */
export interface ClientSetup {
  endpoint: string;
  region: string;
  credentials: Credentials;
}

/** One PutAuditEvents call as the client's user would make it. */
export interface ClientInput {
  channelArn: string;
  externalId?: string;
  auditEvents: AuditEvent[];
}

/** A client under test: built once per scenario from a setup, then called with one input. */
export interface ClientUnderTest {
  name: string;
  call: (setup: ClientSetup) => (input: ClientInput) => Promise<unknown>;
  /** Loads what the client needs before the first scenario; a failure (e.g. a missing package) ends the check. */
  ready?: () => Promise<void>;
}
