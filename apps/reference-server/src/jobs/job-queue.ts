import { ForgeError } from '@smartapiforge/errors';
import type { Inngest } from 'inngest';
import type { Route } from '../http/router.js';
import type { Job } from '../store/store.js';
import { createBullmqJobs, type BullmqOptions } from './bullmq-jobs.js';
import type { GenerateApiDependencies } from './generate-api-function.js';
import { createInngestJobs } from './inngest-jobs.js';
import { createGraphileJobs } from './graphile-jobs.js';
import { createJobRunner } from './job-runner.js';
import type { LeaseOptions } from './leased-run.js';

/** What the server needs from whichever executor runs generate-api: embedded, Inngest or BullMQ. */
export interface JobQueue {
  readonly kind: 'embedded' | 'inngest' | 'bullmq';
  /** Starts a created job; resolves once it is handed over, not when it ends. */
  dispatch(job: Job): Promise<void>;
  /** Called once the server listens: picks up what an earlier process left unfinished. */
  start(): Promise<void>;
  /** Jobs waiting and running, for /healthz. */
  load(): Promise<{ waiting: number; running: number }>;
  /** Interrupts running jobs; they stay resumable. */
  close(): Promise<void>;
  /** HTTP routes the executor needs (Inngest's /api/inngest). */
  readonly routes: readonly Route[];
}

export interface JobQueueOptions {
  /** Run jobs through Inngest, which calls back on /api/inngest. */
  readonly inngest?: Inngest | undefined;
  /** Run jobs on a BullMQ queue in Redis, with a worker in this process. */
  readonly bullmq?: BullmqOptions | undefined;
  /** Jobs this process runs at once (embedded runner and BullMQ worker). Default 2. */
  readonly concurrency?: number | undefined;
  /** How fast a dead worker's jobs are taken over, and how often a job may be tried. */
  readonly recovery?: RecoveryOptions | undefined;
}

/** Leases and sweeps, shared by the embedded queues and BullMQ (Inngest retries on its own). */
export interface RecoveryOptions extends LeaseOptions {
  /** Time between sweeps for jobs whose lease lapsed. Default 10 s. */
  readonly sweepIntervalMs?: number;
}

/**
 * Picks the executor: Inngest or BullMQ when given; otherwise the embedded queue, which is Graphile
 * Worker on PostgreSQL (several instances may share the database) and an in-process runner on PGlite.
 */
export function createJobQueue(
  options: JobQueueOptions,
  deps: Omit<GenerateApiDependencies, 'signal'>,
): JobQueue {
  const concurrency = options.concurrency === undefined ? {} : { concurrency: options.concurrency };
  const recovery = options.recovery ?? {};
  if (options.inngest && options.bullmq)
    throw new ForgeError('config_invalid', 'Choose one job queue: Inngest or BullMQ, not both.');
  if (options.inngest) {
    const inngest = createInngestJobs(options.inngest, deps);
    return {
      kind: 'inngest',
      dispatch: inngest.dispatch,
      // Inngest itself retries what a stopped server left unfinished, and owns the queue.
      start: async () => undefined,
      load: async () => ({ waiting: 0, running: 0 }),
      close: async () => undefined,
      routes: inngest.routes,
    };
  }
  if (options.bullmq) {
    const bullmq = createBullmqJobs(deps, { ...concurrency, ...recovery, ...options.bullmq });
    return { kind: 'bullmq', ...bullmq, routes: [] };
  }
  const { connectionString } = deps.store.db;
  if (connectionString) {
    const graphile = createGraphileJobs(deps, { ...concurrency, ...recovery, connectionString });
    return { kind: 'embedded', ...graphile, routes: [] };
  }
  const runner = createJobRunner({ ...deps, ...concurrency, ...recovery });
  return {
    kind: 'embedded',
    // The runner's promise settles when the job ends; accepting the job must not wait for that.
    dispatch: async (job) => void runner.enqueue(job),
    start: async () => void (await runner.resume()),
    load: async () => runner.load(),
    close: runner.close,
    routes: [],
  };
}
