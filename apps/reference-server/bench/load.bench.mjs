// Bounded loopback load on the built server (dist/): USERS concurrent users each run JOBS cheap jobs
// one after another (prompt, no sandbox tests, no deploy): POST /v1/generate, then subscribe on
// /ws/jobs/:id until the server closes the socket after the final event. Prints jobs/s, jobs lost,
// events lost (each client's messages against the job_events rows stored for its job) and the
// emission → client receipt latency, where emission is the event's stored timestamp
// (job_events.created_at). The server runs in a child process (this file with --server), so the
// clients' work does not share its event loop. Stops by itself: every socket ends with its job, the
// child is closed, and a deadline exits.
//
//   pnpm --filter @smartapiforge/reference-server build
//   pnpm --filter @smartapiforge/reference-server bench     # USERS=20 JOBS=5 CONCURRENCY=4
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { SignJWT } from 'jose';
import { WebSocket } from 'ws';
import { createReferenceServer, openDatabase } from '../dist/index.js';

const users = Number(process.env.USERS ?? 20);
const jobsPerUser = Number(process.env.JOBS ?? 5);
const concurrency = Number(process.env.CONCURRENCY ?? 4);
const deadlineMs = Number(process.env.DEADLINE_MS ?? 300_000);
const goalP95Ms = 20;
const jwtSecret = 'bench-secret-that-is-at-least-32-bytes-long';
const prompt =
  'A library API: books have a title and a year. Each book belongs to an author. Authors have a name.';

/** The child: the server on PGlite in memory, answering the parent's `query` and `close` messages. */
async function serve() {
  const db = await openDatabase({});
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'forge-bench-'));
  const app = createReferenceServer({
    db,
    auth: { jwtSecret, audience: 'authenticated' },
    workDir,
    concurrency,
    limits: { jobsPerDay: jobsPerUser * 2, concurrentJobs: 2 },
    rateLimit: { burst: 100, perSecond: 100 },
  });
  const url = await app.listen(0, '127.0.0.1');
  process.on('disconnect', () => process.exit(2));
  process.on('message', async (message) => {
    if (message.type === 'query') {
      // What the store holds, read as the service role (bypasses RLS), with microsecond timestamps.
      const { rows } = await db.transaction({ kind: 'service' }, (sql) =>
        sql.query(
          `select e.job_id, e.seq, (extract(epoch from e.created_at) * 1000)::float8 as at_ms, j.status
             from public.job_events e join public.jobs j on j.id = e.job_id
            where e.job_id = any($1::uuid[]) order by e.job_id, e.seq`,
          [message.jobIds],
        ),
      );
      process.send({ type: 'rows', rows });
    } else if (message.type === 'close') {
      await app.close();
      await db.close();
      await rm(workDir, { recursive: true, force: true });
      process.disconnect();
    }
  });
  process.send({ type: 'ready', url, dialect: db.dialect });
}

/** Wall-clock milliseconds with sub-millisecond resolution, comparable with the database's now(). */
const now = () => performance.timeOrigin + performance.now();

const token = (userId) =>
  new SignJWT({ role: 'authenticated' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(userId)
    .setAudience('authenticated')
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(jwtSecret));

/** Collects a job's messages with their receipt time until the server closes the socket. */
function subscribe(url, jobId, bearer) {
  return new Promise((resolve, reject) => {
    const received = [];
    let openedAt = 0;
    const ws = new WebSocket(`${url.replace('http', 'ws')}/ws/jobs/${jobId}`, {
      headers: { authorization: `Bearer ${bearer}` },
    });
    ws.on('open', () => (openedAt = now()));
    ws.on('message', (data) => received.push({ at: now(), message: JSON.parse(String(data)) }));
    ws.on('close', () => resolve({ openedAt, received }));
    ws.on('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
    ws.on('error', reject);
  });
}

/** One user: JOBS jobs in a row, each followed live until it ends. */
async function user(url, results) {
  const bearer = await token(randomUUID());
  for (let i = 0; i < jobsPerUser; i++) {
    const response = await fetch(`${url}/v1/generate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
      body: JSON.stringify({ prompt, deploy: false, test: false }),
    });
    if (response.status !== 202) {
      results.push({ refused: `${response.status} ${await response.text()}` });
      continue;
    }
    const { jobId } = await response.json();
    try {
      results.push({ jobId, ...(await subscribe(url, jobId, bearer)) });
    } catch (error) {
      results.push({ jobId, openedAt: 0, received: [], error: String(error) });
    }
  }
}

const percentile = (sorted, p) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function bench() {
  const child = fork(fileURLToPath(import.meta.url), ['--server'], { stdio: 'inherit' });
  const deadline = setTimeout(() => {
    console.error(`bench: still running after ${deadlineMs} ms, giving up`);
    child.kill();
    process.exit(2);
  }, deadlineMs);
  /** The child's next message of `type`. */
  const next = (type) =>
    new Promise((resolve, reject) => {
      const onMessage = (message) => {
        if (message.type !== type) return;
        child.off('message', onMessage);
        resolve(message);
      };
      child.on('message', onMessage);
      child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
    });

  const { url, dialect } = await next('ready');
  console.log(
    `bench: ${users} users × ${jobsPerUser} cheap jobs (deploy: false, test: false), runner concurrency ${concurrency}, ${dialect}, ${url}`,
  );
  const results = [];
  const started = now();
  await Promise.all(Array.from({ length: users }, () => user(url, results)));
  const seconds = (now() - started) / 1000;

  const accepted = results.filter((r) => r.jobId);
  const reply = next('rows');
  child.send({ type: 'query', jobIds: accepted.map((r) => r.jobId) });
  const { rows } = await reply;
  const stored = new Map();
  const statuses = new Map();
  for (const row of rows) {
    const events = stored.get(row.job_id) ?? new Map();
    events.set(row.seq, row.at_ms);
    stored.set(row.job_id, events);
    statuses.set(row.job_id, row.status);
  }

  let eventsStored = 0;
  let eventsLost = 0;
  let duplicates = 0;
  let jobsLost = results.length - accepted.length;
  const live = [];
  let replayed = 0;
  for (const result of accepted) {
    const events = stored.get(result.jobId) ?? new Map();
    eventsStored += events.size;
    const ids = new Set(result.received.map((r) => r.message.id));
    duplicates += result.received.length - ids.size;
    for (const seq of events.keys()) if (!ids.has(seq)) eventsLost++;
    const last = result.received.at(-1)?.message.event.type;
    if (result.error || last !== 'job-succeeded' || statuses.get(result.jobId) !== 'succeeded') jobsLost++;
    for (const { at, message } of result.received) {
      const emitted = events.get(message.id);
      if (emitted === undefined) continue;
      // Events stored before the socket opened were replayed from the database, not pushed live.
      if (emitted >= result.openedAt) live.push(at - emitted);
      else replayed++;
    }
  }
  live.sort((a, b) => a - b);
  const ms = (value) => `${value.toFixed(2)} ms`;
  const p95 = percentile(live, 95);
  const succeeded = results.length - jobsLost;

  console.log(`jobs:        ${succeeded} succeeded of ${results.length} submitted`);
  console.log(`throughput:  ${(succeeded / seconds).toFixed(2)} jobs/s over ${seconds.toFixed(1)} s`);
  console.log(`jobs lost:   ${jobsLost}`);
  console.log(`events lost: ${eventsLost} of ${eventsStored} stored (duplicates received: ${duplicates})`);
  console.log(
    `latency, stored → client receipt (${live.length} live events): p50 ${ms(percentile(live, 50))}, ` +
      `p95 ${ms(p95)}, max ${ms(live.at(-1) ?? NaN)}; goal p95 ≤ ${goalP95Ms} ms ${p95 <= goalP95Ms ? 'met' : 'missed'}`,
  );
  console.log(`replayed on subscribe (stored before the socket opened, not in latency): ${replayed} events`);
  for (const r of results.filter((r) => r.refused || r.error))
    console.log(`  problem: ${r.refused ?? r.error}`);

  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.send({ type: 'close' });
  await exited;
  clearTimeout(deadline);
  process.exitCode = jobsLost === 0 && eventsLost === 0 ? 0 : 1;
}

await (process.argv.includes('--server') ? serve() : bench());
