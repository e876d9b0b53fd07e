import { afterEach, describe, expect, it } from 'vitest';
import { isFinal } from '../../src/jobs/event-bus.js';
import type { Store, StoredEvent } from '../../src/store/store.js';
import { hasPostgres } from '../databases.js';
import { hasRedis } from '../redis.js';
import {
  call,
  followJob,
  newUser,
  startCluster,
  submit,
  waitFor,
  type Cluster,
  type ClusterOptions,
  type Instance,
  type QueueKind,
} from './cluster.js';

// Several server processes on one PostgreSQL (and Redis for BullMQ), killed and restarted mid-job.
// No assertion depends on timing: every wait is on a condition, with generous limits for a loaded
// machine. Leases are short here (5 s; BullMQ's lock too) so that takeovers happen within the test,
// yet long enough that a busy event loop does not pass for a dead worker. A worker that stalls longer
// still loses the job to another; that is correct, so attempts are asserted as lower bounds.

const queues: { queue: QueueKind; skip: boolean; why: string }[] = [
  { queue: 'embedded', skip: !hasPostgres, why: 'no PostgreSQL' },
  { queue: 'bullmq', skip: !hasPostgres || !hasRedis, why: 'no PostgreSQL or Redis' },
];
for (const { queue, skip, why } of queues)
  if (skip) console.warn(`Multi-instance tests for ${queue} skipped: ${why}.`);

const testTimeout = 300_000;

/** The job's row, read as its owner. */
const jobOf = (store: Store, userId: string, jobId: string) =>
  store.getJob(userId, jobId).then((job) => {
    if (!job) throw new Error(`Job ${jobId} not found.`);
    return job;
  });

/**
 * What "nothing lost, stuck or run twice" means for one job: it ended as expected, its events are
 * numbered 1..n without a gap, exactly one final event and it is the last, planning ran once, at most
 * one project, and a client following it across instances received exactly the stored events.
 * With `planning: 'until-saved'`, for runs whose workers may die while planning: a killed planning
 * step runs again (its stages show again, truthfully), but never once the design was saved, i.e.
 * after the build began.
 */
async function expectEndedOnce(
  store: Store,
  userId: string,
  jobId: string,
  streamed: StoredEvent[],
  status: 'succeeded' | 'failed' = 'succeeded',
  planning: 'once' | 'until-saved' = 'once',
) {
  const job = await jobOf(store, userId, jobId);
  expect(job.status, JSON.stringify(job.error)).toBe(status);
  const events = await store.listEvents(userId, jobId);
  expect(events.map((stored) => stored.id)).toEqual(events.map((_, index) => index + 1));
  expect(events.filter((stored) => isFinal(stored.event))).toHaveLength(1);
  expect(isFinal(events.at(-1)!.event)).toBe(true);
  const starts = (stage: string) =>
    events.filter((stored) => stored.event.type === 'stage-start' && stored.event.stage === stage);
  const planned = starts('plan');
  if (planning === 'once') expect(planned).toHaveLength(1);
  else {
    expect(planned.length).toBeGreaterThanOrEqual(1);
    const buildBegan = starts('scaffold')[0];
    if (buildBegan) expect(planned.at(-1)!.id).toBeLessThan(buildBegan.id);
  }
  const projects = (await store.listProjects(userId)).filter((project) => project.jobId === jobId);
  expect(projects).toHaveLength(status === 'succeeded' ? 1 : 0);
  expect(streamed).toEqual(events);
  return { job, events };
}

/**
 * Waits until the job is in its build step (planning saved) under a live lease, and returns the holder.
 * With `alongside`, also until none of those jobs that the holder runs is still planning: a kill then
 * interrupts builds only, so no job's planning is replayed and each plans exactly once.
 */
async function holderInBuild(
  cluster: Cluster,
  userId: string,
  jobId: string,
  options: { not?: Instance; alongside?: readonly string[] } = {},
) {
  return waitFor(`job ${jobId} to be building on a live instance`, async () => {
    const job = await jobOf(cluster.store, userId, jobId);
    if (!('design' in job.steps) || 'build' in job.steps) return undefined;
    const holder = await cluster.holderOf(job);
    if (!holder || holder === options.not) return undefined;
    for (const otherId of options.alongside ?? []) {
      const other = await jobOf(cluster.store, userId, otherId);
      const ended = other.status === 'succeeded' || other.status === 'failed';
      if (!ended && !('design' in other.steps) && (await cluster.holderOf(other)) === holder)
        return undefined;
    }
    return holder;
  });
}

describe.each(queues)('$queue queue, two instances on one database', ({ queue, skip }) => {
  let cluster: Cluster | undefined;
  const open = async (env: ClusterOptions['env'] = {}) =>
    (cluster = await startCluster({
      queue,
      env: { BUILD_DELAY_MS: '1500', LEASE_MS: '5000', LOCK_MS: '5000', STALLED_MS: '2000', ...env },
    }));
  afterEach(async () => {
    await cluster?.dispose();
    cluster = undefined;
  });

  it.skipIf(skip)(
    'gives a caller one rate limit across instances',
    async () => {
      const c = await open({ RATE_BURST: '4', RATE_PER_SECOND: '0.01' });
      const instances = [await c.start(), await c.start()];
      const { token } = await newUser();
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) {
        const response = await call(`${instances[i % 2]!.url}/v1/projects`, {
          headers: { authorization: `Bearer ${token}` },
        });
        statuses.push(response.status);
        if (response.status === 429) expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
      }
      expect(statuses).toEqual([200, 200, 200, 200, 429, 429, 429, 429]);
    },
    testTimeout,
  );

  it.skipIf(skip)(
    'streams jobs live through an instance that does not run them',
    async () => {
      const c = await open();
      const a = await c.start();
      const { userId, token } = await newUser();
      const jobIds = [await submit(a.url, token), await submit(a.url, token), await submit(a.url, token)];
      // A alone runs the first jobs' planning (nobody else could have); B, started after, serves
      // every stream.
      await waitFor('instance A to plan the first job', async () => {
        const job = await jobOf(c.store, userId, jobIds[0]!);
        return 'design' in job.steps;
      });
      const b = await c.start();
      const streams = await Promise.all(jobIds.map((jobId) => followJob(() => b.url, jobId, token)));
      for (const [index, jobId] of jobIds.entries()) {
        expect(streams[index]!.connections).toBe(1);
        await expectEndedOnce(c.store, userId, jobId, streams[index]!.received);
      }
    },
    testTimeout,
  );

  it.skipIf(skip)(
    'takes over the jobs of an instance killed mid-job; each ends once, streams miss nothing',
    async () => {
      const c = await open({ MAX_ATTEMPTS: '10' });
      await c.start();
      await c.start();
      const { userId, token } = await newUser();
      const jobIds: string[] = [];
      for (let i = 0; i < 4; i++) jobIds.push(await submit(c.urlOtherThan(), token));
      const streams = jobIds.map((jobId) => followJob(() => c.urlOtherThan(), jobId, token));
      const victim = await holderInBuild(c, userId, jobIds[0]!, { alongside: jobIds });
      await c.kill(victim, 'SIGKILL');
      await c.start(); // back to two instances, as an orchestrator would restart it
      const received = await Promise.all(streams);
      for (const [index, jobId] of jobIds.entries())
        await expectEndedOnce(c.store, userId, jobId, received[index]!.received);
      // The killed delivery used an attempt.
      expect((await jobOf(c.store, userId, jobIds[0]!)).attempts).toBeGreaterThanOrEqual(2);
    },
    testTimeout,
  );

  it.skipIf(skip)(
    'survives its worker being killed twice and still ends once',
    async () => {
      const c = await open({ MAX_ATTEMPTS: '10' });
      await c.start();
      await c.start();
      const { userId, token } = await newUser();
      const jobId = await submit(c.urlOtherThan(), token);
      const stream = followJob(() => c.urlOtherThan(), jobId, token);
      const first = await holderInBuild(c, userId, jobId);
      await c.kill(first, 'SIGKILL');
      await c.start();
      const second = await holderInBuild(c, userId, jobId, { not: first });
      await c.kill(second, 'SIGKILL');
      await c.start();
      const { job } = await expectEndedOnce(c.store, userId, jobId, (await stream).received);
      expect(job.attempts).toBeGreaterThanOrEqual(3);
    },
    testTimeout,
  );

  it.skipIf(skip)(
    'fails a job whose workers keep dying, with one job-failed event, and frees its slot',
    async () => {
      // Two attempts, and one job at a time for the user: the slot must come back.
      const c = await open({ MAX_ATTEMPTS: '2', CONCURRENT_JOBS: '1' });
      await c.start();
      await c.start();
      const { userId, token } = await newUser();
      const jobId = await submit(c.urlOtherThan(), token);
      const stream = followJob(() => c.urlOtherThan(), jobId, token);
      const first = await holderInBuild(c, userId, jobId);
      await c.kill(first, 'SIGKILL');
      await c.start();
      const second = await holderInBuild(c, userId, jobId, { not: first });
      await c.kill(second, 'SIGKILL');
      await c.start();
      const { job, events } = await expectEndedOnce(
        c.store,
        userId,
        jobId,
        (await stream).received,
        'failed',
      );
      expect(job.error).toMatchObject({ code: 'worker_lost' });
      expect(events.at(-1)!.event).toMatchObject({ type: 'job-failed', code: 'worker_lost' });
      // The failed job no longer counts against the user's one concurrent job.
      const next = await submit(c.urlOtherThan(), token);
      await expectEndedOnce(
        c.store,
        userId,
        next,
        (await followJob(() => c.urlOtherThan(), next, token)).received,
      );
    },
    testTimeout,
  );

  it.skipIf(skip)(
    'loses, strands and repeats nothing through a storm of restarts and crashes',
    async () => {
      // Crashes use attempts up; this test is about the storm, so give jobs plenty.
      const c = await open({ MAX_ATTEMPTS: '50', BUILD_DELAY_MS: '800' });
      await c.start();
      await c.start();
      const { userId, token } = await newUser();
      const jobIds: string[] = [];
      for (let i = 0; i < 6; i++) jobIds.push(await submit(c.urlOtherThan(), token));
      const streams = jobIds.map((jobId) => followJob(() => c.urlOtherThan(), jobId, token));
      for (let round = 0; round < 6; round++) {
        const [victim] = c.live();
        if (!victim) break;
        // Alternate a clean restart (SIGTERM: jobs handed back) with a crash (SIGKILL: leases lapse).
        const restarted = c.start();
        await c.kill(victim, round % 2 === 0 ? 'SIGTERM' : 'SIGKILL');
        await restarted;
      }
      const received = await Promise.all(streams);
      // Kills land at any moment here, planning included: see expectEndedOnce's 'until-saved'.
      for (const [index, jobId] of jobIds.entries())
        await expectEndedOnce(c.store, userId, jobId, received[index]!.received, 'succeeded', 'until-saved');
      const load = await c.store.jobLoad();
      expect(load).toEqual({ waiting: 0, running: 0 });
    },
    testTimeout,
  );
});
