import { tooManyRequests } from '../errors.js';
import type { Database } from '../store/database.js';

export interface RateLimit {
  /** Requests allowed in a burst. */
  readonly burst: number;
  /** Sustained requests per second. */
  readonly perSecond: number;
}

/** Takes one request from `key`'s bucket, or throws a 429 ServerError saying when to retry. */
export type TakeToken = (key: string) => void | Promise<void>;

const refuse = (tokens: number, limit: RateLimit) => {
  const wait = Math.ceil((1 - tokens) / limit.perSecond);
  return tooManyRequests('rate_limited', `Too many requests; retry in ${wait} s.`, wait);
};

/** A token bucket per caller, in this process's memory: enough for one server instance. */
export function createRateLimiter(limit: RateLimit, now: () => number = Date.now) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return function take(callerId: string): void {
    const time = now();
    const bucket = buckets.get(callerId) ?? { tokens: limit.burst, at: time };
    bucket.tokens = Math.min(limit.burst, bucket.tokens + ((time - bucket.at) / 1000) * limit.perSecond);
    bucket.at = time;
    buckets.set(callerId, bucket);
    if (bucket.tokens < 1) throw refuse(bucket.tokens, limit);
    bucket.tokens -= 1;
  };
}

/** Buckets untouched this long are full again, so their rows can go. */
const idleRowMs = 3_600_000;

/**
 * A token bucket per caller in the database (forge_private.rate_limits), shared by every server
 * instance on it, so N instances still give a caller one limit. Each take locks the caller's row
 * for one short transaction and refills by the database's clock, so instances' clocks do not matter.
 * `scope` keeps separate limits apart (requests per user, failed sign-ins per address).
 */
export function createSharedRateLimiter(db: Database, limit: RateLimit, scope = 'requests') {
  let takes = 0;
  return async function take(callerId: string): Promise<void> {
    const key = `${scope}:${callerId}`;
    const tokens = await db.transaction({ kind: 'service' }, async (sql) => {
      await sql.query(
        `insert into forge_private.rate_limits (key, tokens, updated_at) values ($1, $2, clock_timestamp())
         on conflict (key) do nothing`,
        [key, limit.burst],
      );
      const { rows } = await sql.query<{ tokens: number }>(
        `with refilled as (
           select least($2::float8, tokens + extract(epoch from clock_timestamp() - updated_at) * $3::float8)
             as tokens
           from forge_private.rate_limits where key = $1 for update)
         update forge_private.rate_limits as bucket
            set tokens = case when refilled.tokens >= 1 then refilled.tokens - 1 else refilled.tokens end,
                updated_at = clock_timestamp()
           from refilled where bucket.key = $1
         returning refilled.tokens as tokens`,
        [key, limit.burst, limit.perSecond],
      );
      // Now and then, drop buckets idle long enough to be full: absent rows start full anyway.
      if (++takes % 1000 === 0)
        await sql.query(
          `delete from forge_private.rate_limits
           where updated_at < clock_timestamp() - $1 * interval '1 millisecond'`,
          [idleRowMs],
        );
      return Number(rows[0]!.tokens);
    });
    if (tokens < 1) throw refuse(tokens, limit);
  };
}
