import fc from "fast-check";
import type { CaseInstance, CaseRequest } from "../model/caseRequest.ts";

/** How a request travels, besides its bytes: what HTTP and SigV4 leave to the client. */
export interface RequestTransport {
  transfer: NonNullable<CaseRequest["transfer"]>;
  contentSha256Header: boolean;
}

export interface RequestTransportConstraints {
  /** Share of requests sent chunked, in quarters (default 1: one in four). */
  chunkedQuarters?: number;
  /** Share of signed requests sent without X-Amz-Content-Sha256, in quarters (default 1). */
  withoutContentSha256Quarters?: number;
}

const FRAMING_HEADERS = new Set(["content-length", "transfer-encoding"]);

/** Transports a conformant server must take alike: Content-Length or chunked (1 to 8 chunks), with or without the payload hash header. */
export function requestTransport(constraints: RequestTransportConstraints = {}): fc.Arbitrary<RequestTransport> {
  const chunked = constraints.chunkedQuarters ?? 1;
  const withoutHash = constraints.withoutContentSha256Quarters ?? 1;
  const transfer = fc.oneof(
    { arbitrary: fc.constant({ encoding: "content-length" } as const), weight: 4 - chunked },
    {
      arbitrary: fc.integer({ min: 1, max: 8 }).map((chunks) => ({ encoding: "chunked", chunks }) as const),
      weight: chunked,
    },
  );
  const hashHeader = fc.oneof(
    { arbitrary: fc.constant(true), weight: 4 - withoutHash },
    { arbitrary: fc.constant(false), weight: withoutHash },
  );
  return fc.record({ transfer, contentSha256Header: hashHeader });
}

/** True when the case sets its own framing (a Content-Length header or a transfer), which the share must not override. */
function framedByCase(request: CaseRequest): boolean {
  return (
    request.transfer !== undefined ||
    request.contentSha256Header !== undefined ||
    Object.keys(request.headers ?? {}).some((name) => FRAMING_HEADERS.has(name.toLowerCase()))
  );
}

/** A share of a case's instances sent chunked and a share without X-Amz-Content-Sha256, as part of the instance. */
export function withRequestTransport(
  instances: fc.Arbitrary<CaseInstance>,
  constraints: RequestTransportConstraints = {},
): fc.Arbitrary<CaseInstance> {
  return fc.tuple(instances, requestTransport(constraints)).map(([instance, transport]) => {
    if (framedByCase(instance.request)) return instance;
    const plain = transport.transfer.encoding === "content-length" && transport.contentSha256Header;
    if (plain) return instance;
    const notes = [
      ...(transport.transfer.encoding === "chunked" ? [`chunked in ${transport.transfer.chunks}`] : []),
      ...(transport.contentSha256Header ? [] : ["no X-Amz-Content-Sha256"]),
    ];
    return {
      ...instance,
      request: { ...instance.request, ...transport },
      label: `${instance.label ?? "request"} (${notes.join(", ")})`,
    };
  });
}
