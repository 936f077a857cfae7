import type { Stages } from "../stages.ts";

/** One request to show a fault's deviation: a decoded query and a raw body (JSON text unless stated). */
export interface ProbeRequest {
  query: Record<string, string>;
  body: string;
  headers?: Record<string, string>;
  /** A query string sent verbatim instead of `query`. */
  rawQuery?: string;
  /** Sent with Transfer-Encoding: chunked instead of Content-Length. */
  chunked?: true;
}

/** The faithful emulator's answer to a probe, as far as it matters; `failed` maps an id to its errorCode. */
export interface ProbeAnswer {
  status: number;
  error?: string;
  successful?: string[];
  failed?: Record<string, string>;
}

/** A request whose answer differs between the faithful emulator and the one with this fault. */
export interface FaultProbe {
  /** Built on demand: some probes carry a megabyte. */
  request: () => ProbeRequest;
  faithful: ProbeAnswer;
}

/** A planted bug: `apply` replaces or wraps exactly one stage of the pipeline. */
export interface Fault {
  id: string;
  description: string;
  apply: (stages: Stages) => Stages;
  probe: FaultProbe;
}
