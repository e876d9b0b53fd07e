import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, type TestDatabase } from '../../test/databases.js';
import { createPostgresDatabase } from '../store/postgres-database.js';
import { createSharedRateLimiter } from './rate-limiter.js';

const outcome = (take: Promise<void>) =>
  take.then(
    () => 'ok',
    (error: { status?: number }) => error.status,
  );

describe.each(engines)('shared rate limits on $name', ({ name, open, skip }) => {
  let t: TestDatabase;
  beforeAll(async () => {
    if (!skip) t = await open();
  });
  afterAll(() => t?.dispose());

  it.skipIf(skip)('gives a caller one burst across every limiter on the database', async () => {
    // Two instances' limiters: on PostgreSQL each with its own connection pool.
    const other = name === 'postgres' ? createPostgresDatabase(t.url!) : t.db;
    try {
      const limit = { burst: 4, perSecond: 0.001 };
      const a = createSharedRateLimiter(t.db, limit);
      const b = createSharedRateLimiter(other, limit);
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) => outcome((i % 2 === 0 ? a : b)('caller-1'))),
      );
      expect(results.filter((result) => result === 'ok')).toHaveLength(4);
      expect(results.filter((result) => result === 429)).toHaveLength(4);
      // Another caller, and the same caller under another scope, have buckets of their own.
      expect(await outcome(a('caller-2'))).toBe('ok');
      expect(await outcome(createSharedRateLimiter(other, limit, 'auth-failures')('caller-1'))).toBe('ok');
    } finally {
      if (other !== t.db) await other.close();
    }
  });

  it.skipIf(skip)('refills by the database clock and says when to retry', async () => {
    const take = createSharedRateLimiter(t.db, { burst: 1, perSecond: 20 });
    await take('refill');
    await expect(take('refill')).rejects.toMatchObject({ status: 429, retryAfterSeconds: 1 });
    await new Promise((resolve) => setTimeout(resolve, 120));
    await expect(take('refill')).resolves.toBeUndefined();
  });
});
