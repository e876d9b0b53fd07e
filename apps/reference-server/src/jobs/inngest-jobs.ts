import type { Inngest } from 'inngest';
import { serve } from 'inngest/node';
import type { Route } from '../http/router.js';
import type { Job, Store } from '../store/store.js';
import {
  generateApiConfig,
  generateApiEvent,
  runGenerateApi,
  type GenerateApiDependencies,
  type GenerateApiEvent,
} from './generate-api-function.js';

/**
 * Inngest's failure handler for generate-api: called once the run has used up its retries (a step
 * kept failing, or every attempt died with its server), it fails the job in Postgres with the reason
 * and its final job-failed event, which frees the owner's slot. A job that had ended is left alone.
 */
export async function recordInngestFailure(
  store: Store,
  { event, error }: { event: { data: { event: unknown } }; error: Error },
): Promise<boolean> {
  const original = event.data.event as GenerateApiEvent;
  return store.failJob(original.data.jobId, {
    code: 'attempts_exhausted',
    message: `Inngest gave up on the job after ${generateApiConfig.retries + 1} attempts: ${error.message}`,
  });
}

/** generate-api as an Inngest function: Inngest calls the shared handler with its own step tools. */
export function createGenerateApiFunction(inngest: Inngest, deps: GenerateApiDependencies) {
  return inngest.createFunction(
    {
      id: generateApiConfig.id,
      retries: generateApiConfig.retries,
      // One run per job even if a client sends the event again under another id.
      idempotency: 'event.data.jobId',
      triggers: [{ event: generateApiConfig.event }],
      onFailure: (failure) => recordInngestFailure(deps.store, failure),
    },
    ({ event, step }) => runGenerateApi(deps, { event: event as unknown as GenerateApiEvent, step }),
  );
}

/**
 * Jobs through Inngest (Dev Server or Cloud, configured by INNGEST_* variables): a job is started by
 * sending its event, and Inngest calls back on `/api/inngest` to run each step.
 */
export function createInngestJobs(inngest: Inngest, deps: GenerateApiDependencies) {
  const fn = createGenerateApiFunction(inngest, deps);
  const handler = serve({ client: inngest, functions: [fn] });
  const route = (method: Route['method']): Route => ({
    method,
    path: '/api/inngest',
    handle: ({ req, res }) =>
      new Promise<void>((resolve) => {
        res.once('close', resolve);
        void handler(req, res);
      }),
  });
  return {
    fn,
    async dispatch(job: Job): Promise<void> {
      await inngest.send(generateApiEvent(job));
    },
    // GET: introspection, PUT: registration, POST: step execution, as Inngest's serve protocol has it.
    routes: [route('GET'), route('PUT'), route('POST')],
  };
}
