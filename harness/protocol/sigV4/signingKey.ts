import { createHmac } from "node:crypto";
import { remembered } from "../remembered.ts";
import type { CredentialScope } from "./canonicalRequest.ts";

/** Enough for every key and day a run or an emulator sees at once; past it the oldest derivation is dropped. */
const MAX_CACHED_KEYS = 64;
const cache = new Map<string, Buffer>();

export function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac("sha256", key).update(data, "utf8").digest();
}

function derive(scope: CredentialScope, secretAccessKey: string): Buffer {
  let key = hmac(`AWS4${secretAccessKey}`, scope.shortDate);
  for (const part of [scope.region, scope.service, "aws4_request"]) key = hmac(key, part);
  return key;
}

/** The signing key by an id of the scope and secret, for scopes made per call (a signer's). */
function keyById(scope: CredentialScope, secretAccessKey: string): Buffer {
  // The lengths keep the id unambiguous whatever the texts hold; the secret goes last, whole.
  const { shortDate, region, service } = scope;
  const id = `${shortDate.length}:${shortDate}/${region.length}:${region}/${service.length}:${service}/${secretAccessKey}`;
  return remembered(cache, id, MAX_CACHED_KEYS, () => derive(scope, secretAccessKey));
}

/**
 * Keys by frozen scope, then secret: a verifier's scopes are shared, frozen, one per credential text (see
 * sigV4Authorization), so a request finds its key without building the id above, a sixth of a verification.
 */
const keysByScope = new WeakMap<CredentialScope, Map<string, Buffer>>();

/**
 * The signing key of a scope (four HMACs from the secret), derived once per secret, day, Region and service:
 * the same for every request of a day, it was most of the cost of checking a small request's signature.
 */
export function signingKey(scope: CredentialScope, secretAccessKey: string): Buffer {
  if (!Object.isFrozen(scope)) return keyById(scope, secretAccessKey);
  let keys = keysByScope.get(scope);
  if (keys === undefined) {
    keys = new Map();
    keysByScope.set(scope, keys);
  }
  return remembered(keys, secretAccessKey, MAX_CACHED_KEYS, () => derive(scope, secretAccessKey));
}
