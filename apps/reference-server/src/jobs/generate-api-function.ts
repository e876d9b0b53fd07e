import path from 'node:path';
import { ForgeError } from '@smartapiforge/errors';
import { NonRetriableError } from 'inngest';
import type { Forge } from '@smartapiforge/sdk';
import type { Metrics } from '../metrics.js';
import { LeaseLostError, type Job, type JobOutcome, type Store } from '../store/store.js';
import type { EventBus } from './event-bus.js';
import { createEventRecorder } from './event-recorder.js';
import type { StepDefinition } from './generate-api.js';
import { stepsFor } from './job-steps.js';

/**
 * The one definition of the generate-api function: its Inngest configuration and its handler. Inngest
 * runs the handler through `inngest-function.ts`; the embedded runner runs the very same handler with
 * its own step executor (`durable-steps.ts`), which reads `retries` from here too.
 */
export const generateApiConfig = {
  id: 'generate-api',
  /** Retries per step after the first attempt, like Inngest's `retries`. */
  retries: 2,
  event: 'forge/generate-api.requested',
} as const;

/** The trigger event. Its `id` is the job id, so sending it twice is one event to Inngest. */
export interface GenerateApiEvent {
  readonly id?: string;
  readonly name: typeof generateApiConfig.event;
  readonly data: { readonly jobId: string; readonly ownerId: string };
}

/** The event that starts a job; its id is the job id, which Inngest and BullMQ de-duplicate on. */
export const generateApiEvent = (job: Pick<Job, 'id' | 'ownerId'>): GenerateApiEvent & { id: string } => ({
  id: job.id,
  name: generateApiConfig.event,
  data: { jobId: job.id, ownerId: job.ownerId },
});

/** The part of Inngest's step tools the handler uses; both executors provide it. */
export interface StepTools {
  run<T>(id: string, work: () => Promise<T>): Promise<unknown>;
}

export interface GenerateApiDependencies {
  readonly store: Store;
  readonly forge: Forge;
  readonly bus: EventBus;
  readonly metrics: Metrics;
  /** Parent of every job's working folder. */
  readonly workDir: string;
  /** Aborted when the worker shuts down or loses its lease: the job is interrupted, not failed. */
  readonly signal?: AbortSignal;
  /**
   * The lease token the worker claimed the job with (see store.claimJob): every write of the run is
   * made under it, so a worker whose lease lapsed records nothing more. Absent under Inngest, which
   * runs each step once itself.
   */
  readonly lease?: string;
}

export type GenerateApiResult =
  | { readonly jobId: string; readonly status: 'succeeded'; readonly projectId: string }
  | { readonly jobId: string; readonly status: 'failed'; readonly code: string }
  /** The job had already ended: a redelivered event, which must not run the job again. */
  | { readonly jobId: string; readonly status: 'duplicate' };

/** An error's stable code, looking through the wrappers retries add (NonRetriableError, StepError). */
export function codeOf(error: unknown): string {
  for (let e = error; e instanceof Error; e = e.cause) if (ForgeError.isInstance(e)) return e.code;
  return 'unexpected';
}

/** Whether the run stopped because its worker no longer holds the job, looking through wrappers. */
export function isLeaseLost(error: unknown): boolean {
  for (let e = error; e instanceof Error; e = e.cause) if (e instanceof LeaseLostError) return true;
  return false;
}

/**
 * Failures the SDK marks as not retryable (an invalid design, a failing test suite) end the job at
 * once under either executor; anything else is retried up to `generateApiConfig.retries` times.
 */
function classify(error: unknown): unknown {
  return ForgeError.isInstance(error) && !error.isRetryable
    ? new NonRetriableError(error.message, { cause: error })
    : error;
}

/**
 * Runs a generate-api job: one `step.run` per step, each step's events persisted before it returns.
 * Code outside the steps runs again on every invocation, so it only reads, or writes idempotently.
 */
export async function runGenerateApi(
  deps: GenerateApiDependencies,
  { event, step }: { event: GenerateApiEvent; step: StepTools },
): Promise<GenerateApiResult> {
  const { store, metrics, lease } = deps;
  const { jobId, ownerId } = event.data;
  const job = await store.getJob(ownerId, jobId);
  if (!job) throw new NonRetriableError(`Job ${jobId} does not exist for owner ${ownerId}.`);
  if (job.status === 'succeeded' || job.status === 'failed') return { jobId, status: 'duplicate' };
  const events = createEventRecorder(store, deps.bus, ownerId, jobId, lease);
  const signal = deps.signal ?? new AbortController().signal;
  await store.markRunning(ownerId, jobId);

  const runStep = (definition: StepDefinition, outputs: Record<string, unknown>) =>
    step.run(definition.id, async () => {
      // A deployed API keeps logging through the deploy step's progress callback after the step (and
      // the job) ended; those lines cannot be stored once the job is closed, so they are dropped.
      let open = true;
      try {
        const output = await definition.run({
          job,
          outputs,
          forge: deps.forge,
          store,
          outDir: path.join(deps.workDir, jobId),
          signal,
          emit: (progress) => {
            if (!open) return;
            if (progress.type === 'stage-end')
              metrics.stageDuration.observe({ stage: progress.stage }, progress.durationMs / 1000);
            events.record(progress);
          },
        });
        // The step's events are stored before the step is recorded as done: a worker killed between the
        // two replays the step (its progress shows twice, truthfully), whereas the other order could
        // record the step and lose its events, which no replay would ever write again.
        open = false;
        await events.flush();
        // Recorded on the job row for GET /v1/jobs/:id; the embedded runner also resumes from it.
        await store.saveStep(ownerId, jobId, definition.id, output, lease);
        return output;
      } catch (error) {
        throw classify(error);
      } finally {
        open = false;
        // A failed step's events are stored too before it is retried or the job fails.
        await events.flush();
      }
    });

  const finish = async (outcome: 'succeeded' | 'failed', ended: JobOutcome) => {
    // Every progress event is stored before the final one, which finishJob writes with the status:
    // of two racing invocations one records the end, and nothing is appended after it.
    await events.flush();
    if (!(await store.finishJob(ownerId, jobId, ended, lease))) {
      if (lease) throw new LeaseLostError(jobId);
      return;
    }
    metrics.jobsFinished.inc({ outcome });
    metrics.jobDuration.observe({ outcome }, (Date.now() - job.createdAt.getTime()) / 1000);
  };

  try {
    const outputs: Record<string, unknown> = {};
    for (const definition of stepsFor(job.input)) outputs[definition.id] = await runStep(definition, outputs);
    const { projectId } = outputs.save as { projectId: string };
    await finish('succeeded', { status: 'succeeded', projectId });
    return { jobId, status: 'succeeded', projectId };
  } catch (error) {
    // Interrupted by shutdown or a lost lease: the job stays unfinished in the database, and the
    // worker that holds it next resumes it.
    if (signal.aborted || isLeaseLost(error)) throw error;
    const code = codeOf(error);
    const message = error instanceof Error ? error.message : String(error);
    await finish('failed', { status: 'failed', error: { code, message } });
    return { jobId, status: 'failed', code };
  }
}
