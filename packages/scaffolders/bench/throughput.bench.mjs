// Throughput and latency of generated APIs the way users meet them, beside json-server and each
// stack's framework ceiling, measured on the built package (`pnpm build && pnpm bench`). One design (a
// resource with five typed fields) is scaffolded (cold first call and warm percentiles) and built
// once with the cached dependencies. Each target is started BENCH_STARTS times on loopback, timing
// spawn → first 200 from /healthz (json-server: its list) and → first answered API request, reported
// as the median; the last start stays up and is seeded with 100 rows through its own POST (json-server:
// its file). With every target up, autocannon runs four workloads, each on every target in turn (so a
// target and its ceiling are measured seconds apart): `list` (GET, limit 100), `byId` (GET over random
// seeded ids), `mixed` (90% reads, half lists and half by id, 10% POSTs) and `post`. `mixed` runs before
// `post` so that every target starts it on its 100 seeded rows: after `post` a table holds as many rows
// as its target managed to write, and a faster write path would be measured on a larger table, each
// list counting more rows.
//
// Targets: json-server 1.0 (in-memory file); `express-ceiling` and `fastapi-ceiling`, a bare Express 5
// app and a bare FastAPI app under uvicorn (same runtime, same worker count as the generated app)
// answering every route with a fixed 150-byte body; the generated Express app on PostgreSQL with the
// read cache off and on, and on PGlite (cache off); the generated FastAPI app (uvicorn, in the
// runtime image under bwrap) on PostgreSQL and on SQLite in memory, when bwrap and the image are
// available. Any non-2xx answer or socket error fails the run (exit 1).
//
// Prints a table and writes bench/throughput.json at the repository root:
// { rows: [{ target, cache, endpoint, rps, p50Ms, p99Ms, non2xx }], startups, scaffold, conditions }.
//
// Environment: BENCH_SECONDS (per workload and round, default 5), BENCH_ROUNDS (rounds of every
// workload, targets in alternating order, reported as medians; default 1), BENCH_CONNECTIONS (default 20), BENCH_STARTS
// (starts per target, default 5), TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test;
// skipped when unreachable), BENCH_FASTAPI=0 to skip FastAPI, BENCH_TARGETS (comma-separated targets
// to run, default all).
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createConnection, createServer } from 'node:net';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { compileOpenApi, parseDesign } from '@smartapiforge/spec-engine';
import { coldAndWarm, median } from '../../../scripts/bench-stats.mjs';
import {
  ensureRuntimeImage,
  prepareProjectRuntime,
  scaffoldExpress,
  scaffoldFastapi,
} from '../dist/index.js';
import { runtimeSandboxArgs } from '../test/support/runtime-sandbox.mjs';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 1));
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);
const starts = Math.max(1, Number(process.env.BENCH_STARTS ?? 5));
const only = process.env.BENCH_TARGETS ? new Set(process.env.BENCH_TARGETS.split(',')) : undefined;
const scaffoldRuns = 20;
const rows = 100;
const postgresUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const here = path.dirname(fileURLToPath(import.meta.url));
const repositoryRoot = path.join(here, '..', '..', '..');
const jsonServerBin = path.join(here, '..', 'node_modules', 'json-server', 'lib', 'bin.js');

// The ceilings' fixed answer: a JSON object of exactly 150 bytes, about one generated row.
const ceilingBody = (() => {
  const base = { id: '0b9f4a4e-3c1d-4a8e-9d55-6f1e2b7c8a90', name: 'Product 1', price: 1.37, pad: '' };
  base.pad = 'x'.repeat(150 - Buffer.byteLength(JSON.stringify(base)));
  return JSON.stringify(base);
})();

const design = parseDesign({
  name: 'throughput-api',
  title: 'Throughput API',
  resources: [
    {
      name: 'product',
      plural: 'products',
      fields: [
        { name: 'name', type: 'string', required: true },
        { name: 'price', type: 'number', minimum: 0 },
        { name: 'stock', type: 'integer', minimum: 0 },
        { name: 'active', type: 'boolean' },
        { name: 'category', type: 'enum', enumValues: ['tools', 'garden', 'kitchen'] },
      ],
    },
  ],
  auth: { type: 'none' },
});
const openapi = compileOpenApi(design);
const row = (index) => ({
  name: `Product ${index}`,
  price: Math.round(index * 137) / 100,
  stock: index * 3,
  active: index % 2 === 0,
  category: ['tools', 'garden', 'kitchen'][index % 3],
});

const children = new Set();
const cleanups = [];
process.once('SIGINT', () => {
  for (const child of children) child.kill('SIGKILL');
  process.exit(130);
});

const results = []; // { target, cache, endpoint, rps, p50Ms, p99Ms, non2xx, errors }
const running = []; // targets up and seeded, in start order: { target, cache, base, server, workloads }
const endpoints = ['list', 'byId', 'mixed', 'post'];
const startups = []; // { target, cache, readyMs, firstApiMs }
const notes = [];
const wanted = (target) => !only || only.has(target);
const scaffold = {
  express: await coldAndWarm(scaffoldRuns, () => scaffoldExpress(design, openapi)),
  fastapi: await coldAndWarm(scaffoldRuns, () => scaffoldFastapi(design, openapi)),
};
const postgresUp = await reachable(new URL(postgresUrl));
const work = await mkdtemp(path.join(tmpdir(), 'forge-throughput-'));
const loadAtStart = loadavg()[0];
try {
  // Build the Express project once; both databases run the same dist/.
  const runtime = await prepareProjectRuntime('express');
  const nodeModules = runtime.mounts[0].hostPath;
  const express = scaffoldExpress(design, openapi);
  const expressDir = path.join(work, 'express');
  let started = performance.now();
  // Built only when a generated Express app is measured (BENCH_TARGETS may name FastAPI targets alone).
  if (['express+postgres', 'express+pglite'].some(wanted)) {
    await writeProject(expressDir, express.files);
    await symlink(nodeModules, path.join(expressDir, 'node_modules'), 'dir');
    const build = await runToEnd(express.commands.build.command, express.commands.build.args, expressDir);
    if (build.code !== 0) throw new Error(`express build failed: ${build.output}`);
    console.log(`express project built in ${Math.round(performance.now() - started)} ms`);
  }

  const startExpress = (label, env) => (port) =>
    startServer(label, express.commands.start.command, express.commands.start.args, {
      cwd: expressDir,
      env: { ...process.env, ...runtime.env, ...env, HOST: '127.0.0.1', PORT: String(port) },
    });

  // json-server gets the same rows written into its file (seeding it through POST races its file watcher).
  const seeded = Array.from({ length: rows }, (_, index) => ({ id: String(index + 1), ...row(index) }));
  await writeFile(path.join(work, 'db.json'), JSON.stringify({ products: seeded }));
  await prepare(
    'json-server',
    'off',
    (port) =>
      startServer(
        'json-server',
        process.execPath,
        [jsonServerBin, '--host', '127.0.0.1', '--port', String(port), 'db.json'],
        { cwd: work },
      ),
    'json-server',
  );

  // A bare Express 5 app from the same dependency folder, on the same Node.js.
  const ceilingDir = path.join(work, 'express-ceiling');
  await mkdir(ceilingDir, { recursive: true });
  await symlink(nodeModules, path.join(ceilingDir, 'node_modules'), 'dir');
  await writeFile(path.join(ceilingDir, 'ceiling.mjs'), expressCeilingSource());
  await prepare(
    'express-ceiling',
    'off',
    (port) =>
      startServer('express-ceiling', process.execPath, ['ceiling.mjs'], {
        cwd: ceilingDir,
        env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) },
      }),
    'ceiling',
  );

  if (postgresUp) {
    for (const cache of ['off', 'on']) {
      const schema = `bench_throughput_${cache}_${process.pid}`;
      cleanups.push(() => dropSchema(nodeModules, schema));
      await prepare(
        'express+postgres',
        cache,
        startExpress('express+postgres', {
          DATABASE_URL: postgresUrl,
          DATABASE_SCHEMA: schema,
          READ_CACHE: cache,
        }),
      );
    }
  } else notes.push(`PostgreSQL not reachable at ${postgresUrl}: express+postgres skipped`);

  await prepare('express+pglite', 'off', startExpress('express+pglite', { READ_CACHE: 'off' }));

  const fastapiMissing = ['bwrap', 'debootstrap'].filter((tool) => spawnSync('which', [tool]).status !== 0);
  const fastapiWanted = ['fastapi-ceiling', 'fastapi+postgres', 'fastapi+sqlite'].some(wanted);
  if (process.env.BENCH_FASTAPI === '0') notes.push('FastAPI skipped (BENCH_FASTAPI=0)');
  else if (fastapiMissing.length > 0)
    notes.push(`FastAPI skipped: ${fastapiMissing.join(', ')} not installed`);
  else if (fastapiWanted) {
    started = performance.now();
    const { rootDir } = await ensureRuntimeImage('python-fastapi');
    const fastapi = scaffoldFastapi(design, openapi);
    const fastapiDir = path.join(work, 'fastapi');
    await writeProject(fastapiDir, fastapi.files);
    const fbuild = await runToEnd(
      'bwrap',
      runtimeSandboxArgs(rootDir, fastapiDir, fastapi.commands.build),
      undefined,
    );
    if (fbuild.code !== 0) throw new Error(`fastapi build failed: ${fbuild.output}`);
    console.log(
      `fastapi runtime image ready and project compiled in ${Math.round(performance.now() - started)} ms`,
    );
    const startFastapi = (label, env) => (port) =>
      startServer(
        label,
        'bwrap',
        runtimeSandboxArgs(rootDir, fastapiDir, fastapi.commands.start, { port, env }),
        {},
      );

    // The generated app's default on PostgreSQL (a worker per CPU it may use), stated explicitly so that
    // the ceiling runs exactly as many; on in-memory SQLite the generated app keeps its one worker.
    const fastapiWorkers = availableParallelism();
    notes.push(`fastapi-ceiling and fastapi+postgres: ${fastapiWorkers} uvicorn workers each`);
    // A bare FastAPI app under uvicorn in the same image, started the way the generated one starts.
    const fastapiCeilingDir = path.join(work, 'fastapi-ceiling');
    await mkdir(fastapiCeilingDir, { recursive: true });
    await writeFile(path.join(fastapiCeilingDir, 'ceiling.py'), fastapiCeilingSource());
    const ceilingCommand = { command: 'python3', args: ['ceiling.py'] };
    await prepare(
      'fastapi-ceiling',
      'off',
      (port) =>
        startServer(
          'fastapi-ceiling',
          'bwrap',
          runtimeSandboxArgs(rootDir, fastapiCeilingDir, ceilingCommand, {
            port,
            env: { WEB_CONCURRENCY: String(fastapiWorkers) },
          }),
          {},
        ),
      'ceiling',
    );
    if (postgresUp) {
      // The same migration as the Express app, applied by the FastAPI app into its own schema.
      const schema = `bench_throughput_fastapi_${process.pid}`;
      cleanups.push(() => dropSchema(nodeModules, schema));
      await prepare(
        'fastapi+postgres',
        'off',
        startFastapi('fastapi+postgres', {
          DATABASE_URL: postgresUrl,
          DATABASE_SCHEMA: schema,
          WEB_CONCURRENCY: String(fastapiWorkers),
        }),
      );
    } else notes.push(`PostgreSQL not reachable at ${postgresUrl}: fastapi+postgres skipped`);
    await prepare('fastapi+sqlite', 'off', startFastapi('fastapi+sqlite', {}));
  }

  // Workload by workload, every target in turn: a target and its ceiling are measured seconds apart,
  // not minutes, so a load that comes and goes on a shared machine skews their ratio far less. With
  // BENCH_ROUNDS > 1 every workload runs that many rounds, the targets' order reversed every other
  // round so that none is always measured first, and each ratio is the median of the rounds' own.
  for (const endpoint of endpoints) {
    for (let round = 0; round < rounds; round += 1) {
      for (const target of round % 2 === 0 ? running : [...running].reverse())
        await runWorkload(target, endpoint, round);
    }
  }
} finally {
  for (const { server } of running) await stop(server);
  for (const cleanup of cleanups) await cleanup().catch((error) => notes.push(`cleanup: ${error.message}`));
  await rm(work, { recursive: true, force: true });
}

await report();

// ---------------------------------------------------------------------------------------------------

/**
 * Starts a target BENCH_STARTS times, timing each start, and leaves the last one up, seeded and warmed
 * up, in `running`. `kind`: a generated app (seeded through its POST), json-server (seeded file) or a
 * ceiling (fixed body).
 */
async function prepare(target, cache, start, kind = 'generated') {
  if (!wanted(target)) return;
  let server;
  let base;
  const listPath = {
    generated: '/products?limit=100',
    'json-server': '/products?_start=0&_end=100',
    ceiling: '/products',
  }[kind];
  try {
    // Cold starts: spawn → ready (first 200 from the health route) → first answered API request.
    const ready = [];
    const firstApi = [];
    for (let run = 0; run < starts; run += 1) {
      if (server) await stop(server);
      const port = await freePort();
      base = `http://127.0.0.1:${port}`;
      const spawned = performance.now();
      server = await start(port);
      await waitForHttp(kind === 'json-server' ? `${base}/products` : `${base}/healthz`, server);
      ready.push(performance.now() - spawned);
      const first = await fetch(`${base}${listPath}`);
      await first.arrayBuffer();
      if (!first.ok) throw new Error(`${target}: the first list request got ${first.status}`);
      firstApi.push(performance.now() - spawned);
    }
    const startup = { target, cache, readyMs: median(ready), firstApiMs: median(firstApi) };
    startups.push(startup);
    console.log(
      `  ${label(target, cache)} start-up   ready ${startup.readyMs.toFixed(0).padStart(5)} ms  first API response ${startup.firstApiMs.toFixed(0).padStart(5)} ms  (median of ${starts})`,
    );

    const ids = kind === 'generated' ? [] : seededIds();
    for (let index = 0; index < (kind === 'generated' ? rows : 0); index += 1) {
      const response = await fetch(`${base}/products`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(row(index)),
      });
      if (response.status !== 201)
        throw new Error(`${target}: seeding got ${response.status}: ${await response.text()}`);
      ids.push((await response.json()).id);
    }
    if (kind !== 'ceiling') {
      const listed = await (await fetch(`${base}${listPath}`)).json();
      const count = Array.isArray(listed) ? listed.length : (listed.data ?? []).length;
      if (count !== rows) throw new Error(`${target}: list returned ${count} rows, expected ${rows}`);
    }
    const post = {
      method: 'POST',
      path: '/products',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(row(rows)),
    };
    const randomId = () => ids[Math.floor(Math.random() * ids.length)];
    const getList = { method: 'GET', path: listPath };
    const getById = () => ({ method: 'GET', path: `/products/${randomId()}` });
    const workloads = {
      list: () => getList,
      byId: getById,
      post: () => post,
      mixed: () => {
        const draw = Math.random();
        return draw < 0.1 ? post : draw < 0.55 ? getList : getById();
      },
    };
    // A short warm-up (JIT, connection pool, prepared plans) before the measured runs.
    await load(base, workloads.byId, 1);
    running.push({ target, cache, base, server, workloads });
    server = undefined;
  } finally {
    if (server) await stop(server);
  }
}

/** One measured round of a workload on a target `prepare` left running. */
async function runWorkload({ target, cache, base, workloads }, endpoint, round) {
  const result = await load(base, workloads[endpoint], seconds);
  const entry = {
    target,
    cache,
    endpoint,
    round,
    rps: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
  results.push(entry);
  console.log(
    `  ${label(target, cache)} ${endpoint.padEnd(6)}${rounds > 1 ? ` #${round + 1}` : ''} ${String(entry.rps).padStart(7)} req/s  p50 ${String(entry.p50Ms).padStart(4)} ms  p99 ${String(entry.p99Ms).padStart(4)} ms` +
      (entry.errors || entry.non2xx ? `  FAILED: errors ${entry.errors}, non-2xx ${entry.non2xx}` : ''),
  );
}

function seededIds() {
  return Array.from({ length: rows }, (_, index) => String(index + 1));
}

function label(target, cache) {
  return `${target}${cache === 'on' ? ' (cache)' : ''}`.padEnd(25);
}

/** Autocannon on one connection pool, each request drawn from `next()` (method, path, headers, body). */
function load(base, next, duration) {
  return autocannon({
    url: base,
    connections,
    pipelining: 1,
    duration,
    requests: [{ setupRequest: (request) => ({ ...request, headers: {}, body: undefined, ...next() }) }],
  });
}

function expressCeilingSource() {
  return `// A bare Express 5 app: every route answers a fixed ${Buffer.byteLength(ceilingBody)}-byte JSON body.
import express from 'express';

const body = ${JSON.stringify(ceilingBody)};
const app = express();
const answer = (status) => (_req, res) => res.status(status).type('application/json').send(body);
app.get('/healthz', answer(200));
app.get('/products', answer(200));
app.get('/products/:id', answer(200));
app.post('/products', answer(201));
app.listen(Number(process.env.PORT), process.env.HOST);
`;
}

function fastapiCeilingSource() {
  return `"""A bare FastAPI app: every route answers a fixed ${Buffer.byteLength(ceilingBody)}-byte JSON body."""

import os

from fastapi import FastAPI, Response

BODY = ${JSON.stringify(ceilingBody)}.encode()
app = FastAPI()


# async, as the generated app's read routes: a plain def would run on the thread pool, a hand-off per
# request that costs about as much as the route itself and would lower the ceiling.
@app.get("/healthz")
@app.get("/products")
@app.get("/products/{item_id}")
async def read(item_id: str = "") -> Response:
    return Response(BODY, media_type="application/json")


@app.post("/products", status_code=201)
async def create() -> Response:
    return Response(BODY, status_code=201, media_type="application/json")


if __name__ == "__main__":
    import importlib.util

    import uvicorn

    # As the generated app/__main__.py: WEB_CONCURRENCY workers, uvloop and httptools when installed.
    fast = {"loop": "uvloop"} if importlib.util.find_spec("uvloop") else {}
    if importlib.util.find_spec("httptools"):
        fast["http"] = "httptools"
    workers = int(os.environ["WEB_CONCURRENCY"])
    uvicorn.run("ceiling:app", host=os.environ["HOST"], port=int(os.environ["PORT"]), log_level="warning", workers=workers, **fast)
`;
}

/** One row per target, cache and workload: medians over the rounds, the rounds' req/s in order. */
function summarize(entries) {
  const groups = new Map();
  for (const entry of entries) {
    const key = `${entry.target}\u0000${entry.cache}\u0000${entry.endpoint}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(entry);
  }
  return [...groups.values()].map((runs) => ({
    target: runs[0].target,
    cache: runs[0].cache,
    endpoint: runs[0].endpoint,
    rps: Math.round(median(runs.map((run) => run.rps))),
    p50Ms: median(runs.map((run) => run.p50Ms)),
    p99Ms: median(runs.map((run) => run.p99Ms)),
    non2xx: runs.reduce((sum, run) => sum + run.non2xx, 0),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
    rounds: runs.map((run) => run.rps),
  }));
}

async function report() {
  const summary = summarize(results);
  const find = (target, endpoint, cache = 'off') =>
    summary.find((item) => item.target === target && item.endpoint === endpoint && item.cache === cache);
  const ceilingOf = (target) =>
    target.startsWith('express')
      ? 'express-ceiling'
      : target.startsWith('fastapi')
        ? 'fastapi-ceiling'
        : undefined;
  const lines = [
    '',
    `throughput: ${rows} rows, autocannon c=${connections}, ${seconds} s per workload${rounds > 1 ? ` and round (medians of ${rounds} rounds; ratios: median of each round's)` : ''}, loopback; load average ${loadAtStart.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at the end, on ${cpus().length} CPUs`,
    `${'target'.padEnd(25)} ${'workload'.padEnd(8)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'vs ceiling'.padStart(11)} ${'vs json-server'.padStart(15)}`,
  ];
  // Measured workload by workload; listed target by target.
  const rank = (item) =>
    running.findIndex((target) => target.target === item.target && target.cache === item.cache) *
      endpoints.length +
    endpoints.indexOf(item.endpoint);
  summary.sort((a, b) => rank(a) - rank(b));
  for (const item of summary) {
    const reference = find('json-server', item.endpoint);
    const ceilingTarget = ceilingOf(item.target);
    const ceiling =
      ceilingTarget && ceilingTarget !== item.target ? find(ceilingTarget, item.endpoint) : undefined;
    // Paired round by round: a target and the other were measured seconds apart in each round.
    const ratio = (other) =>
      other && other !== item
        ? `${median(item.rounds.map((rps, round) => rps / other.rounds[round])).toFixed(2)}×`
        : '';
    lines.push(
      `${label(item.target, item.cache)} ${item.endpoint.padEnd(8)} ${String(item.rps).padStart(8)} ${String(item.p50Ms).padStart(7)} ${String(item.p99Ms).padStart(7)} ` +
        `${ratio(ceiling).padStart(11)} ${ratio(reference).padStart(15)}` +
        (item.errors || item.non2xx ? `  FAILED: errors ${item.errors}, non-2xx ${item.non2xx}` : ''),
    );
  }
  lines.push(
    '',
    `start-up: spawn → first answer, median of ${starts} starts per target`,
    `${'target'.padEnd(25)} ${'ready ms'.padStart(9)} ${'first API ms'.padStart(13)}`,
    ...startups.map(
      (item) =>
        `${label(item.target, item.cache)} ${item.readyMs.toFixed(0).padStart(9)} ${item.firstApiMs.toFixed(0).padStart(13)}`,
    ),
    '',
    ...Object.entries(scaffold).map(
      ([stack, times]) =>
        `scaffold ${stack}: first call ${times.firstMs.toFixed(1)} ms (cold process), then p50 ${times.p50.toFixed(2)} ms, p99 ${times.p99.toFixed(2)} ms over ${times.runs} runs`,
    ),
  );
  for (const note of notes) lines.push(`note: ${note}`);
  const failed = summary.filter((item) => item.errors > 0 || item.non2xx > 0);
  if (failed.length > 0) lines.push(`FAILED: ${failed.length} workload(s) had errors or non-2xx answers`);
  console.log(lines.join('\n'));
  const output = path.join(repositoryRoot, 'bench', 'throughput.json');
  await mkdir(path.dirname(output), { recursive: true });
  const document = {
    rows: summary.map(({ target, cache, endpoint, rps, p50Ms, p99Ms, non2xx, rounds: perRound }) => ({
      target,
      cache,
      endpoint,
      rps,
      p50Ms,
      p99Ms,
      non2xx,
      ...(rounds > 1 ? { roundsRps: perRound } : {}),
    })),
    errors: summary
      .filter((item) => item.errors > 0)
      .map(({ target, cache, endpoint, errors }) => ({ target, cache, endpoint, errors })),
    startups,
    scaffold,
    conditions: {
      connections,
      seconds,
      rounds,
      rows,
      cpus: cpus().length,
      loadAverageAtStart: loadAtStart,
      loadAverageAtEnd: loadavg()[0],
      node: process.version,
    },
    notes,
  };
  await writeFile(output, `${JSON.stringify(document, null, 2)}\n`);
  console.log('written: bench/throughput.json');
  if (failed.length > 0) process.exitCode = 1;
}

async function writeProject(dir, files) {
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), content);
  }
}

// Servers log to /dev/null (the Express app logs a line per request at the default level, as in
// production); stderr is kept for the error message should one exit early.
function startServer(label, command, args, options) {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'ignore', 'pipe'] });
  child.label = label;
  child.log = '';
  child.stderr.on('data', (chunk) => (child.log = (child.log + chunk.toString()).slice(-4000)));
  children.add(child);
  return child;
}

async function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
  children.delete(child);
}

async function waitForHttp(url, child) {
  for (let attempt = 0; attempt < 3000; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`${child.label} exited (${child.exitCode}): ${child.log}`);
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    // Short, since start-up latency is measured through this loop.
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`${child.label} never answered ${url}: ${child.log}`);
}

function runToEnd(command, args, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk.toString()));
    child.stderr.on('data', (chunk) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

async function dropSchema(nodeModulesDir, schema) {
  const { Client } = createRequire(path.join(nodeModulesDir, 'noop.js'))('pg');
  const client = new Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

function reachable(url) {
  return new Promise((resolve) => {
    const socket = createConnection({ host: url.hostname, port: Number(url.port || 5432) });
    socket.setTimeout(1_000);
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}
