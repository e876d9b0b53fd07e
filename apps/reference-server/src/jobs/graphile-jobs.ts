import { Logger, makeWorkerUtils, run, type Runner, type Task, type WorkerUtils } from 'graphile-worker';
import type { Job } from '../store/store.js';
import {
  generateApiConfig,
  generateApiEvent,
  type GenerateApiDependencies,
  type GenerateApiEvent,
} from './generate-api-function.js';
import { startLeaseSweeper, type LeaseSweeper } from './lease-sweeper.js';
import { defaultMaxAttempts, runLeased, type LeaseOptions } from './leased-run.js';

export interface GraphileOptions extends LeaseOptions {
  /** The PostgreSQL the jobs table lives in; Graphile Worker keeps its queue there too. */
  readonly connectionString: string;
  /** Jobs this process works on at once. Default 2. */
  readonly concurrency?: number;
  /** Time between sweeps for jobs whose lease lapsed. Default 10 s. */
  readonly sweepIntervalMs?: number;
  /** Graphile Worker's fallback poll, in case a notification is missed. Default 2 s. */
  readonly pollIntervalMs?: number;
}

type QueuedData = GenerateApiEvent['data'];

// Graphile Worker logs every job at info level; the server reports only what needs attention.
const logger = new Logger(() => (level, message) => {
  if (level === 'error' || level === 'warning') console.error(`graphile-worker: ${message}`);
});

/**
 * The embedded job queue on PostgreSQL, for several server instances sharing one database: Graphile
 * Worker delivers jobs (claimed with FOR UPDATE SKIP LOCKED, woken by LISTEN/NOTIFY, retried with
 * exponential back-off: about 2.7 s, then 7.4 s), and each delivery runs under the job's lease
 * (leased-run.ts) with heartbeats, so of two deliveries one runs and a finished job is never
 * reopened. A worker that dies keeps Graphile's lock (4 hours) but not its lease: every instance's
 * sweeper hands a job whose lease lapsed to a live worker at once, or fails it when its attempts are
 * used up.
 */
export function createGraphileJobs(deps: Omit<GenerateApiDependencies, 'signal'>, options: GraphileOptions) {
  const shutdown = new AbortController();
  const maxAttempts = options.maxAttempts ?? defaultMaxAttempts;
  const lease = { ...options, maxAttempts };
  let runner: Runner | undefined;
  let utils: Promise<WorkerUtils> | undefined;
  // One set of utils for the process; its migrate() installs Graphile's schema before the first job is
  // added, even when a request dispatches one before start() ran the workers.
  const workerUtils = () =>
    (utils ??= makeWorkerUtils({ connectionString: options.connectionString, logger }).then(async (made) => {
      await made.migrate();
      return made;
    }));
  let sweeper: LeaseSweeper | undefined;

  const spec = (jobId: string, extra: { runAt?: Date; jobKeyMode?: 'replace' | 'preserve_run_at' } = {}) => ({
    // The job id is the key: adding a job that waits updates it; one whose worker holds Graphile's lock
    // (running, or dead) gets a fresh delivery.
    jobKey: jobId,
    jobKeyMode: extra.jobKeyMode ?? 'preserve_run_at',
    maxAttempts,
    ...(extra.runAt ? { runAt: extra.runAt } : {}),
  });

  const task: Task = async (payload, helpers) => {
    const data = payload as QueuedData;
    const outcome = await runLeased(deps, data, { ...lease, shutdown: shutdown.signal });
    switch (outcome.kind) {
      case 'retry':
        // Graphile Worker retries after its back-off; the last attempt was failed by runLeased.
        throw outcome.error;
      case 'held':
        // Another worker is on it; look again once its lease would have lapsed.
        await helpers.addJob(
          generateApiConfig.id,
          data,
          spec(data.jobId, { runAt: new Date(outcome.until.getTime() + 100), jobKeyMode: 'replace' }),
        );
        return;
      case 'interrupted':
        // Shut down cleanly: a fresh delivery, runnable at once by any instance, without using an attempt.
        await helpers.addJob(generateApiConfig.id, data, spec(data.jobId, { jobKeyMode: 'replace' }));
        return;
      default:
        return;
    }
  };

  const jobs = {
    async dispatch(job: Job): Promise<void> {
      const event = generateApiEvent(job);
      await (await workerUtils()).addJob(generateApiConfig.id, event.data, spec(job.id));
    },
    /** Starts this process's workers and sweeper, and recovers what no live worker holds. */
    async start(): Promise<void> {
      await workerUtils();
      runner ??= await run({
        connectionString: options.connectionString,
        concurrency: options.concurrency ?? 2,
        noHandleSignals: true,
        pollInterval: options.pollIntervalMs ?? 2000,
        logger,
        taskList: { [generateApiConfig.id]: task },
      });
      sweeper ??= startLeaseSweeper({
        store: deps.store,
        metrics: deps.metrics,
        dispatch: jobs.dispatch,
        maxAttempts,
        graceMs: options.leaseMs,
        intervalMs: options.sweepIntervalMs,
      });
      await sweeper.sweep();
    },
    /** Jobs waiting and running across every instance, from the jobs' leases. */
    load: () => deps.store.jobLoad(),
    /** Interrupts this process's jobs, which are handed back for any instance to resume at once. */
    async close(): Promise<void> {
      shutdown.abort(new Error('The job queue is shutting down.'));
      await sweeper?.stop();
      await runner?.stop();
      await (await utils)?.release();
    },
  };
  return jobs;
}

export type GraphileJobs = ReturnType<typeof createGraphileJobs>;
