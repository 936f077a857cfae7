import type { CaseRequest } from "../model/caseRequest.ts";

type WireRequests = { wire: CaseRequest[] };

const rawOf = (request: CaseRequest) => ("raw" in request.body ? request.body.raw : undefined);

/**
 * The same cases with every encoded body moved into one SharedArrayBuffer: a thread that receives them reads
 * the bytes in place instead of a copy of each (the bodies are never written after they are drawn).
 */
export function withSharedBodies<T extends WireRequests>(cases: readonly T[]): T[] {
  const requests = cases.flatMap((prepared) => prepared.wire);
  const total = requests.reduce((sum, request) => sum + (rawOf(request)?.byteLength ?? 0), 0);
  const shared = new SharedArrayBuffer(total);
  let offset = 0;
  const moved = (request: CaseRequest): CaseRequest => {
    const raw = rawOf(request);
    if (raw === undefined) return request;
    const view = new Uint8Array(shared, offset, raw.byteLength);
    view.set(raw);
    offset += raw.byteLength;
    return { ...request, body: { raw: view } };
  };
  return cases.map((prepared) => ({ ...prepared, wire: prepared.wire.map(moved) }));
}
