import { createForge, type Forge } from '@smartapiforge/sdk';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { freshPglite, type TestDatabase } from '../../test/databases.js';
import { collectWebSocket, startServer, tokenFor } from '../../test/harness.js';
import { cheapInput, createTestJob, jobDependencies } from '../../test/jobs.js';
import { hasRedis, redisUrl, testQueuePrefix } from '../../test/redis.js';
import { createStore, type Job, type Store } from '../store/store.js';
import { createBullmqJobs, type BullmqJobs } from './bullmq-jobs.js';

if (!hasRedis)
  console.warn(
    `BullMQ tests skipped: no Redis at ${redisUrl} (start redis-server, or set FORGE_TEST_REDIS_URL)`,
  );

/** A forge that counts the SDK calls each step makes, to tell a resumed step from a repeated one. */
function counting(real: Forge) {
  const calls = { spec: 0, generate: 0 };
  const forge: Forge = {
    ...real,
    spec: (...args) => (calls.spec++, real.spec(...args)),
    generate: (...args) => (calls.generate++, real.generate(...args)),
  };
  return { forge, calls };
}

describe.skipIf(!hasRedis)('generate-api on BullMQ in Redis', () => {
  let t: TestDatabase;
  let store: Store;
  const real = createForge();
  const keys = testQueuePrefix();
  const connection = { url: redisUrl };
  const opened: BullmqJobs[] = [];
  beforeAll(async () => {
    t = await freshPglite();
    store = createStore(t.db);
  });
  // Workers share the test queue: one left running would take the next test's jobs.
  afterEach(async () => {
    for (const jobs of opened.splice(0)) await jobs.close();
  });
  afterAll(async () => {
    await real.close();
    await keys.dispose();
    await t?.dispose();
  });

  const jobsWith = async (forge: Forge, store_ = store, backoffMs = 1000) => {
    const jobs = createBullmqJobs(await jobDependencies(store_, forge), {
      connection,
      prefix: keys.prefix,
      backoffMs,
    });
    opened.push(jobs);
    return jobs;
  };
  const statusOf = async (job: Job) => (await store.getJob(job.ownerId, job.id))?.status;
  const eventTypes = async (job: Job) =>
    (await store.listEvents(job.ownerId, job.id)).map((stored) => stored.event.type);

  it('runs a job posted to /v1/generate on its worker and streams it to the end', async () => {
    const { app, url } = await startServer(t.db, {
      forge: real,
      bullmq: { connection, prefix: keys.prefix },
    });
    try {
      const token = await tokenFor();
      const posted = await fetch(`${url}/v1/generate`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(cheapInput),
      });
      expect(posted.status).toBe(202);
      const { jobId } = (await posted.json()) as { jobId: string };
      const events = await collectWebSocket(url, jobId, token);
      expect(events.at(-1)?.event.type).toBe('job-succeeded');
      const job = (await (
        await fetch(`${url}/v1/jobs/${jobId}`, { headers: { authorization: `Bearer ${token}` } })
      ).json()) as { status: string; completedSteps: string[] };
      expect(job).toMatchObject({
        status: 'succeeded',
        completedSteps: ['design', 'build', 'deploy', 'save'],
      });
      expect(await (await fetch(`${url}/healthz`)).json()).toMatchObject({
        jobs: { waiting: 0, running: 0 },
      });
    } finally {
      await app.close();
    }
  });

  it('queues one job for the same event id sent twice, and a late redelivery runs nothing', async () => {
    const job = await createTestJob(store);
    const { forge, calls } = counting(real);
    const jobs = await jobsWith(forge);
    await Promise.all([jobs.dispatch(job), jobs.dispatch(job)]);
    expect(await jobs.queue.getJobCounts('waiting')).toEqual({ waiting: 1 });
    await jobs.start();
    await expect.poll(() => statusOf(job), { timeout: 20_000 }).toBe('succeeded');
    expect((await jobs.queue.getJob(job.id))?.id).toBe(job.id);

    await jobs.dispatch(job); // the event delivered again after the job ended
    await expect
      .poll(async () => (await jobs.queue.getJobCounts('waiting', 'active')).active, { timeout: 5_000 })
      .toBe(0);
    expect(calls).toEqual({ spec: 1, generate: 1 });
    expect(await store.listProjects(job.ownerId)).toHaveLength(1);
    expect((await eventTypes(job)).filter((type) => type === 'job-succeeded')).toHaveLength(1);
  });

  it('resumes a job from its last finished step on another worker when one closes mid-job', async () => {
    const job = await createTestJob(store);
    let interrupt: () => void = () => undefined;
    const interrupted = new Promise<void>((resolve) => (interrupt = resolve));
    const first = counting({
      ...real,
      // The build step hangs, as a long SDK call would, until the worker's shutdown aborts it.
      generate: (_input, options) => {
        interrupt();
        return new Promise((_, reject) =>
          options?.signal?.addEventListener('abort', () => reject(options.signal?.reason as Error)),
        ) as unknown as ReturnType<Forge['generate']>;
      },
    });
    const closing = await jobsWith(first.forge);
    await closing.start();
    await closing.dispatch(job);
    await interrupted;
    await closing.close();

    const halfway = await store.getJob(job.ownerId, job.id);
    expect(halfway).toMatchObject({ status: 'running' });
    expect(Object.keys(halfway!.steps)).toEqual(['design']);

    const second = counting(real);
    const resuming = await jobsWith(second.forge);
    const queued = await resuming.queue.getJob(job.id);
    // Back in the queue, and closing a worker did not use up one of its attempts.
    expect(await queued?.getState()).toBe('waiting');
    expect(queued?.attemptsMade).toBe(0);
    await resuming.start();
    await expect.poll(() => statusOf(job), { timeout: 20_000 }).toBe('succeeded');

    expect(first.calls.spec + second.calls.spec).toBe(1); // planning was not repeated
    expect(second.calls).toEqual({ spec: 0, generate: 1 });
    expect(await store.listProjects(job.ownerId)).toHaveLength(1);
    const events = await store.listEvents(job.ownerId, job.id);
    expect(events.filter((e) => e.event.type === 'job-succeeded')).toHaveLength(1);
    expect(events.filter((e) => e.event.type === 'stage-start' && e.event.stage === 'plan')).toHaveLength(1);
  });

  it('retries an attempt that failed outside the steps after a back-off, and completes the job once', async () => {
    const job = await createTestJob(store);
    let outages = 1;
    // The database refuses the first write of the attempt, before any step runs.
    const flaky: Store = {
      ...store,
      markRunning: (...args) =>
        outages-- > 0 ? Promise.reject(new Error('database unavailable')) : store.markRunning(...args),
    };
    const jobs = await jobsWith(real, flaky, 50);
    await jobs.start();
    await jobs.dispatch(job);
    await expect.poll(() => statusOf(job), { timeout: 20_000 }).toBe('succeeded');
    // The job row is finished inside the attempt; BullMQ counts the attempt only once the processor
    // has returned, a moment later.
    await expect.poll(() => jobs.queue.getJobState(job.id), { timeout: 20_000 }).toBe('completed');
    const queued = await jobs.queue.getJob(job.id);
    expect(queued?.attemptsMade).toBe(2);
    expect(queued?.returnvalue).toMatchObject({ status: 'succeeded' });
    expect((await eventTypes(job)).filter((type) => type === 'job-succeeded')).toHaveLength(1);
  });
});
