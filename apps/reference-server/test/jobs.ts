import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Forge } from '@smartapiforge/sdk';
import { createEventBus } from '../src/jobs/event-bus.js';
import type { GenerateApiDependencies } from '../src/jobs/generate-api-function.js';
import { createMetrics } from '../src/metrics.js';
import type { JobInput, Store } from '../src/store/store.js';

/** A cheap job: the real pipeline without the sandbox (test: false, deploy: false), ~100 ms. */
export const cheapInput: JobInput = {
  prompt:
    'A library API: books have a title and a year. Each book belongs to an author. Authors have a name.',
  stack: 'express',
  test: false,
  deploy: false,
};

/** Creates a job for a new owner, as POST /v1/generate would. */
export async function createTestJob(store: Store, input: JobInput = cheapInput) {
  const created = await store.createJob(randomUUID(), input, { jobsPerDay: 9, concurrentJobs: 9 });
  if (!created.ok) throw new Error('setup: job refused');
  return created.job;
}

/** What generate-api needs, with a throwaway working folder. */
export async function jobDependencies(store: Store, forge: Forge): Promise<GenerateApiDependencies> {
  return {
    store,
    forge,
    bus: createEventBus(),
    metrics: createMetrics(),
    workDir: await mkdtemp(path.join(os.tmpdir(), 'forge-jobs-')),
  };
}

/** A forge whose spec() throws `error` on its first `times` calls, counting every call. */
export function failingSpec(real: Forge, error: Error, times = 1) {
  const calls = { spec: 0 };
  const forge: Forge = {
    ...real,
    spec: (...args) =>
      (calls.spec++ < times ? Promise.reject(error) : real.spec(...args)) as ReturnType<Forge['spec']>,
  };
  return { forge, calls };
}
