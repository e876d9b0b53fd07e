import {
  DelayedError,
  Queue,
  WaitingError,
  Worker,
  type ConnectionOptions,
  type Job as QueuedJob,
} from 'bullmq';
import type { Job } from '../store/store.js';
import {
  codeOf,
  generateApiConfig,
  generateApiEvent,
  type GenerateApiDependencies,
  type GenerateApiEvent,
  type GenerateApiResult,
} from './generate-api-function.js';
import { startLeaseSweeper, type LeaseSweeper } from './lease-sweeper.js';
import { defaultMaxAttempts, runLeased, type LeaseOptions } from './leased-run.js';

export interface BullmqOptions extends LeaseOptions {
  /** Redis to queue on, e.g. `{ url: process.env.REDIS_URL }`. */
  readonly connection: ConnectionOptions;
  /** Namespaces the queue's Redis keys (BullMQ's default is `bull`). */
  readonly prefix?: string;
  /** Jobs this process works on at once. Default 2. */
  readonly concurrency?: number;
  /** Delay before a job's first retry; each later one doubles. Default 1000 ms. */
  readonly backoffMs?: number;
  /** How long BullMQ's lock on a running job lasts without renewal. Default 30 s (BullMQ's). */
  readonly lockDurationMs?: number;
  /** How often workers look for jobs whose lock lapsed (stalled). Default 30 s (BullMQ's). */
  readonly stalledIntervalMs?: number;
  /** Time between sweeps for jobs whose lease lapsed. Default 10 s. */
  readonly sweepIntervalMs?: number;
}

type QueuedData = GenerateApiEvent['data'];

/**
 * generate-api on a BullMQ queue in Redis (the PRD's fallback to Inngest). Redis carries only the
 * delivery: the job row in Postgres stays the source of truth, and each delivery runs under the job's
 * lease (leased-run.ts), so a job picked up again resumes from its last finished step and ends once.
 * After close() a job goes back to the queue at once; after a crash BullMQ's stalled check re-queues
 * it when the dead worker's lock lapses (lockDurationMs, checked every stalledIntervalMs), up to
 * maxAttempts deliveries in all; a job whose attempts are used up is failed in Postgres, by the
 * worker on its last attempt or by the sweeper once its lease lapsed, so none stays running. The
 * BullMQ job id is the job id, so sending a job twice queues it once.
 */
export function createBullmqJobs(deps: Omit<GenerateApiDependencies, 'signal'>, options: BullmqOptions) {
  const shutdown = new AbortController();
  const maxAttempts = options.maxAttempts ?? defaultMaxAttempts;
  const lease = { ...options, maxAttempts };
  const queue = new Queue<QueuedData, GenerateApiResult>(generateApiConfig.id, {
    connection: options.connection,
    ...(options.prefix ? { prefix: options.prefix } : {}),
    defaultJobOptions: {
      // Steps retry on their own inside an attempt; attempts cover what ends one early (a database or
      // Redis outage), each resuming from the steps already saved.
      attempts: maxAttempts,
      backoff: { type: 'exponential', delay: options.backoffMs ?? 1000 },
      // Finished jobs stay an hour, so a redelivered event within it is dropped by id. Postgres keeps
      // the history; a job whose attempts ran out leaves Redis (Postgres records why it failed).
      removeOnComplete: { age: 3600 },
      removeOnFail: true,
    },
  });
  let worker: Worker<QueuedData, GenerateApiResult> | undefined;
  let sweeper: LeaseSweeper | undefined;
  const updateDepth = async () =>
    deps.metrics.queueDepth.set(await queue.getJobCountByTypes('waiting', 'prioritized', 'delayed'));
  const reportDepth = () =>
    void updateDepth().catch((error: unknown) => console.error('BullMQ queue depth unavailable:', error));

  async function process(queued: QueuedJob<QueuedData, GenerateApiResult>, token?: string) {
    const { jobId } = queued.data;
    const outcome = await runLeased(deps, queued.data, { ...lease, shutdown: shutdown.signal });
    switch (outcome.kind) {
      case 'ran':
        return outcome.result;
      case 'retry':
        throw outcome.error;
      case 'held':
        // Another worker is on it (BullMQ thought it stalled): look again once its lease would lapse.
        await queued.moveToDelayed(outcome.until.getTime() + 100, token);
        throw new DelayedError();
      case 'interrupted':
        // Interrupted by close(): back to the queue without using up an attempt, for the next worker.
        await queued.moveToWait(token);
        throw new WaitingError();
      default:
        // Ended, missing, or now another worker's: nothing more to do for this delivery.
        return { jobId, status: 'duplicate' } as const;
    }
  }

  const jobs = {
    queue,
    /** Queues the job under its own id; a job already queued, running or just finished is not queued again. */
    async dispatch(job: Job): Promise<void> {
      const event = generateApiEvent(job);
      await queue.add(event.name, event.data, { jobId: event.id });
      reportDepth();
    },
    /** Starts this process's worker and sweeper, and recovers what no live worker holds. */
    async start(): Promise<void> {
      if (!worker) {
        worker = new Worker<QueuedData, GenerateApiResult>(generateApiConfig.id, process, {
          connection: options.connection,
          ...(options.prefix ? { prefix: options.prefix } : {}),
          concurrency: options.concurrency ?? 2,
          // As many deliveries after a crash as attempts after an error: maxAttempts in all.
          maxStalledCount: maxAttempts - 1,
          ...(options.lockDurationMs ? { lockDuration: options.lockDurationMs } : {}),
          ...(options.stalledIntervalMs ? { stalledInterval: options.stalledIntervalMs } : {}),
        });
        worker.on('active', reportDepth);
        worker.on('error', (error) => console.error('BullMQ worker error:', error));
        worker.on('failed', (queued, error) => {
          if (!queued) return;
          console.error(`job ${queued.data.jobId} attempt ${queued.attemptsMade} failed:`, error.message);
          // Attempts used up before the job could record its own end (e.g. the database was down):
          // record it now, or the sweeper will once the lease lapses.
          if (queued.attemptsMade >= (queued.opts.attempts ?? 1))
            void deps.store
              .failJob(queued.data.jobId, {
                code: codeOf(error),
                message: `${error.message} (attempt ${queued.attemptsMade} of ${maxAttempts})`,
              })
              .catch((failed: unknown) => console.error('could not record the failure:', failed));
        });
        await worker.waitUntilReady();
      }
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
    /** Jobs waiting and running on the queue, across every worker. */
    async load(): Promise<{ waiting: number; running: number }> {
      const counts = await queue.getJobCounts('waiting', 'prioritized', 'delayed', 'active');
      return {
        waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0) + (counts.delayed ?? 0),
        running: counts.active ?? 0,
      };
    },
    /** Interrupts this worker's jobs, which go back to the queue to resume elsewhere or on restart. */
    async close(): Promise<void> {
      shutdown.abort(new Error('The BullMQ worker is shutting down.'));
      await sweeper?.stop();
      await worker?.close();
      await queue.close();
    },
  };
  return jobs;
}

export type BullmqJobs = ReturnType<typeof createBullmqJobs>;
