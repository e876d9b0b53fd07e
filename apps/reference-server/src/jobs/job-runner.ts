import type { Forge } from '@smartapiforge/sdk';
import type { Metrics } from '../metrics.js';
import type { Job, Store } from '../store/store.js';
import { runGenerateApiDurably } from './durable-steps.js';
import type { EventBus } from './event-bus.js';

export interface JobRunnerOptions {
  readonly store: Store;
  readonly forge: Forge;
  readonly bus: EventBus;
  readonly metrics: Metrics;
  /** Parent of every job's working folder. */
  readonly workDir: string;
  /** Jobs run at once; the rest wait in order. Default 2. */
  readonly concurrency?: number;
}

/**
 * The embedded executor of generate-api, used when no Inngest is configured: it runs the same handler
 * Inngest would, with durable steps over the job row, so `resume()` after a crash or `close()`
 * continues from the last finished step. It adds what Inngest's queue would otherwise provide:
 * ordering, a concurrency limit and de-duplication by job id.
 */
export function createJobRunner(options: JobRunnerOptions) {
  const { metrics } = options;
  const concurrency = options.concurrency ?? 2;
  const waiting: { job: Job; done: () => void }[] = [];
  const running = new Set<string>();
  const shutdown = new AbortController();
  const inFlight = new Set<Promise<void>>();

  const updateDepth = () => metrics.queueDepth.set(waiting.length);

  async function run(job: Job): Promise<void> {
    try {
      await runGenerateApiDurably({ ...options, signal: shutdown.signal }, job);
    } catch (error) {
      // Interrupted jobs stay running in the database; the next resume() picks them up.
      if (!shutdown.signal.aborted) throw error;
    }
  }

  function pump() {
    while (running.size < concurrency && waiting.length > 0 && !shutdown.signal.aborted) {
      const next = waiting.shift()!;
      running.add(next.job.id);
      const task = run(next.job)
        .catch((error: unknown) => console.error(`job ${next.job.id} could not be recorded:`, error))
        .finally(() => {
          running.delete(next.job.id);
          inFlight.delete(task);
          next.done();
          pump();
        });
      inFlight.add(task);
    }
    updateDepth();
  }

  return {
    /** Queues a job; resolves when it has ended or was interrupted by close(). */
    enqueue(job: Job): Promise<void> {
      if (running.has(job.id) || waiting.some((entry) => entry.job.id === job.id)) return Promise.resolve();
      return new Promise<void>((done) => {
        waiting.push({ job, done });
        pump();
      });
    },
    /** Queues every job an earlier process left unfinished. */
    async resume(): Promise<number> {
      const jobs = await options.store.unfinishedJobs();
      for (const job of jobs) void this.enqueue(job);
      return jobs.length;
    },
    /** Jobs currently waiting or running, for health and metrics. */
    load: () => ({ waiting: waiting.length, running: running.size }),
    /** Interrupts running jobs (they stay resumable) and drops the waiting ones back to the database. */
    async close(): Promise<void> {
      shutdown.abort(new Error('The job runner is shutting down.'));
      for (const entry of waiting.splice(0)) entry.done();
      updateDepth();
      await Promise.all(inFlight);
    },
  };
}

export type JobRunner = ReturnType<typeof createJobRunner>;
