import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, type TestDatabase } from '../../test/databases.js';
import { createTestJob } from '../../test/jobs.js';
import { createStore, LeaseLostError, type Store } from './store.js';

const failure = { code: 'x', message: 'y' };

describe.each(engines)('job leases and guarded transitions on $name', ({ open, skip }) => {
  let t: TestDatabase;
  let store: Store;
  beforeAll(async () => {
    if (skip) return;
    t = await open();
    store = createStore(t.db);
  });
  afterAll(() => t?.dispose());

  it.skipIf(skip)('lets exactly one of two racing workers claim a job, counting the attempt', async () => {
    const job = await createTestJob(store);
    const [a, b] = await Promise.all([
      store.claimJob(job.id, 'a', 60_000),
      store.claimJob(job.id, 'b', 60_000),
    ]);
    expect([a.kind, b.kind].sort()).toEqual(['claimed', 'held']);
    const claimed = a.kind === 'claimed' ? a : b;
    expect(claimed).toMatchObject({ job: { status: 'running', attempts: 1 } });
  });

  it.skipIf(skip)('refuses writes under a lease another worker took over once it lapsed', async () => {
    const job = await createTestJob(store);
    expect((await store.claimJob(job.id, 'old', 1)).kind).toBe('claimed');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await store.claimJob(job.id, 'new', 60_000)).kind).toBe('claimed');
    await expect(store.saveStep(job.ownerId, job.id, 'design', {}, 'old')).rejects.toThrow(LeaseLostError);
    await expect(
      store.appendEvent(job.ownerId, job.id, { type: 'log', stage: 'plan', line: 'x' }, 'old'),
    ).rejects.toThrow(LeaseLostError);
    expect(await store.renewLease(job.id, 'old', 60_000)).toBe(false);
    expect(await store.finishJob(job.ownerId, job.id, { status: 'failed', error: failure }, 'old')).toBe(
      false,
    );
    await store.saveStep(job.ownerId, job.id, 'design', { ok: true }, 'new');
    expect((await store.getJob(job.ownerId, job.id))?.steps).toEqual({ design: { ok: true } });
    expect(await store.renewLease(job.id, 'new', 60_000)).toBe(true);
  });

  it.skipIf(skip)('ends a job once, with its final event last, and never reopens it', async () => {
    const job = await createTestJob(store);
    await store.appendEvent(job.ownerId, job.id, { type: 'log', stage: 'plan', line: 'x' });
    expect(await store.failJob(job.id, failure)).toBe(true);
    expect(await store.failJob(job.id, failure)).toBe(false);
    expect(await store.finishJob(job.ownerId, job.id, { status: 'failed', error: failure })).toBe(false);
    await store.markRunning(job.ownerId, job.id);
    expect((await store.claimJob(job.id, 'late', 60_000)).kind).toBe('finished');
    await expect(store.saveStep(job.ownerId, job.id, 'design', {})).rejects.toThrow(LeaseLostError);
    await expect(
      store.appendEvent(job.ownerId, job.id, { type: 'log', stage: 'plan', line: 'late' }),
    ).rejects.toThrow(LeaseLostError);
    const ended = await store.getJob(job.ownerId, job.id);
    expect(ended).toMatchObject({ status: 'failed', error: failure, steps: {} });
    expect((await store.listEvents(job.ownerId, job.id)).map((stored) => stored.event)).toEqual([
      { type: 'log', stage: 'plan', line: 'x' },
      { type: 'job-failed', ...failure },
    ]);
  });

  it.skipIf(skip)(
    'hands a released lease back at once, refunding the attempt of a clean shutdown',
    async () => {
      const job = await createTestJob(store);
      await store.claimJob(job.id, 'a', 60_000);
      await store.releaseLease(job.id, 'a', { refund: true });
      const again = await store.claimJob(job.id, 'b', 60_000);
      expect(again).toMatchObject({ kind: 'claimed', job: { attempts: 1 } });
      await store.releaseLease(job.id, 'b');
      expect(await store.claimJob(job.id, 'c', 60_000)).toMatchObject({ job: { attempts: 2 } });
    },
  );

  it.skipIf(skip)('lists unfinished jobs nobody has held for the grace period, not live ones', async () => {
    const lapsed = await createTestJob(store);
    const live = await createTestJob(store);
    await store.claimJob(lapsed.id, 'dead', 1);
    await store.claimJob(live.id, 'alive', 60_000);
    await new Promise((resolve) => setTimeout(resolve, 30));
    const ids = (await store.lapsedJobs(10)).map((job) => job.id);
    expect(ids).toContain(lapsed.id);
    expect(ids).not.toContain(live.id);
  });
});
