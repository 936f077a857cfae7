import fc from "fast-check";
import { requestOverSizeLimit } from "../../generators/requestOverSizeLimit.ts";
import { utf8Bytes } from "../../generators/utf8Bytes.ts";
import { validAuditEvents } from "../../generators/validAuditEvents.ts";
import type { CaseContext, CaseDefinition } from "../../model/caseDefinition.ts";
import type { CaseRequest } from "../../model/caseRequest.ts";
import { expectations } from "../expectations.ts";
import { fixtureOf } from "../fixtureOf.ts";
import { ownerAccountOf } from "../ownerAccountOf.ts";
import { requestFor } from "../requestFor.ts";
import { specRef } from "../specRef.ts";

const ownChannel = (ctx: CaseContext) => {
  const channelArn = fixtureOf(ctx, "ownChannelArn");
  return { channelArn, recipientAccountId: ownerAccountOf(channelArn) };
};
const chunked = fc
  .integer({ min: 1, max: 16 })
  .map((chunks): CaseRequest["transfer"] => ({ encoding: "chunked", chunks }));

export const transportCases: readonly CaseDefinition[] = [
  {
    id: "ChunkedRequestIsIngested",
    title: "A valid request sent with Transfer-Encoding: chunked is ingested",
    category: "valid",
    documentation:
      "Valid events whose body is sent chunked (1 to 16 chunks, no Content-Length), with or without X-Amz-Content-Sha256, are all listed in successful. Reference: 'What HTTP pins down', 'A server must accept a request body sent with Transfer-Encoding: chunked as well as with Content-Length'.",
    specRef: specRef.reference("what-http-pins-down-whatever-the-documentation-says"),
    needs: ["ownChannelArn"],
    generate: (ctx) => {
      const { channelArn, recipientAccountId } = ownChannel(ctx);
      return fc
        .tuple(validAuditEvents({ recipientAccountId, maxLength: 20 }), chunked, fc.boolean())
        .map(([events, transfer, contentSha256Header]) => ({
          request: { ...requestFor(channelArn, events), transfer, contentSha256Header },
          label: `${events.length} valid events, chunked${contentSha256Header ? "" : ", no X-Amz-Content-Sha256"}`,
        }));
    },
    expect: expectations.ingested(),
    tags: ["positive", "transport"],
    ingests: true,
  },
  {
    id: "RequestWithoutPayloadHashHeaderIsIngested",
    title: "A signed request without X-Amz-Content-Sha256 is ingested",
    category: "valid",
    documentation:
      "Valid events in a SigV4-signed request that does not send X-Amz-Content-Sha256 (the payload hash is still signed) are all listed in successful. Reference: 'What HTTP pins down', 'X-Amz-Content-Sha256 is optional for this service (SigV4 signs the payload hash either way); a server must not require it.'",
    specRef: specRef.reference("what-http-pins-down-whatever-the-documentation-says"),
    needs: ["ownChannelArn"],
    generate: (ctx) => {
      const { channelArn, recipientAccountId } = ownChannel(ctx);
      return validAuditEvents({ recipientAccountId, maxLength: 20 }).map((events) => ({
        request: { ...requestFor(channelArn, events), contentSha256Header: false },
        label: `${events.length} valid events, no X-Amz-Content-Sha256`,
      }));
    },
    expect: expectations.ingested(),
    tags: ["positive", "transport"],
    ingests: true,
  },
  {
    id: "OversizedChunkedRequestIsRejected",
    title: "A request over 1 MB sent chunked is rejected",
    category: "size",
    documentation:
      "A body of more than 2^20 bytes sent with Transfer-Encoding: chunked (no Content-Length to trust) breaks the request limit as it would with Content-Length. Reference: 'What HTTP pins down', the server 'must count the 1 MB limit on the bytes received, not on the declared length'.",
    specRef: specRef.operation("/x-pae-request-size-limit/certainlyBeyond"),
    needs: ["ownChannelArn"],
    generate: (ctx) => {
      const { channelArn, recipientAccountId } = ownChannel(ctx);
      return fc.tuple(requestOverSizeLimit({ recipientAccountId }), chunked).map(([json, transfer]) => ({
        request: { ...requestFor(channelArn, json.auditEvents), transfer },
        label: `${json.auditEvents.length} events, ${utf8Bytes(JSON.stringify(json))} bytes, chunked`,
      }));
    },
    expect: expectations.rejected(["ValidationException", "SerializationException"]),
    tags: ["negative", "boundary", "heavy", "transport"],
    maxRuns: 2,
  },
];
