import { NonRetriableError } from 'inngest';
import { LeaseLostError, type Job } from '../store/store.js';
import {
  generateApiConfig,
  generateApiEvent,
  runGenerateApi,
  type GenerateApiDependencies,
  type GenerateApiResult,
  type StepTools,
} from './generate-api-function.js';

export interface DurableStepOptions {
  /**
   * Outputs of the steps an earlier attempt finished, keyed by step id, as read back from Postgres
   * (generate-api saves each step's output on the job row as the step's last action).
   */
  readonly completed: Readonly<Record<string, unknown>>;
  /** Retries after a step's first attempt: generateApiConfig.retries, as Inngest would apply it. */
  readonly retries: number;
  /** Aborted on shutdown: the running step gives up and is not retried. */
  readonly signal: AbortSignal;
}

/**
 * The in-house executors' step tools, with Inngest's semantics: a finished step is memoised and never
 * runs again (here from the job row, so across restarts too); a failing step is retried on its own,
 * up to `retries` times, unless it threw a NonRetriableError; outputs are JSON, as Inngest stores them.
 */
export function createDurableSteps(options: DurableStepOptions): StepTools {
  return {
    async run(id, work) {
      if (id in options.completed) return options.completed[id];
      for (let attempt = 0; ; attempt++) {
        try {
          return JSON.parse(JSON.stringify((await work()) ?? null)) as unknown;
        } catch (error) {
          if (
            options.signal.aborted ||
            error instanceof NonRetriableError ||
            error instanceof LeaseLostError ||
            attempt >= options.retries
          )
            throw error;
        }
      }
    },
  };
}

/**
 * Runs generate-api for a stored job on durable steps, resuming after the steps its row records as
 * finished: how the embedded runners and the BullMQ worker execute the function Inngest would run.
 * `job` must be the row as read when the lease was claimed, so no step is skipped or run again from a
 * stale copy.
 */
export function runGenerateApiDurably(
  deps: GenerateApiDependencies & { readonly signal: AbortSignal },
  job: Job,
): Promise<GenerateApiResult> {
  return runGenerateApi(deps, {
    event: generateApiEvent(job),
    step: createDurableSteps({
      completed: job.steps,
      retries: generateApiConfig.retries,
      signal: deps.signal,
    }),
  });
}
