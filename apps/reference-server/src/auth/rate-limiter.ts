import { tooManyRequests } from '../errors.js';

export interface RateLimit {
  /** Requests allowed in a burst. */
  readonly burst: number;
  /** Sustained requests per second. */
  readonly perSecond: number;
}

/** A token bucket per caller, in memory: enough for one server process. */
export function createRateLimiter(limit: RateLimit, now: () => number = Date.now) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return function take(callerId: string): void {
    const time = now();
    const bucket = buckets.get(callerId) ?? { tokens: limit.burst, at: time };
    bucket.tokens = Math.min(limit.burst, bucket.tokens + ((time - bucket.at) / 1000) * limit.perSecond);
    bucket.at = time;
    buckets.set(callerId, bucket);
    if (bucket.tokens < 1) {
      const wait = Math.ceil((1 - bucket.tokens) / limit.perSecond);
      throw tooManyRequests('rate_limited', `Too many requests; retry in ${wait} s.`, wait);
    }
    bucket.tokens -= 1;
  };
}
