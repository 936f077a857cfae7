import type { TargetConfig } from "../model/target.ts";
import { createSender } from "../sender/createSender.ts";
import { CliError } from "./cliError.ts";

const UNTRUSTED =
  /\b(DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT(?:_LOCALLY)?|CERT_HAS_EXPIRED|CERT_NOT_YET_VALID|ERR_TLS_CERT_ALTNAME_INVALID|CERT_UNTRUSTED)\b/;

/**
 * Before any case, one request that ingests nothing (no channel, no events): the target must answer it with some
 * HTTP response. Nothing listening, an untrusted certificate, or a port that accepts and never answers is one
 * setup error saying how to fix it, instead of every case failing the same way.
 */
export async function probeTarget(target: TargetConfig): Promise<void> {
  const sender = createSender(target);
  try {
    const { transportError: error } = await sender.send({ query: {}, body: { json: {} } });
    if (error === undefined) return;
    const endpoint = target.endpoint;
    const untrusted = UNTRUSTED.exec(error.message)?.[1];
    if (untrusted !== undefined)
      throw new CliError(
        `the TLS certificate of ${endpoint} is not trusted (${untrusted}): give its CA with --ca-cert FILE (PEM), or set NODE_EXTRA_CA_CERTS=FILE`,
      );
    if (error.kind === "timeout")
      throw new CliError(
        `${endpoint} accepted the connection but sent no answer within ${target.timeoutMs} ms: check that --endpoint is the PutAuditEvents endpoint, or raise --timeout`,
      );
    // Something answered, then broke the exchange: the target is there and the cases will judge it.
    if (error.kind === "connection-reset" || error.kind === "protocol") return;
    if (error.kind === "connection-refused")
      throw new CliError(
        `cannot reach ${endpoint}: ECONNREFUSED (nothing listens there: start the target or fix --endpoint)`,
      );
    throw new CliError(`cannot reach ${endpoint}: ${error.kind}: ${error.message}`);
  } finally {
    await sender.close();
  }
}
