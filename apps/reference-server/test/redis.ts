import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';

/** The Redis BullMQ tests queue on; override with FORGE_TEST_REDIS_URL. */
export const redisUrl = process.env.FORGE_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function redisReachable(): Promise<boolean> {
  const client = new Redis(redisUrl, { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 0 });
  client.on('error', () => undefined); // reported below as "unreachable", not as an unhandled event
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

/** Whether BullMQ tests can run here; they are skipped (and say so) when no Redis answers. */
export const hasRedis = await redisReachable();

/**
 * A key prefix of its own for one test file's queues, so runs never see each other's jobs;
 * `dispose()` deletes every key under it.
 */
export function testQueuePrefix() {
  const prefix = `forge-test-${randomBytes(6).toString('hex')}`;
  return {
    prefix,
    async dispose() {
      const client = new Redis(redisUrl);
      try {
        for await (const keys of client.scanStream({ match: `${prefix}:*`, count: 500 }))
          if ((keys as string[]).length > 0) await client.del(...(keys as string[]));
      } finally {
        client.disconnect();
      }
    },
  };
}
