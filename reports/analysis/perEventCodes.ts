import type { RecordedExchange } from "../../harness/model/runDocument.ts";

function failedCodes(bodyPreview: string): string[] {
  try {
    const body = JSON.parse(bodyPreview) as { failed?: { errorCode?: unknown }[] };
    return (Array.isArray(body.failed) ? body.failed : []).flatMap((entry) =>
      typeof entry?.errorCode === "string" ? [entry.errorCode] : [],
    );
  } catch {
    return [];
  }
}

/**
 * The per-event error codes in the `failed` lists of the recorded 200 answers, with counts: what made a 200
 * acceptable where a case rejects bad events one by one (`InvalidData ×50`). Only recorded exchanges are read.
 */
export function perEventCodes(exchanges: readonly RecordedExchange[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const exchange of exchanges) {
    if (exchange.response?.status !== 200) continue;
    for (const code of failedCodes(exchange.response.bodyPreview)) counts[code] = (counts[code] ?? 0) + 1;
  }
  return counts;
}
