import type { GenerateResult } from '@smartapiforge/sdk';
import { badRequest, notFound, tooManyRequests } from '../errors.js';
import { checkJsonValue, maxEventId } from '../http/json-limits.js';
import type { EventBus } from '../jobs/event-bus.js';
import { streamJobEvents } from '../jobs/stream-job-events.js';
import type { Job, JobInput, JobLimits, Store, StoredEvent } from '../store/store.js';
import { jobView } from './views.js';

/** The project's own test run as the build step saved it: counts, each test's outcome, timings. */
export type TestReport = Omit<NonNullable<GenerateResult['test']>, 'output'>;

export interface JobsServiceDependencies {
  readonly store: Store;
  readonly bus: EventBus;
  /** Starts a created job on whichever executor the server runs. */
  readonly dispatch: (job: Job) => Promise<void>;
  readonly limits: JobLimits;
}

const secondsToUtcMidnight = (now = new Date()) =>
  Math.ceil((Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1) - now.getTime()) / 1000);

/** Starting, reading and following generate-api jobs, for one owner at a time. */
export function createJobsService(deps: JobsServiceDependencies) {
  const { store, limits } = deps;

  async function ownJob(owner: string, jobId: string): Promise<Job> {
    const job = await store.getJob(owner, jobId);
    if (!job) throw notFound(`Job ${jobId}`);
    return job;
  }

  return {
    /** Creates the job under the owner's quotas and hands it to the executor; 429s say when to retry. */
    async start(owner: string, input: JobInput): Promise<Job> {
      // Whatever front end parsed it: nothing PostgreSQL cannot store, nothing nested absurdly deep.
      checkJsonValue(input, 'input');
      const created = await store.createJob(owner, input, limits);
      if (!created.ok)
        throw created.limit === 'jobs-per-day'
          ? tooManyRequests(
              'quota_jobs_per_day',
              `The daily quota of ${limits.jobsPerDay} jobs is used up.`,
              secondsToUtcMidnight(),
            )
          : created.limit === 'live-deployments'
            ? tooManyRequests(
                'quota_live_deployments',
                `At most ${limits.liveDeployments} live deployments per user (deploying jobs count too); ` +
                  'delete a project, wait for an idle deployment to be stopped, or send deploy: false.',
                60,
              )
            : tooManyRequests(
                'quota_concurrent_jobs',
                `At most ${limits.concurrentJobs} jobs may run at once; wait for one to finish.`,
                10,
              );
      await deps.dispatch(created.job);
      return created.job;
    },

    async get(owner: string, jobId: string) {
      return jobView(await ownJob(owner, jobId));
    },

    /** A job's full record for a report: its events and, once built, the project's test results per test. */
    async report(owner: string, jobId: string): Promise<{ events: StoredEvent[]; test: TestReport | null }> {
      const job = await ownJob(owner, jobId);
      // A new API's build step or a change's change step saved the test run.
      const built = (job.steps.build ?? job.steps.change) as { test?: TestReport | null } | undefined;
      return { events: await store.listEvents(owner, jobId), test: built?.test ?? null };
    },

    /**
     * The job's events after `afterId` as they are committed, ending after the final one or when
     * `signal` aborts. Checks ownership first, so a stranger's job id is a not-found, not an empty stream.
     */
    async *events(owner: string, jobId: string, afterId: number, signal: AbortSignal) {
      if (!Number.isInteger(afterId) || afterId < 0 || afterId > maxEventId)
        throw badRequest(`The last event id must be an integer from 0 to ${maxEventId}.`);
      await ownJob(owner, jobId);
      const queue: StoredEvent[] = [];
      let wake: (() => void) | undefined;
      let finished = false;
      let failure: unknown;
      void streamJobEvents({
        store,
        bus: deps.bus,
        ownerId: owner,
        jobId,
        afterId,
        signal,
        send: (event) => {
          queue.push(event);
          wake?.();
        },
      })
        .catch((error: unknown) => (failure = error))
        .finally(() => {
          finished = true;
          wake?.();
        });
      while (true) {
        const next = queue.shift();
        if (next) {
          yield next;
          continue;
        }
        if (failure) throw failure;
        if (finished || signal.aborted) return;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
      }
    },
  };
}

export type JobsService = ReturnType<typeof createJobsService>;
