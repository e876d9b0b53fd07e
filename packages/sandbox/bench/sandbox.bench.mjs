// Sandbox start-up and exec costs on this machine, from the built package (run `pnpm build` first).
// Goals from issue 7: cold start ≤ 150 ms, warm start ≤ 30 ms p95 (create → first exec returns).
// The first sandbox of this (cold) process is reported apart from the warm percentiles, and the pool's
// warm start is timed twice: from a full pool, and under back-to-back demand (no wait for refills).
import { spawn } from 'node:child_process';
import { summarize } from '../../../scripts/bench-stats.mjs';
import { createBubblewrapSandbox, createSandboxPool } from '../dist/index.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const provider = createBubblewrapSandbox();

async function timed(run) {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

async function series(run) {
  const samples = [];
  for (let i = 0; i < RUNS; i++) samples.push(await run());
  return summarize(samples);
}

/** Create → first exec returns; the sandbox is destroyed outside the measurement. */
async function startOnce(source) {
  let sandbox;
  const ms = await timed(async () => {
    sandbox = await source.create();
    await sandbox.exec('true', []);
  });
  await sandbox.destroy();
  return ms;
}

const firstMs = await startOnce(provider);
const cold = await series(() => startOnce(provider));

const pool = createSandboxPool(provider, { size: 2 });
// Each hand-out comes from a full pool, as it does when the pool is sized for the load.
const warm = await series(async () => {
  await pool.ready();
  return startOnce(pool);
});
// Back-to-back demand: each hand-out follows the last at once, so refills race the next request.
const demand = await series(() => startOnce(pool));
await pool.close();

const sandbox = await provider.create();
await sandbox.exec('true', []);
const inSandbox = await series(() => timed(() => sandbox.exec('true', [])));
await sandbox.destroy();
const bare = await series(() =>
  timed(() => new Promise((resolve, reject) => spawn('true').on('exit', resolve).on('error', reject))),
);

const row = (name, { p50, p95 }, goal) => ({
  measure: name,
  'p50 ms': p50.toFixed(1),
  'p95 ms': p95.toFixed(1),
  'goal (p95)': goal ?? '',
});
console.log(`bubblewrap sandbox, limits by ${provider.capabilities.limits}, ${RUNS} runs each`);
console.table([
  row('first start in a cold process', { p50: firstMs, p95: firstMs }),
  row('cold start (create → first exec)', cold, '≤ 150 ms'),
  row('warm start from a full pool (size 2)', warm, '≤ 30 ms'),
  row('warm start, back-to-back demand (size 2)', demand, '≤ 30 ms'),
  row('exec `true` in a sandbox', inSandbox),
  row('bare spawn `true` on the host', bare),
  row('exec overhead vs bare spawn', { p50: inSandbox.p50 - bare.p50, p95: inSandbox.p95 - bare.p95 }),
]);
