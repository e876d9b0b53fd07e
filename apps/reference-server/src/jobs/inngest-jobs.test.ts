import { InngestTestEngine } from '@inngest/test';
import { createForge } from '@smartapiforge/sdk';
import { Inngest } from 'inngest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPglite, type TestDatabase } from '../../test/databases.js';
import { startServer } from '../../test/harness.js';
import { createTestJob, failingSpec, jobDependencies } from '../../test/jobs.js';
import { createStore, type Job, type Store } from '../store/store.js';
import { generateApiConfig, generateApiEvent } from './generate-api-function.js';
import { createGenerateApiFunction, recordInngestFailure } from './inngest-jobs.js';

describe('generate-api as an Inngest function', () => {
  let t: TestDatabase;
  let store: Store;
  const forge = createForge();
  const inngest = new Inngest({ id: 'reference-server-test' });
  beforeAll(async () => {
    t = await freshPglite();
    store = createStore(t.db);
  });
  afterAll(async () => {
    await forge.close();
    await t?.dispose();
  });

  const engineFor = async (job: Job, jobForge = forge) =>
    new InngestTestEngine({
      function: createGenerateApiFunction(inngest, await jobDependencies(store, jobForge)),
      events: [generateApiEvent(job)],
    });
  const eventTypes = async (job: Job) =>
    (await store.listEvents(job.ownerId, job.id)).map((stored) => stored.event.type);

  it('runs one step.run per step, in order, and ends the job with its project', async () => {
    const job = await createTestJob(store);
    const { result, ctx } = await (await engineFor(job)).execute();
    expect(ctx.step.run.mock.calls.map(([id]) => id)).toEqual(['design', 'build', 'deploy', 'save']);
    const ended = await store.getJob(job.ownerId, job.id);
    expect(result).toEqual({ jobId: job.id, status: 'succeeded', projectId: ended?.projectId });
    expect(ended).toMatchObject({ status: 'succeeded' });
    // jsonb keeps keys in its own order, so compare as a set.
    expect(Object.keys(ended!.steps).sort()).toEqual(['build', 'deploy', 'design', 'save']);
    expect((await eventTypes(job)).filter((type) => type === 'job-succeeded')).toHaveLength(1);
  });

  it('leaves a failing step to be retried (the job is not failed) and completes on the retry', async () => {
    expect(generateApiConfig.retries).toBeGreaterThan(0);
    const job = await createTestJob(store);
    const { forge: flaky, calls } = failingSpec(forge, new Error('planner unavailable'));
    const engine = await engineFor(job, flaky);
    // @inngest/test does not retry by itself: an execution that ends in a step error is what Inngest
    // would retry, so the test executes again, as Inngest's next attempt.
    const first = await engine.execute();
    expect(first.error).toMatchObject({ message: 'planner unavailable' });
    expect(await store.getJob(job.ownerId, job.id)).toMatchObject({ status: 'running', steps: {} });
    expect(await eventTypes(job)).not.toContain('job-failed');
    const retried = await engine.execute();
    expect(retried.result).toMatchObject({ status: 'succeeded' });
    expect(calls.spec).toBe(2);
  });

  it('answers a duplicate of the same event without creating a second job or project', async () => {
    const job = await createTestJob(store);
    const engine = await engineFor(job);
    await engine.execute();
    const again = await engine.execute();
    expect(again.result).toEqual({ jobId: job.id, status: 'duplicate' });
    expect(again.ctx.step.run).not.toHaveBeenCalled();
    expect(await store.listProjects(job.ownerId)).toHaveLength(1);
    const jobs = await t.db.transaction({ kind: 'user', userId: job.ownerId }, (sql) =>
      sql.query<{ n: number }>('select count(*)::int as n from public.jobs'),
    );
    expect(jobs.rows[0]!.n).toBe(1);
    expect((await eventTypes(job)).filter((type) => type === 'job-succeeded')).toHaveLength(1);
    // Inngest itself drops a second event with the same id: the event's id is the job's.
    expect(generateApiEvent(job).id).toBe(job.id);
  });

  it('fails the job in Postgres once Inngest gives up, with one job-failed event, freeing the slot', async () => {
    const job = await createTestJob(store);
    const outage = new Error('planner unavailable');
    const { forge: down } = failingSpec(forge, outage, 99);
    const engine = await engineFor(job, down);
    // Every attempt Inngest would make ends in the step's error; the job stays running meanwhile.
    for (let attempt = 0; attempt <= generateApiConfig.retries; attempt++)
      expect((await engine.execute()).error).toMatchObject({ message: 'planner unavailable' });
    expect(await store.getJob(job.ownerId, job.id)).toMatchObject({ status: 'running' });
    // Then Inngest calls the failure handler with its inngest/function.failed event.
    const failed = { event: { data: { event: generateApiEvent(job) } }, error: outage };
    expect(await recordInngestFailure(store, failed)).toBe(true);
    expect(await recordInngestFailure(store, failed)).toBe(false); // a redelivered failure changes nothing
    expect(await store.getJob(job.ownerId, job.id)).toMatchObject({
      status: 'failed',
      error: { code: 'attempts_exhausted' },
    });
    expect((await store.getJob(job.ownerId, job.id))?.error?.message).toContain('planner unavailable');
    const types = await eventTypes(job);
    expect(types.at(-1)).toBe('job-failed');
    expect(types.filter((type) => type === 'job-failed')).toHaveLength(1);
    expect(await store.jobLoad()).toMatchObject({ running: 0 });
  });

  it('is served on /api/inngest when the server is given an Inngest client', async () => {
    const { app, url } = await startServer(t.db, {
      forge,
      inngest: new Inngest({ id: 'reference-server-test', isDev: true }),
    });
    try {
      const response = await fetch(`${url}/api/inngest`);
      expect(response.status).toBe(200);
      // generate-api and its failure handler, which Inngest registers as a function of its own.
      expect(await response.json()).toMatchObject({ function_count: 2, mode: 'dev' });
    } finally {
      await app.close();
    }
  });
});
