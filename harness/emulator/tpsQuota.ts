/**
 * `--quota-tps N`: a token bucket of N requests per second (burst N). `take` answers how many whole seconds to
 * wait when the bucket is empty (ThrottlingException with Retry-After), or undefined when the request may pass.
 * A quota of 0 never refills: every request waits forever (Infinity).
 */
export interface TpsQuota {
  take(nowMs?: number): number | undefined;
}

export function tpsQuota(perSecond: number): TpsQuota {
  let tokens = perSecond;
  let last = Date.now();
  return {
    take(nowMs = Date.now()) {
      // A time before the last one (a caller's clock read before the bucket was made) refills nothing, drains nothing.
      tokens = Math.min(perSecond, tokens + (Math.max(0, nowMs - last) / 1000) * perSecond);
      last = Math.max(last, nowMs);
      if (tokens >= 1) {
        tokens -= 1;
        return undefined;
      }
      return Math.max(1, Math.ceil((1 - tokens) / perSecond));
    },
  };
}
