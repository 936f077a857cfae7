import { Agent } from "undici";
import { paddedEvents, probeRequest } from "../faults/probeRequests.ts";

/** The load of issue 17: requests of 4 valid events of about 226 KB each (about 905 KB a request). */
export const LARGE_EVENT_LOAD = { requests: 1_000, eventsPerRequest: 4, paddingBytes: 226_000, concurrency: 4 };

export interface LoadOutcome {
  requests: number;
  /** Events the emulator reported as ingested. */
  ingested: number;
  bytesSent: number;
  elapsedMs: number;
}

/**
 * Sends the same large valid request `requests` times, `concurrency` at a time, over loopback keep-alive
 * connections; throws on any answer but a 200 that ingested every event.
 */
export async function sendLargeEventLoad(url: string, load = LARGE_EVENT_LOAD): Promise<LoadOutcome> {
  const events = paddedEvents(load.eventsPerRequest, "x".repeat(load.paddingBytes));
  const request = probeRequest(events);
  const body = Buffer.from(request.body);
  const path = `/PutAuditEvents?${new URLSearchParams(request.query).toString()}`;
  const agent = new Agent({ connections: load.concurrency, headersTimeout: 60_000, bodyTimeout: 60_000 });
  const started = performance.now();
  let next = 0;
  let ingested = 0;
  const worker = async () => {
    while (next < load.requests) {
      next += 1;
      const answer = await agent.request({
        origin: url,
        path,
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
      const json = (await answer.body.json()) as { successful?: unknown[] };
      if (answer.statusCode !== 200) throw new Error(`answered ${answer.statusCode}: ${JSON.stringify(json)}`);
      ingested += json.successful?.length ?? 0;
    }
  };
  try {
    await Promise.all(Array.from({ length: load.concurrency }, worker));
  } finally {
    await agent.close();
  }
  return {
    requests: load.requests,
    ingested,
    bytesSent: body.length * load.requests,
    elapsedMs: performance.now() - started,
  };
}
