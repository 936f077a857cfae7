import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { ChannelFixtures, Credentials } from "../model/target.ts";
import { createRequestListener, type EmulatorLog } from "./createRequestListener.ts";
import { defaultEmulatorFixture } from "./defaultEmulatorFixture.ts";
import type { EmulatorFixture } from "./emulatorFixture.ts";
import { EventStore, type StoredEvent, type StoredEventsSnapshot } from "./eventStore.ts";
import { faithfulStages } from "./faithfulStages.ts";
import { applyFaults } from "./faults/applyFaults.ts";
import { FAULTS } from "./faults/faults.ts";
import { applyReadings, type ReadingChoice } from "./readings/applyReadings.ts";
import { createScriptedController, type ScriptedController } from "./scripted/scriptedController.ts";
import { serverErrorAnswer } from "./serverErrorAnswer.ts";
import { verifySignature } from "./stages/verifySignature.ts";
import type { EmulatorContext, ErrorEncoding } from "./stages.ts";

export interface EmulatorOptions {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  fixture?: EmulatorFixture;
  /**
   * A value for some of the reference's open facts (spec: x-pae-readings), e.g. `{ eventFailureMode:
   * "whole-request" }`; the others keep their default. An unknown name or value throws UnknownReadingError.
   */
  readings?: ReadingChoice;
  /** Fault ids from FAULTS; an unknown id throws UnknownFaultError. */
  faults?: readonly string[];
  /** Strict SigV4 with the fixture's secret keys; otherwise only the access key id is read. */
  verifySignatures?: boolean;
  errorEncoding?: ErrorEncoding;
  /** Size of the ring buffer of ingested events. */
  maxStoredEvents?: number;
  /** Where an unexpected exception is reported; it never happens for bad input. */
  log?: EmulatorLog;
  /**
   * Client-checking mode: every request is checked and recorded (`GET /_emulator/requests`) and answered with
   * the scenario set by `POST /_emulator/scenario`; without one, the emulator answers faithfully.
   */
  scripted?: boolean;
}

export interface RunningEmulator {
  url: string;
  port: number;
  fixture: EmulatorFixture;
  targetFixtures: ChannelFixtures;
  credentials: Credentials;
  region: string;
  faults: readonly string[];
  readings: ReadingChoice;
  /** Present in scripted mode. */
  scripted?: ScriptedController;
  storedEvents(): StoredEventsSnapshot;
  close(): Promise<void>;
}

export type { StoredEvent };

const DEFAULT_MAX_STORED_EVENTS = 10_000;
const KEEP_ALIVE_MS = 5_000;

/** The caller's key, and the channels a conformance run addresses, read from the fixture. */
function callerView(fixture: EmulatorFixture): { credentials: Credentials; targetFixtures: ChannelFixtures } {
  const key = fixture.keys.find((candidate) => candidate.accountId === fixture.defaultAccountId) ?? fixture.keys[0];
  const account = key?.accountId ?? fixture.defaultAccountId;
  const credentials = key ?? {
    accessKeyId: "AKIDEXAMPLEANY",
    secretAccessKey: "any-secret-works-without-verification",
  };
  const own = fixture.channels.filter((channel) => channel.ownerAccountId === account);
  const open = own.find((channel) => channel.externalId === undefined);
  const guarded = own.find((channel) => channel.externalId !== undefined);
  const foreign = fixture.channels.find((channel) => channel.ownerAccountId !== account);
  const targetFixtures: ChannelFixtures = {
    ...(open === undefined ? {} : { ownChannelArn: open.arn }),
    ...(guarded?.externalId === undefined
      ? {}
      : { externalIdChannel: { arn: guarded.arn, externalId: guarded.externalId } }),
    ...(foreign === undefined ? {} : { foreignChannelArn: foreign.arn }),
  };
  return {
    credentials: { accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey },
    targetFixtures,
  };
}

function listen(server: Server, host: string, port: number): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(server.address() as AddressInfo));
  });
}

/** Starts the reference emulator (with any faults) on a real HTTP server. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const fixture = options.fixture ?? defaultEmulatorFixture;
  const faults = [...(options.faults ?? [])];
  const base = options.verifySignatures ? { ...faithfulStages, authenticate: verifySignature } : faithfulStages;
  const readings = { ...(options.readings ?? {}) };
  const stages = applyFaults(applyReadings(base, readings), faults, FAULTS);
  const ctx: EmulatorContext = { fixture, errorEncoding: options.errorEncoding ?? "header", stages };
  const store = new EventStore(options.maxStoredEvents ?? DEFAULT_MAX_STORED_EVENTS);
  const log = options.log ?? ((message, error) => console.error(message, error));
  const caller = callerView(fixture);
  const scripted = options.scripted
    ? createScriptedController({
        channelArn: caller.targetFixtures.ownChannelArn ?? "",
        region: fixture.region,
        credentials: caller.credentials,
      })
    : undefined;
  const listener = createRequestListener(ctx, store, log, scripted?.intercept);
  const server = createServer({ keepAliveTimeout: KEEP_ALIVE_MS }, listener);
  server.on("clientError", (_error, socket) => {
    if (socket.writable) socket.end(serverErrorAnswer());
    else socket.destroy();
  });
  const host = options.host ?? "127.0.0.1";
  const address = await listen(server, host, options.port ?? 0);
  const urlHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${urlHost}:${address.port}`,
    port: address.port,
    fixture,
    ...caller,
    region: fixture.region,
    faults,
    readings,
    ...(scripted === undefined ? {} : { scripted }),
    storedEvents: () => store.snapshot(),
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
