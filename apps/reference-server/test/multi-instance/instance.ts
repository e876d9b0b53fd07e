// One reference-server instance as its own process, for the multi-instance suite and bench: the
// suite bundles this file (cluster.ts) and starts several, SIGKILLs and restarts them. Configured by
// the environment; prints `READY <url>` once it listens.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createForge, type Forge } from '@smartapiforge/sdk';
import { createReferenceServer, type ReferenceServerOptions } from '../../src/server.js';
import { createPostgresDatabase } from '../../src/store/postgres-database.js';

const env = process.env;
const number = (name: string, fallback: number) => (env[name] ? Number(env[name]) : fallback);

/** The real SDK, with the build step held for BUILD_DELAY_MS so that a test can kill it mid-job. */
function slowBuild(real: Forge, delayMs: number): Forge {
  return {
    ...real,
    // The build step awaits the Generation, so a promise of its result serves it the same.
    generate: (input, options) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, delayMs);
        options?.signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(options.signal?.reason as Error);
        });
      }).then(() => real.generate(input, options)) as unknown as ReturnType<Forge['generate']>,
  };
}

const db = createPostgresDatabase(env.DATABASE_URL!);
const recovery = {
  leaseMs: number('LEASE_MS', 2000),
  sweepIntervalMs: number('SWEEP_MS', 500),
  maxAttempts: number('MAX_ATTEMPTS', 3),
};
const options: ReferenceServerOptions = {
  db,
  forge: slowBuild(createForge(), number('BUILD_DELAY_MS', 0)),
  auth: { jwtSecret: env.JWT_SECRET!, audience: 'authenticated' },
  workDir: await mkdtemp(path.join(os.tmpdir(), 'forge-instance-')),
  concurrency: number('CONCURRENCY', 2),
  limits: { jobsPerDay: 1000, concurrentJobs: number('CONCURRENT_JOBS', 100) },
  rateLimit: { burst: number('RATE_BURST', 10_000), perSecond: number('RATE_PER_SECOND', 10_000) },
  recovery,
  ...(env.QUEUE === 'bullmq'
    ? {
        bullmq: {
          connection: { url: env.REDIS_URL! },
          prefix: env.BULLMQ_PREFIX!,
          lockDurationMs: number('LOCK_MS', 2000),
          stalledIntervalMs: number('STALLED_MS', 1000),
          backoffMs: 200,
        },
      }
    : {}),
};
const app = createReferenceServer(options);
const url = await app.listen(0);
console.log(`READY ${url}`);

process.once('SIGTERM', () => {
  void app
    .close()
    .then(() => db.close())
    .then(() => process.exit(0));
});
