// Bench (not a test; run with `pnpm --filter @smartapiforge/reference-server bench:multi-instance`):
// two server processes on one PostgreSQL (and Redis for BullMQ), per queue:
//  - submit → final-event latency: one job at a time, submitted on one instance and followed over SSE
//    through the other; the first job after start (cold processes) is reported apart from the rest;
//  - recovery after a SIGKILL mid-job: from the kill to another instance holding the job (taken over)
//    and to its final event, with the production defaults (30 s leases swept every 10 s; BullMQ's
//    30 s lock, stalled check every 30 s) and with short settings (2 s leases).
// Inngest is not measured: it needs an Inngest server (Dev Server or Cloud), which is not reachable
// here; its recovery is Inngest's own step retry (see README).
import { performance } from 'node:perf_hooks';
import { it } from 'vitest';
import { hasPostgres } from '../databases.js';
import { hasRedis } from '../redis.js';
import {
  followJob,
  newUser,
  startCluster,
  submit,
  waitFor,
  type Cluster,
  type QueueKind,
} from './cluster.js';

const jobs = Number(process.env.JOBS ?? 20);
const queues: QueueKind[] = (process.env.QUEUES?.split(',') as QueueKind[] | undefined) ?? [
  'embedded',
  'bullmq',
];
// RECOVERY=0 measures latency only.
const measureRecovery = process.env.RECOVERY !== '0';
const settings = {
  defaults: { LEASE_MS: '30000', SWEEP_MS: '10000', LOCK_MS: '30000', STALLED_MS: '30000' },
  short: { LEASE_MS: '2000', SWEEP_MS: '500', LOCK_MS: '2000', STALLED_MS: '1000' },
};

/** Nearest-rank percentile, as the other benches compute it. */
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.max(0, Math.ceil((p / 100) * values.length) - 1)]!;
const ms = (value: number) => `${Math.round(value)} ms`;

async function latency(queue: QueueKind) {
  const cluster = await startCluster({ queue, env: settings.defaults });
  try {
    const [a, b] = [await cluster.start(), await cluster.start()];
    const { token } = await newUser();
    let cold = NaN;
    const warm: number[] = [];
    let failures = 0;
    for (let i = 0; i <= jobs; i++) {
      const started = performance.now();
      try {
        const jobId = await submit(a.url, token);
        const { received } = await followJob(() => b.url, jobId, token);
        if (received.at(-1)?.event.type !== 'job-succeeded') throw new Error(`job ${jobId} did not succeed`);
        if (i === 0) cold = performance.now() - started;
        else warm.push(performance.now() - started);
      } catch (error) {
        failures++;
        console.error(error);
      }
    }
    return { cold, p50: percentile(warm, 50), p95: percentile(warm, 95), failures, n: warm.length };
  } finally {
    await cluster.dispose();
  }
}

async function recovery(queue: QueueKind, env: Record<string, string>, kills: number) {
  const cluster: Cluster = await startCluster({
    queue,
    env: { ...env, BUILD_DELAY_MS: '3000', MAX_ATTEMPTS: '50' },
  });
  try {
    await cluster.start();
    await cluster.start();
    const takeovers: number[] = [];
    const finals: number[] = [];
    let failures = 0;
    for (let k = 0; k < kills; k++) {
      const { userId, token } = await newUser();
      const jobId = await submit(cluster.urlOtherThan(), token);
      const victim = await waitFor('the job to be building', async () => {
        const job = await cluster.store.getJob(userId, jobId);
        return job && 'design' in job.steps ? cluster.holderOf(job) : undefined;
      });
      const killed = performance.now();
      await cluster.kill(victim, 'SIGKILL');
      const restarted = cluster.start();
      await waitFor(
        'another instance to take the job over',
        async () => {
          const holder = await cluster.holderOf({ id: jobId });
          const job = await cluster.store.getJob(userId, jobId);
          return (
            (holder && holder !== victim) || (job && job.status !== 'running' && job.status !== 'queued')
          );
        },
        600_000,
      );
      takeovers.push(performance.now() - killed);
      const { received } = await followJob(() => cluster.urlOtherThan(), jobId, token);
      // A job that did not succeed is a failure of the run, counted, not a time.
      if (received.at(-1)?.event.type === 'job-succeeded') finals.push(performance.now() - killed);
      else {
        failures++;
        console.error(`job ${jobId} ended with`, received.at(-1)?.event);
      }
      await restarted;
    }
    return { takeovers, finals, failures };
  } finally {
    await cluster.dispose();
  }
}

it.skipIf(!hasPostgres)(
  'multi-instance bench',
  async () => {
    // Each row is printed as soon as it is measured, so a long run reports what it got.
    const row = (text: string) => console.log(text);
    row('Multi-instance bench (two server processes; the build step held 3 s in recovery runs):');
    for (const queue of queues) {
      if (queue === 'bullmq' && !hasRedis) {
        row('bullmq: skipped, no Redis');
        continue;
      }
      const l = await latency(queue);
      row(
        `${queue}: submit → final event over SSE through the other instance: cold ${ms(l.cold)}, warm p50 ${ms(l.p50)}, p95 ${ms(l.p95)} (n=${l.n}, failures ${l.failures})`,
      );
      for (const [name, env] of measureRecovery ? Object.entries(settings) : []) {
        const r = await recovery(queue, env, name === 'defaults' ? 1 : 3);
        row(
          `${queue}: SIGKILL mid-job with ${name} settings (${JSON.stringify(env)}): taken over after ${r.takeovers.map(ms).join(', ')}; final event after ${r.finals.map(ms).join(', ')} (failures ${r.failures})`,
        );
      }
    }
  },
  3_600_000,
);
