import type { CaseRequest } from "../model/caseRequest.ts";
import type { Exchange } from "../model/exchange.ts";
import type { Sender } from "../sender/createSender.ts";
import { lostConnection } from "./lostConnection.ts";

/**
 * Pauses before each further try while connections keep being reset. A target killed with -9 does not refuse at
 * once: until the kernel has torn the process down, its listening socket still completes handshakes and then
 * resets them (seen for milliseconds on a loaded machine; 155 ms in all leaves a wide margin).
 */
export const RESET_PAUSES_MS: readonly number[] = [5, 10, 20, 40, 80];

function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });
}

/**
 * Sends a case's request until the outcome says something about the target: an answer, a refusal (the target is
 * gone), or resets that persist past the pauses (the target's own doing). A lost connection is retried at once: a
 * restarted or briefly busy target is not a verdict.
 */
export async function sendUntilSettled(
  sender: Sender,
  request: CaseRequest,
  signal?: AbortSignal,
  pauses: readonly number[] = RESET_PAUSES_MS,
): Promise<Exchange> {
  const first = await sender.send(request, signal);
  if (!lostConnection(first) || signal?.aborted) return first;
  let exchange = await sender.send(request, signal);
  for (const ms of pauses) {
    if (exchange.transportError?.kind !== "connection-reset" || signal?.aborted) return exchange;
    await pause(ms, signal);
    if (signal?.aborted) return exchange;
    exchange = await sender.send(request, signal);
  }
  return exchange;
}
