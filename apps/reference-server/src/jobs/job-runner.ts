import path from 'node:path';
import type { Forge } from '@smartapiforge/sdk';
import { ForgeError } from '@smartapiforge/errors';
import type { Metrics } from '../metrics.js';
import type { Job, Store } from '../store/store.js';
import type { EventBus } from './event-bus.js';
import { createEventRecorder, type EventRecorder } from './event-recorder.js';
import { generateApi, type StepDefinition } from './generate-api.js';

export interface JobRunnerOptions {
  readonly store: Store;
  readonly forge: Forge;
  readonly bus: EventBus;
  readonly metrics: Metrics;
  /** Parent of every job's working folder. */
  readonly workDir: string;
  /** Jobs run at once; the rest wait in order. Default 2. */
  readonly concurrency?: number;
  /** Attempts per step when its error is retryable. Default 2. */
  readonly stepAttempts?: number;
}

/**
 * Runs generate-api jobs in this process. Each finished step's output is saved on the job row before
 * the next starts, so `resume()` after a crash or `close()` continues from the last finished step.
 */
export function createJobRunner(options: JobRunnerOptions) {
  const { store, forge, bus, metrics } = options;
  const concurrency = options.concurrency ?? 2;
  const stepAttempts = options.stepAttempts ?? 2;
  const waiting: { job: Job; done: () => void }[] = [];
  const running = new Set<string>();
  const shutdown = new AbortController();
  const inFlight = new Set<Promise<void>>();

  const updateDepth = () => metrics.queueDepth.set(waiting.length);

  async function runStep(
    step: StepDefinition,
    job: Job,
    outputs: Record<string, unknown>,
    events: EventRecorder,
  ) {
    for (let attempt = 1; ; attempt++) {
      try {
        return await step.run({
          job,
          outputs,
          forge,
          store,
          outDir: path.join(options.workDir, job.id),
          signal: shutdown.signal,
          emit: (event) => {
            if (event.type === 'stage-end')
              metrics.stageDuration.observe({ stage: event.stage }, event.durationMs / 1000);
            events.record(event);
          },
        });
      } catch (error) {
        if (
          shutdown.signal.aborted ||
          attempt >= stepAttempts ||
          !ForgeError.isInstance(error) ||
          !error.isRetryable
        )
          throw error;
      }
    }
  }

  async function run(job: Job): Promise<void> {
    const started = performance.now();
    const events = createEventRecorder(store, bus, job.ownerId, job.id);
    const outputs: Record<string, unknown> = { ...job.steps };
    await store.markRunning(job.ownerId, job.id);
    try {
      for (const step of generateApi.steps) {
        if (step.id in outputs) continue;
        outputs[step.id] = await runStep(step, job, outputs, events);
        await events.flush();
        await store.saveStep(job.ownerId, job.id, step.id, outputs[step.id]);
      }
      const { projectId } = outputs.save as { projectId: string };
      if (await store.finishJob(job.ownerId, job.id, { status: 'succeeded', projectId })) {
        events.record({ type: 'job-succeeded', projectId });
        finished('succeeded', started);
      }
    } catch (error) {
      // An interrupted job stays running in the database; the next resume() picks it up.
      if (shutdown.signal.aborted) return;
      const failure = {
        code: ForgeError.isInstance(error) ? error.code : 'unexpected',
        message: error instanceof Error ? error.message : String(error),
      };
      await events.flush().catch(() => undefined);
      if (await store.finishJob(job.ownerId, job.id, { status: 'failed', error: failure })) {
        events.record({ type: 'job-failed', ...failure });
        finished('failed', started);
      }
    }
    await events.flush();
  }

  function finished(outcome: 'succeeded' | 'failed', started: number) {
    metrics.jobsFinished.inc({ outcome });
    metrics.jobDuration.observe({ outcome }, (performance.now() - started) / 1000);
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
      const jobs = await store.unfinishedJobs();
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
