import {
  Queue,
  UnrecoverableError,
  WaitingError,
  Worker,
  type ConnectionOptions,
  type Job as QueuedJob,
} from 'bullmq';
import type { Job } from '../store/store.js';
import { runGenerateApiDurably } from './durable-steps.js';
import {
  generateApiConfig,
  generateApiEvent,
  type GenerateApiDependencies,
  type GenerateApiEvent,
  type GenerateApiResult,
} from './generate-api-function.js';

export interface BullmqOptions {
  /** Redis to queue on, e.g. `{ url: process.env.REDIS_URL }`. */
  readonly connection: ConnectionOptions;
  /** Namespaces the queue's Redis keys (BullMQ's default is `bull`). */
  readonly prefix?: string;
  /** Jobs this process works on at once. Default 2. */
  readonly concurrency?: number;
  /** Delay before a job's first retry; each later one doubles. Default 1000 ms. */
  readonly backoffMs?: number;
}

type QueuedData = GenerateApiEvent['data'];

/**
 * generate-api on a BullMQ queue in Redis (the PRD's fallback to Inngest). Redis carries only the
 * delivery: the job row in Postgres stays the source of truth, and the worker runs the same handler as
 * the embedded runner, on the same durable steps, so a job picked up again resumes from its last
 * finished step and ends once: after close() (moved back to the queue at once) or a crash (BullMQ's
 * stalled check re-queues it when the dead worker's lock expires, 30 s by default). The BullMQ job id
 * is the event id (the job id), so sending a job twice queues it once.
 */
export function createBullmqJobs(deps: Omit<GenerateApiDependencies, 'signal'>, options: BullmqOptions) {
  const shutdown = new AbortController();
  const queue = new Queue<QueuedData, GenerateApiResult>(generateApiConfig.id, {
    connection: options.connection,
    ...(options.prefix ? { prefix: options.prefix } : {}),
    defaultJobOptions: {
      // Steps retry on their own inside an attempt; attempts cover what ends one early (a database or
      // Redis outage), each resuming from the steps already saved.
      attempts: generateApiConfig.retries + 1,
      backoff: { type: 'exponential', delay: options.backoffMs ?? 1000 },
      // Finished jobs stay an hour, so a redelivered event within it is dropped by id. Postgres keeps
      // the history; a job whose attempts ran out leaves Redis so the next start can queue it again.
      removeOnComplete: { age: 3600 },
      removeOnFail: true,
    },
  });
  let worker: Worker<QueuedData, GenerateApiResult> | undefined;

  const updateDepth = async () =>
    deps.metrics.queueDepth.set(await queue.getJobCountByTypes('waiting', 'prioritized', 'delayed'));
  const reportDepth = () =>
    void updateDepth().catch((error: unknown) => console.error('BullMQ queue depth unavailable:', error));

  async function process(queued: QueuedJob<QueuedData, GenerateApiResult>, token?: string) {
    const { jobId, ownerId } = queued.data;
    // Read at every attempt: the steps an earlier attempt finished are on the row, not in Redis.
    const job = await deps.store.getJob(ownerId, jobId);
    if (!job) throw new UnrecoverableError(`Job ${jobId} does not exist for owner ${ownerId}.`);
    try {
      return await runGenerateApiDurably({ ...deps, signal: shutdown.signal }, job);
    } catch (error) {
      if (!shutdown.signal.aborted) throw error;
      // Interrupted by close(): back to the queue without using up an attempt, for the next worker.
      await queued.moveToWait(token);
      throw new WaitingError();
    }
  }

  return {
    queue,
    /** Queues the job under its own id; a job already queued, running or just finished is not queued again. */
    async dispatch(job: Job): Promise<void> {
      const event = generateApiEvent(job);
      await queue.add(event.name, event.data, { jobId: event.id });
      reportDepth();
    },
    /** Starts this process's worker and re-queues jobs Postgres has unfinished (dropped if queued). */
    async start(): Promise<void> {
      worker ??= new Worker<QueuedData, GenerateApiResult>(generateApiConfig.id, process, {
        connection: options.connection,
        ...(options.prefix ? { prefix: options.prefix } : {}),
        concurrency: options.concurrency ?? 2,
      });
      worker.on('active', reportDepth);
      worker.on('error', (error) => console.error('BullMQ worker error:', error));
      worker.on('failed', (queued, error) =>
        console.error(`job ${queued?.data.jobId} attempt ${queued?.attemptsMade} failed:`, error),
      );
      await worker.waitUntilReady();
      for (const job of await deps.store.unfinishedJobs()) await this.dispatch(job);
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
      await worker?.close();
      await queue.close();
    },
  };
}

export type BullmqJobs = ReturnType<typeof createBullmqJobs>;
