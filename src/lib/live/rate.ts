/*
 * A token bucket per participant: `burst` requests at once, then `perSecond` on average. Pure: the
 * caller keeps the buckets and passes the time.
 */
export interface Bucket {
  tokens: number;
  at: number;
}
export interface RateRule {
  burst: number;
  perSecond: number;
}

/** Whether one more request is allowed now, and the bucket after it. */
export function take(bucket: Bucket | undefined, now: number, rule: RateRule): { ok: boolean; bucket: Bucket; retryAfterMs: number } {
  const b = bucket ?? { tokens: rule.burst, at: now };
  const tokens = Math.min(rule.burst, b.tokens + (Math.max(0, now - b.at) / 1000) * rule.perSecond);
  if (tokens >= 1) return { ok: true, bucket: { tokens: tokens - 1, at: now }, retryAfterMs: 0 };
  return { ok: false, bucket: { tokens, at: now }, retryAfterMs: Math.ceil(((1 - tokens) / rule.perSecond) * 1000) };
}

/** Buckets in a map, with the ones full again forgotten so the map stays small. */
export function limiter(rule: RateRule) {
  const buckets = new Map<string, Bucket>();
  return {
    take(key: string, now: number) {
      const r = take(buckets.get(key), now, rule);
      buckets.set(key, r.bucket);
      if (buckets.size > 5000) for (const [k, b] of buckets) if (b.tokens + ((now - b.at) / 1000) * rule.perSecond >= rule.burst) buckets.delete(k);
      return r;
    },
  };
}
