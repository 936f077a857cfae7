import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { ChannelFixtures, Credentials } from "../model/target.ts";
import { callerView } from "./callerView.ts";
import { channelQuotas } from "./channelQuotas.ts";
import { clientErrorAnswer } from "./clientErrorAnswer.ts";
import { createRequestListener, type EmulatorLog, type RequestInterceptor } from "./createRequestListener.ts";
import { defaultEmulatorFixture } from "./defaultEmulatorFixture.ts";
import type { EmulatorFixture } from "./emulatorFixture.ts";
import { type EmulatorLimits, resolveEmulatorLimits, timeoutCheckIntervalMs } from "./emulatorLimits.ts";
import { openEventJournal } from "./eventJournal.ts";
import { EventStore, type StoredEvent, type StoredEventsFilter, type StoredEventsSnapshot } from "./eventStore.ts";
import { faithfulStages } from "./faithfulStages.ts";
import { applyFaults } from "./faults/applyFaults.ts";
import { FAULTS } from "./faults/faults.ts";
import { applyReadings, type ReadingChoice } from "./readings/applyReadings.ts";
import { type RequestLogLine, withRequestLog } from "./requestLog.ts";
import { identifyCaller } from "./stages/identifyCaller.ts";
import { memoisedParseBody } from "./stages/parseBody.ts";
import { memoisedParseEventData } from "./stages/parseEventData.ts";
import type { EmulatorContext, ErrorEncoding } from "./stages.ts";
import { tpsQuota } from "./tpsQuota.ts";

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
  /** "sigv4" (default): SigV4 checked as the service does; "off": only the access key id is read. */
  auth?: EmulatorAuth;
  /** Unknown access keys are accepted as the fixture's default account (unless the fixture maps them already). */
  acceptAnyKey?: boolean;
  errorEncoding?: ErrorEncoding;
  /** Timeouts, the connection cap and the event store's bounds; `DEFAULT_EMULATOR_LIMITS` for the rest. */
  limits?: Partial<EmulatorLimits>;
  /** Where an unexpected exception is reported; it never happens for bad input. */
  log?: EmulatorLog;
  /**
   * A hook that sees every request (after the emulator's own admin routes, before the faithful pipeline): it
   * answers the request itself and returns undefined, or returns the body it read, as a stream, for the
   * pipeline. The client-checking mode scripts its answers through it.
   */
  intercept?: RequestInterceptor;
  /** `--quota-tps`: more requests per second than this get 429 ThrottlingException with Retry-After. */
  quotaTps?: number;
  /** `--data-dir`: accepted events are journalled (fsynced) there before the 200 and reloaded on start. */
  dataDir?: string;
  /** Called once per answered request, e.g. for `--log json`. */
  requestLog?: (line: RequestLogLine) => void;
  /**
   * The faithful parseBody and parseEventData memoise their answers by exact input, under the readings and faults
   * that wrap them. It pays where the same bodies come again (mutants' replays) and costs where they do not.
   */
  memoiseParsing?: boolean;
}

const memoisedParsing = { parseBody: memoisedParseBody, parseEventData: memoisedParseEventData };

export type EmulatorAuth = "sigv4" | "off";

export interface RunningEmulator {
  url: string;
  auth: EmulatorAuth;
  port: number;
  fixture: EmulatorFixture;
  targetFixtures: ChannelFixtures;
  credentials: Credentials;
  region: string;
  faults: readonly string[];
  readings: ReadingChoice;
  storedEvents(filter?: StoredEventsFilter): StoredEventsSnapshot;
  close(): Promise<void>;
}

export type { StoredEvent };

function listen(server: Server, host: string, port: number): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(server.address() as AddressInfo));
  });
}

/** Starts the reference emulator (with any faults) on a real HTTP server. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const given = options.fixture ?? defaultEmulatorFixture;
  const fixture =
    options.acceptAnyKey && given.unknownKeyAccountId === undefined
      ? { ...given, unknownKeyAccountId: given.defaultAccountId }
      : given;
  const faults = [...(options.faults ?? [])];
  const auth = options.auth ?? "sigv4";
  const faithful = options.memoiseParsing ? { ...faithfulStages, ...memoisedParsing } : faithfulStages;
  const base = auth === "off" ? { ...faithful, authenticate: identifyCaller } : faithful;
  const readings = { ...(options.readings ?? {}) };
  const stages = applyFaults(applyReadings(base, readings), faults, FAULTS);
  const journal = options.dataDir === undefined ? undefined : await openEventJournal(options.dataDir);
  const ctx: EmulatorContext = {
    fixture,
    errorEncoding: options.errorEncoding ?? "header",
    stages,
    health: { auth, faults, startedAt: new Date().toISOString() },
    channelQuotas: channelQuotas(),
    ...(options.quotaTps === undefined ? {} : { quota: tpsQuota(options.quotaTps) }),
    ...(journal === undefined ? {} : { journal }),
  };
  const limits = resolveEmulatorLimits(options.limits);
  const store = new EventStore({ maxEvents: limits.maxStoredEvents, maxBytes: limits.maxStoredBytes });
  for (const event of journal?.recovered ?? []) store.add(event);
  const log = options.log ?? ((message, error) => console.error(message, error));
  const caller = callerView(fixture);
  const listener = withRequestLog(
    createRequestListener(ctx, store, log, options.intercept, { ms: limits.lingerMs, bytes: limits.lingerBytes }),
    options.requestLog,
  );
  const server = createServer(
    {
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      connectionsCheckingInterval: timeoutCheckIntervalMs(limits),
    },
    listener,
  );
  server.maxConnections = limits.maxConnections;
  // Then the socket is destroyed, so that a client that stalled cannot also hold it half-open.
  server.on("clientError", (error, socket) => {
    if (!socket.writable) return void socket.destroy();
    socket.once("finish", () => socket.destroy());
    socket.end(clientErrorAnswer(error));
  });
  const host = options.host ?? "127.0.0.1";
  const address = await listen(server, host, options.port ?? 0);
  const urlHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${urlHost}:${address.port}`,
    auth,
    port: address.port,
    fixture,
    ...caller,
    region: fixture.region,
    faults,
    readings,
    storedEvents: (filter) => store.snapshot(filter),
    close: async () => {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      await journal?.close();
    },
  };
}
