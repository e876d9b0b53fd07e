import type { Job } from '../store/store.js';
import type { GenerateApiDependencies } from './generate-api-function.js';
import { runLeased, type LeaseOptions } from './leased-run.js';

export interface JobRunnerOptions extends Omit<GenerateApiDependencies, 'signal' | 'lease'>, LeaseOptions {
  /** Jobs run at once; the rest wait in order. Default 2. */
  readonly concurrency?: number;
  /** Delay before an attempt that failed outside the steps is retried; doubles each time. Default 1 s. */
  readonly backoffMs?: number;
}

/**
 * The embedded executor of generate-api in one process (the PGlite default): it runs the same handler
 * Inngest would, with durable steps over the job row, under the job's lease (see leased-run.ts), so
 * `resume()` after a crash or `close()` continues from the last finished step, and an attempt that
 * fails outside the steps is retried after a back-off until its attempts are used up. It adds what
 * Inngest's queue would otherwise provide: ordering, a concurrency limit and de-duplication by job id.
 * Several instances on one PostgreSQL use Graphile Worker instead (graphile-jobs.ts).
 */
export function createJobRunner(options: JobRunnerOptions) {
  const { metrics } = options;
  const concurrency = options.concurrency ?? 2;
  const waiting: { job: Job; done: () => void }[] = [];
  const running = new Set<string>();
  const shutdown = new AbortController();
  const inFlight = new Set<Promise<void>>();
  const timers = new Set<NodeJS.Timeout>();
  const updateDepth = () => metrics.queueDepth.set(waiting.length);

  /** Queues the job again after `ms`, unless the runner closes first. */
  function later(job: Job, ms: number) {
    const timer = setTimeout(() => {
      timers.delete(timer);
      void runner.enqueue(job);
    }, ms);
    timers.add(timer);
  }

  async function run(job: Job): Promise<void> {
    const outcome = await runLeased(
      options,
      { jobId: job.id, ownerId: job.ownerId },
      {
        ...options,
        shutdown: shutdown.signal,
      },
    );
    if (outcome.kind === 'held') later(job, Math.max(0, outcome.until.getTime() - Date.now()) + 50);
    if (outcome.kind === 'retry') {
      console.error(`job ${job.id} attempt ${outcome.attempt} failed, retrying:`, outcome.error);
      later(job, (options.backoffMs ?? 1000) * 2 ** (outcome.attempt - 1));
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

  const runner = {
    /** Queues a job; resolves when this delivery of it has ended or was interrupted by close(). */
    enqueue(job: Job): Promise<void> {
      if (shutdown.signal.aborted) return Promise.resolve();
      if (running.has(job.id) || waiting.some((entry) => entry.job.id === job.id)) return Promise.resolve();
      return new Promise<void>((done) => {
        waiting.push({ job, done });
        pump();
      });
    },
    /** Queues every job an earlier process left unfinished; a job still leased waits for its lease. */
    async resume(): Promise<number> {
      const jobs = await options.store.unfinishedJobs();
      for (const job of jobs) void runner.enqueue(job);
      return jobs.length;
    },
    /** Jobs currently waiting or running, for health and metrics. */
    load: () => ({ waiting: waiting.length, running: running.size }),
    /** Interrupts running jobs (they stay resumable) and drops the waiting ones back to the database. */
    async close(): Promise<void> {
      shutdown.abort(new Error('The job runner is shutting down.'));
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      for (const entry of waiting.splice(0)) entry.done();
      updateDepth();
      await Promise.all(inFlight);
    },
  };
  return runner;
}

export type JobRunner = ReturnType<typeof createJobRunner>;
