import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ForgeError } from '@smartapiforge/errors';
import { createForge, type Forge } from '@smartapiforge/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPglite, type TestDatabase } from '../../test/databases.js';
import { createTestJob, failingSpec } from '../../test/jobs.js';
import { createMetrics } from '../metrics.js';
import { createStore, type Store } from '../store/store.js';
import { createEventBus } from './event-bus.js';
import { createJobRunner } from './job-runner.js';

const prompt =
  'A library API: books have a title and a year. Each book belongs to an author. Authors have a name.';

describe('job runner', () => {
  let t: TestDatabase;
  let store: Store;
  let workDir: string;
  beforeAll(async () => {
    t = await freshPglite();
    store = createStore(t.db);
    workDir = await mkdtemp(path.join(os.tmpdir(), 'forge-runner-'));
  });
  afterAll(() => t?.dispose());

  const runnerWith = (forge: Forge) =>
    createJobRunner({ store, forge, bus: createEventBus(), metrics: createMetrics(), workDir });

  it('resumes an interrupted job from its last finished step and completes it exactly once', async () => {
    const owner = randomUUID();
    const created = await store.createJob(
      owner,
      { prompt, stack: 'express', test: false, deploy: false },
      { jobsPerDay: 9, concurrentJobs: 9 },
    );
    if (!created.ok) throw new Error('setup: job refused');
    const real = createForge();
    const calls = { spec: 0, generate: 0 };
    let interrupt: () => void = () => undefined;
    const interrupted = new Promise<void>((resolve) => (interrupt = resolve));
    // The first worker "crashes" when the build step starts, after design finished and was saved.
    const crashing: Forge = {
      ...real,
      spec: (...args) => (calls.spec++, real.spec(...args)),
      generate: (_input, options) => {
        interrupt();
        // Like the SDK, it gives up only when its signal is aborted.
        return new Promise((_, reject) =>
          options?.signal?.addEventListener('abort', () => reject(options.signal?.reason as Error)),
        ) as unknown as ReturnType<Forge['generate']>;
      },
    };
    const first = runnerWith(crashing);
    const done = first.enqueue(created.job);
    await interrupted;
    await first.close();
    await done;
    const halfway = await store.getJob(owner, created.job.id);
    expect(halfway).toMatchObject({ status: 'running' });
    expect(Object.keys(halfway!.steps)).toEqual(['design']);

    const second = runnerWith({
      ...real,
      spec: (...args) => (calls.spec++, real.spec(...args)),
      generate: (...args) => (calls.generate++, real.generate(...args)),
    });
    expect(await second.resume()).toBe(1);
    await expect
      .poll(async () => (await store.getJob(owner, created.job.id))?.status, { timeout: 20_000 })
      .toBe('succeeded');
    await second.close();
    expect(calls).toEqual({ spec: 1, generate: 1 }); // planning was not repeated
    expect(await store.listProjects(owner)).toHaveLength(1);
    const events = await store.listEvents(owner, created.job.id);
    expect(events.filter((e) => e.event.type === 'job-succeeded')).toHaveLength(1);
    expect(events.filter((e) => e.event.type === 'stage-start' && e.event.stage === 'plan')).toHaveLength(1);
  });

  it('retries a failing step on its own, as Inngest would, and completes the job', async () => {
    const job = await createTestJob(store);
    const { forge, calls } = failingSpec(createForge(), new Error('planner unavailable'));
    await runnerWith(forge).enqueue(job);
    expect(calls.spec).toBe(2);
    expect(await store.getJob(job.ownerId, job.id)).toMatchObject({ status: 'succeeded' });
  });

  it('fails the job at once on a non-retryable error, with its code', async () => {
    const job = await createTestJob(store);
    const invalid = new ForgeError('design_invalid', 'The design names no resources.');
    const { forge, calls } = failingSpec(createForge(), invalid, 9);
    await runnerWith(forge).enqueue(job);
    expect(calls.spec).toBe(1);
    expect(await store.getJob(job.ownerId, job.id)).toMatchObject({
      status: 'failed',
      error: { code: 'design_invalid', message: 'The design names no resources.' },
    });
    const events = await store.listEvents(job.ownerId, job.id);
    expect(events.at(-1)?.event).toEqual({
      type: 'job-failed',
      code: 'design_invalid',
      message: 'The design names no resources.',
    });
  });
});
