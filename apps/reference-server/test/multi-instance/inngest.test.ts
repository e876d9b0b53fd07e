import { InngestTestEngine } from '@inngest/test';
import { createForge, type Forge } from '@smartapiforge/sdk';
import { Inngest } from 'inngest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isFinal } from '../../src/jobs/event-bus.js';
import { generateApiConfig, generateApiEvent } from '../../src/jobs/generate-api-function.js';
import { createGenerateApiFunction, recordInngestFailure } from '../../src/jobs/inngest-jobs.js';
import { streamJobEvents } from '../../src/jobs/stream-job-events.js';
import type { Database } from '../../src/store/database.js';
import { createPostgresDatabase } from '../../src/store/postgres-database.js';
import { createStore, type Job, type Store, type StoredEvent } from '../../src/store/store.js';
import { freshPostgres, hasPostgres, type TestDatabase } from '../databases.js';
import { createTestJob, jobDependencies } from '../jobs.js';

// Inngest runs each attempt of a run on whichever server instance its request reaches. Here three
// "instances" share one PostgreSQL, each with its own connection pool: A's attempt dies mid-build, B's
// completes (or, when every attempt dies, B gets Inngest's failure call), and a client follows the
// job live through C, which runs nothing.

/** A forge whose build never finishes: its server dies mid-step, and Inngest sees the request fail. */
const dying = (real: Forge): Forge => ({
  ...real,
  generate: () => Promise.reject(new Error('socket hang up')) as unknown as ReturnType<Forge['generate']>,
});

describe.skipIf(!hasPostgres)('Inngest across instances on one database', () => {
  let t: TestDatabase;
  const pools: Database[] = [];
  let stores: { a: Store; b: Store; c: Store };
  const forge = createForge();
  const inngest = new Inngest({ id: 'reference-server-multi-instance' });
  beforeAll(async () => {
    t = await freshPostgres();
    const open = () => {
      const db = createPostgresDatabase(t.url!);
      pools.push(db);
      return createStore(db);
    };
    stores = { a: open(), b: open(), c: open() };
  });
  afterAll(async () => {
    await forge.close();
    for (const db of pools) await db.close();
    await t?.dispose();
  });

  const engineOn = async (store: Store, job: Job, jobForge: Forge) =>
    new InngestTestEngine({
      function: createGenerateApiFunction(inngest, await jobDependencies(store, jobForge)),
      events: [generateApiEvent(job)],
    });

  /** Follows the job through instance C until its final event, as a client's stream would. */
  const follow = (job: Job) => {
    const received: StoredEvent[] = [];
    const done = streamJobEvents({
      store: stores.c,
      bus: { publish: () => undefined, subscribe: () => () => undefined },
      ownerId: job.ownerId,
      jobId: job.id,
      afterId: 0,
      signal: new AbortController().signal,
      send: (event) => void received.push(event),
    });
    return done.then(() => received);
  };

  it('moves a run to another instance after one dies mid-step; the stream on a third misses nothing', async () => {
    const job = await createTestJob(stores.a);
    const stream = follow(job);
    const died = await (await engineOn(stores.a, job, dying(forge))).execute();
    expect(died.error).toMatchObject({ message: 'socket hang up' });
    const retried = await (await engineOn(stores.b, job, forge)).execute();
    expect(retried.result).toMatchObject({ status: 'succeeded' });
    const received = await stream;
    const stored = await stores.c.listEvents(job.ownerId, job.id);
    expect(received).toEqual(stored);
    expect(stored.map((event) => event.id)).toEqual(stored.map((_, index) => index + 1));
    expect(stored.filter((event) => isFinal(event.event))).toHaveLength(1);
    expect(stored.at(-1)?.event.type).toBe('job-succeeded');
    // Inngest delivering the event again, on either instance, runs nothing.
    const again = await (await engineOn(stores.a, job, forge)).execute();
    expect(again.result).toEqual({ jobId: job.id, status: 'duplicate' });
    expect(await stores.c.listEvents(job.ownerId, job.id)).toEqual(stored);
    expect(await stores.b.listProjects(job.ownerId)).toHaveLength(1);
  });

  it('fails the job once every attempt died, on whichever instance gets the failure call', async () => {
    const job = await createTestJob(stores.a);
    const stream = follow(job);
    let error: unknown;
    for (let attempt = 0; attempt <= generateApiConfig.retries; attempt++) {
      const store = attempt % 2 === 0 ? stores.a : stores.b;
      error = (await (await engineOn(store, job, dying(forge))).execute()).error;
    }
    expect(await stores.c.getJob(job.ownerId, job.id)).toMatchObject({ status: 'running' });
    const failure = { event: { data: { event: generateApiEvent(job) } }, error: error as Error };
    expect(await recordInngestFailure(stores.b, failure)).toBe(true);
    expect(await recordInngestFailure(stores.a, failure)).toBe(false);
    const received = await stream;
    expect(received.at(-1)?.event).toMatchObject({ type: 'job-failed', code: 'attempts_exhausted' });
    expect(received.filter((event) => isFinal(event.event))).toHaveLength(1);
    expect(received).toEqual(await stores.c.listEvents(job.ownerId, job.id));
    expect(await stores.c.getJob(job.ownerId, job.id)).toMatchObject({ status: 'failed' });
  });
});
