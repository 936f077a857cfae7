import { readFileSync } from "node:fs";
import { emulatorTarget } from "../emulator/emulatorTarget.ts";
import { parseReadingFlags } from "../emulator/readings/applyReadings.ts";
import { UnknownReadingError } from "../emulator/readings/unknownReadingError.ts";
import { startEmulator } from "../emulator/startEmulator.ts";
import type { ChannelFixtures, TargetConfig } from "../model/target.ts";
import { DEFAULT_MAX_RESPONSE_BYTES } from "../sender/createSender.ts";
import { resolveCredentials } from "../sender/resolveCredentials.ts";
import { CliError } from "./cliError.ts";
import { embeddedEmulatorOptions } from "./embeddedEmulatorOptions.ts";
import { isAwsHost } from "./isAwsHost.ts";
import type { RunOptions } from "./runOptions.ts";

export interface ResolvedTarget {
  target: TargetConfig;
  embedded: boolean;
  fault?: string;
  /** The embedded emulator's readings, as NAME=VALUE words. */
  readings?: string;
  /** Sending events costs money: an AWS endpoint. */
  isRealAws: boolean;
  close(): Promise<void>;
}

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/;

function fixturesFrom(options: RunOptions): ChannelFixtures {
  return {
    ...(options.channelArn ? { ownChannelArn: options.channelArn } : {}),
    ...(options.externalIdChannelArn && options.externalId
      ? { externalIdChannel: { arn: options.externalIdChannelArn, externalId: options.externalId } }
      : {}),
    ...(options.foreignChannelArn ? { foreignChannelArn: options.foreignChannelArn } : {}),
    ...options.triggerFixtures,
  };
}

function readCaCert(path: string | undefined): { caCert?: string } {
  if (path === undefined) return {};
  try {
    return { caCert: readFileSync(path, "utf8") };
  } catch (error) {
    throw new CliError(`cannot read --ca-cert ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

/** The target of a run: the embedded reference emulator when no endpoint is given, else the endpoint. */
export async function resolveTarget(options: RunOptions, env: NodeJS.ProcessEnv): Promise<ResolvedTarget> {
  const limits = { timeoutMs: options.timeoutMs, maxResponseBytes: DEFAULT_MAX_RESPONSE_BYTES };
  if (!options.endpoint) {
    const readings = (() => {
      try {
        return parseReadingFlags(options.readings);
      } catch (error) {
        throw error instanceof UnknownReadingError ? new CliError(error.message) : error;
      }
    })();
    const emulator = await startEmulator(embeddedEmulatorOptions(options.faults, readings));
    const own = fixturesFrom(options);
    return {
      target: {
        ...emulatorTarget(emulator, options.timeoutMs),
        ...(Object.keys(own).length > 0 ? { fixtures: own } : {}),
      },
      embedded: true,
      ...(options.faults.length > 0 ? { fault: options.faults.join("+") } : {}),
      ...(options.readings.length > 0 ? { readings: options.readings.join(" ") } : {}),
      isRealAws: false,
      close: () => emulator.close(),
    };
  }
  if (options.readings.length > 0) {
    throw new CliError(
      "--reading applies to the embedded emulator only; start `pae-conformance emulator --reading NAME=VALUE` instead",
    );
  }
  if (options.faults.length > 0) {
    throw new CliError(
      "--fault applies to the embedded emulator only; start `pae-conformance emulator --fault NAME` instead",
    );
  }
  const url = new URL(options.endpoint);
  const local = LOOPBACK.test(url.hostname);
  const credentials = await resolveCredentials({ allowDummy: local }).catch((error: Error) => {
    throw new CliError(`no AWS credentials for ${options.endpoint}: ${error.message}`);
  });
  const region = options.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? "us-east-1";
  return {
    target: {
      endpoint: options.endpoint.replace(/\/+$/, ""),
      region,
      credentials,
      fixtures: fixturesFrom(options),
      ...limits,
      ...readCaCert(options.caCert),
    },
    embedded: false,
    isRealAws: isAwsHost(url.hostname),
    close: async () => {},
  };
}
