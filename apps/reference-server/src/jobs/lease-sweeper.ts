import type { Metrics } from '../metrics.js';
import type { Job, Store } from '../store/store.js';
import { defaultLeaseMs } from './leased-run.js';

/** Time between sweeps unless the queue says otherwise. */
const defaultSweepIntervalMs = 10_000;

export interface LeaseSweeperOptions {
  readonly store: Store;
  readonly metrics: Metrics;
  /** Hands a job (again) to the queue; must be idempotent, since a queued job may be swept too. */
  readonly dispatch: (job: Job) => Promise<void>;
  /** Claims a job may use; one whose lease lapsed after the last is failed. */
  readonly maxAttempts: number;
  /** How long a job may go unheld before it is swept (a live worker renews well within it); default: the lease. */
  readonly graceMs?: number | undefined;
  /** Time between sweeps (default 10 s). */
  readonly intervalMs?: number | undefined;
}

/** The error a job gets when its workers kept dying until its attempts were used up. */
export const workerLost = (attempts: number) => ({
  code: 'worker_lost',
  message: `The job's worker stopped ${attempts} time${attempts === 1 ? '' : 's'} before finishing it (crash or lost connection), and it has no attempts left; submit it again.`,
});

/**
 * Finds unfinished jobs nobody holds (a lease that lapsed because its worker died, or a job never
 * picked up) and hands each back to the queue, or fails it, with its job-failed event, once its
 * attempts are used up, which frees its owner's slot. Every instance runs one: the store's guards
 * make concurrent sweeps harmless (a job ends once; a dispatch of a queued job is a no-op).
 */
export function startLeaseSweeper(settings: LeaseSweeperOptions) {
  const options = {
    ...settings,
    graceMs: settings.graceMs ?? defaultLeaseMs,
    intervalMs: settings.intervalMs ?? defaultSweepIntervalMs,
  };
  const { store } = options;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;

  async function sweep(): Promise<{ requeued: number; failed: number }> {
    const swept = { requeued: 0, failed: 0 };
    for (const job of await store.lapsedJobs(options.graceMs)) {
      if (stopped) break;
      try {
        if (job.attempts >= options.maxAttempts) {
          if (await store.failJob(job.id, workerLost(job.attempts))) {
            swept.failed++;
            options.metrics.jobsSwept.inc({ action: 'failed' });
          }
        } else {
          await options.dispatch(job);
          swept.requeued++;
          options.metrics.jobsSwept.inc({ action: 'requeued' });
        }
      } catch (error) {
        console.error(`sweeper: job ${job.id} could not be recovered yet:`, (error as Error).message);
      }
    }
    return swept;
  }

  const tick = () => {
    running = running
      .then(sweep)
      .catch((error: unknown) => console.error('sweeper: sweep failed:', (error as Error).message));
  };
  const timer = setInterval(tick, options.intervalMs);
  timer.unref();

  return {
    /** Sweeps now (after any sweep in progress). */
    sweep: (): Promise<{ requeued: number; failed: number }> => {
      const next = running.then(sweep);
      running = next.catch(() => undefined);
      return next;
    },
    async stop(): Promise<void> {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}

export type LeaseSweeper = ReturnType<typeof startLeaseSweeper>;
