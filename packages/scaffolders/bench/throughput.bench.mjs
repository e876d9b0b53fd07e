// Scaffold time, first-request latency after start, and throughput and p99 latency of a generated API
// for both stacks beside json-server serving the same rows, measured on the built package
// (`pnpm build && pnpm bench`). One design (a resource with five typed fields) is scaffolded (timed,
// median of warm runs) and built once with the cached dependencies. Each target is then started
// BENCH_STARTS times on loopback, timing spawn → first 200 from /healthz (json-server: its list) and
// → first answered API request (GET list), each reported as the median; the last start stays up, is
// seeded with 100 rows through its own POST (json-server: its file) and loaded with autocannon: GET
// list (limit=100), GET by id and POST. Targets: the Express app on PostgreSQL (a fresh schema,
// dropped afterwards) and on PGlite, json-server 1.0 (the baseline), and the FastAPI app (uvicorn, in
// the runtime image under bwrap) on SQLite in memory and on PostgreSQL, when bwrap and the image are
// available.
//
// Environment: BENCH_SECONDS (per endpoint, default 5), BENCH_CONNECTIONS (default 20), BENCH_STARTS
// (starts per target, default 5), TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test;
// skipped when unreachable), BENCH_FASTAPI=0 to skip FastAPI, BENCH_STRICT=1 to exit 1 when the
// PostgreSQL goal is missed.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { compileOpenApi, parseDesign } from '@smartapiforge/spec-engine';
import {
  ensureRuntimeImage,
  prepareProjectRuntime,
  scaffoldExpress,
  scaffoldFastapi,
} from '../dist/index.js';
import { runtimeSandboxArgs } from '../test/support/runtime-sandbox.mjs';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);
const starts = Math.max(1, Number(process.env.BENCH_STARTS ?? 5));
const scaffoldRuns = 20;
const rows = 100;
const postgresUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const here = path.dirname(fileURLToPath(import.meta.url));
const jsonServerBin = path.join(here, '..', 'node_modules', 'json-server', 'lib', 'bin.js');

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

const results = []; // { target, endpoint, rps, p99, errors, non2xx }
const startups = []; // { target, readyMs, firstApiMs }
const notes = [];
const scaffoldMs = { express: scaffoldTime(scaffoldExpress), fastapi: scaffoldTime(scaffoldFastapi) };
const postgresUp = await reachable(new URL(postgresUrl));
const work = await mkdtemp(path.join(tmpdir(), 'forge-throughput-'));
try {
  // Build the Express project once; both databases run the same dist/.
  const runtime = await prepareProjectRuntime('express');
  const express = scaffoldExpress(design, openapi);
  const expressDir = path.join(work, 'express');
  await writeProject(expressDir, express.files);
  await symlink(runtime.mounts[0].hostPath, path.join(expressDir, 'node_modules'), 'dir');
  let started = performance.now();
  const build = await runToEnd(express.commands.build.command, express.commands.build.args, expressDir);
  if (build.code !== 0) throw new Error(`express build failed: ${build.output}`);
  console.log(`express project built in ${Math.round(performance.now() - started)} ms`);

  const startExpress = (label, env) => (port) =>
    startServer(label, express.commands.start.command, express.commands.start.args, {
      cwd: expressDir,
      env: { ...process.env, ...runtime.env, ...env, HOST: '127.0.0.1', PORT: String(port) },
    });

  if (postgresUp) {
    const schema = `bench_throughput_${process.pid}`;
    cleanups.push(() => dropSchema(runtime.mounts[0].hostPath, schema));
    await measure(
      'express+postgres',
      startExpress('express+postgres', { DATABASE_URL: postgresUrl, DATABASE_SCHEMA: schema }),
    );
  } else notes.push(`PostgreSQL not reachable at ${postgresUrl}: express+postgres skipped`);

  await measure('express+pglite', startExpress('express+pglite', {}));

  // json-server gets the same rows written into its file (seeding it through POST races its file watcher).
  const seeded = Array.from({ length: rows }, (_, index) => ({ id: String(index + 1), ...row(index) }));
  await writeFile(path.join(work, 'db.json'), JSON.stringify({ products: seeded }));
  await measure(
    'json-server',
    (port) =>
      startServer(
        'json-server',
        process.execPath,
        [jsonServerBin, '--host', '127.0.0.1', '--port', String(port), 'db.json'],
        { cwd: work },
      ),
    { jsonServer: true },
  );

  const fastapiMissing = ['bwrap', 'debootstrap'].filter((tool) => spawnSync('which', [tool]).status !== 0);
  if (process.env.BENCH_FASTAPI === '0') notes.push('FastAPI skipped (BENCH_FASTAPI=0)');
  else if (fastapiMissing.length > 0)
    notes.push(`FastAPI skipped: ${fastapiMissing.join(', ')} not installed`);
  else {
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
    await measure('fastapi+sqlite', startFastapi('fastapi+sqlite', {}));
    if (postgresUp) {
      // The same migration as the Express app, applied by the FastAPI app into its own schema.
      const schema = `bench_throughput_fastapi_${process.pid}`;
      cleanups.push(() => dropSchema(runtime.mounts[0].hostPath, schema));
      await measure(
        'fastapi+postgres',
        startFastapi('fastapi+postgres', { DATABASE_URL: postgresUrl, DATABASE_SCHEMA: schema }),
      );
    } else notes.push(`PostgreSQL not reachable at ${postgresUrl}: fastapi+postgres skipped`);
  }
} finally {
  for (const cleanup of cleanups) await cleanup().catch((error) => notes.push(`cleanup: ${error.message}`));
  await rm(work, { recursive: true, force: true });
}

report();

// ---------------------------------------------------------------------------------------------------

async function measure(target, start, { jsonServer = false } = {}) {
  let server;
  let base;
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
      await waitForHttp(jsonServer ? `${base}/products` : `${base}/healthz`, server);
      ready.push(performance.now() - spawned);
      const first = await fetch(jsonServer ? `${base}/products` : `${base}/products?limit=1`);
      await first.arrayBuffer();
      if (!first.ok) throw new Error(`${target}: the first list request got ${first.status}`);
      firstApi.push(performance.now() - spawned);
    }
    const startup = { target, readyMs: median(ready), firstApiMs: median(firstApi) };
    startups.push(startup);
    console.log(
      `  ${target.padEnd(17)} start-up   ready ${startup.readyMs.toFixed(0).padStart(5)} ms  first API response ${startup.firstApiMs.toFixed(0).padStart(5)} ms  (median of ${starts})`,
    );

    const ids = jsonServer ? Array.from({ length: rows }, (_, index) => String(index + 1)) : [];
    for (let index = 0; index < (jsonServer ? 0 : rows); index += 1) {
      const response = await fetch(`${base}/products`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(row(index)),
      });
      if (response.status !== 201)
        throw new Error(`${target}: seeding got ${response.status}: ${await response.text()}`);
      ids.push((await response.json()).id);
    }
    const listUrl = jsonServer ? `${base}/products` : `${base}/products?limit=100`;
    const listed = await (await fetch(listUrl)).json();
    const count = Array.isArray(listed) ? listed.length : (listed.items ?? listed.data ?? []).length;
    if (count !== rows) notes.push(`${target}: list returned ${count} rows, expected ${rows}`);
    const byId = `${base}/products/${ids[Math.floor(rows / 2)]}`;
    // A short warm-up (JIT, connection pool, prepared plans) before the measured runs.
    await load({ url: listUrl, duration: 1 });
    const endpoints = [
      ['GET list', { url: listUrl }],
      ['GET by id', { url: byId }],
      [
        'POST',
        {
          url: `${base}/products`,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(row(rows)),
        },
      ],
    ];
    for (const [endpoint, options] of endpoints) {
      const result = await load({ ...options, duration: seconds });
      const entry = {
        target,
        endpoint,
        rps: result.requests.average,
        p99: result.latency.p99,
        errors: result.errors + result.timeouts,
        non2xx: result.non2xx,
      };
      results.push(entry);
      console.log(
        `  ${target.padEnd(17)} ${endpoint.padEnd(10)} ${entry.rps.toFixed(0).padStart(7)} req/s  p99 ${String(entry.p99).padStart(4)} ms` +
          (entry.errors || entry.non2xx ? `  (errors ${entry.errors}, non-2xx ${entry.non2xx})` : ''),
      );
    }
  } finally {
    if (server) await stop(server);
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Median time of a warm scaffold: the first call compiles the stack's templates, once per process. */
function scaffoldTime(scaffold) {
  scaffold(design, openapi);
  const times = [];
  for (let run = 0; run < scaffoldRuns; run += 1) {
    const started = performance.now();
    scaffold(design, openapi);
    times.push(performance.now() - started);
  }
  return median(times);
}

function load(options) {
  return autocannon({ connections, pipelining: 1, ...options });
}

function report() {
  const base = (endpoint) =>
    results.find((item) => item.target === 'json-server' && item.endpoint === endpoint);
  const lines = [
    '',
    `throughput: ${rows} rows, autocannon c=${connections}, ${seconds} s per endpoint, loopback`,
    `${'target'.padEnd(17)} ${'endpoint'.padEnd(10)} ${'req/s'.padStart(8)} ${'p99 ms'.padStart(7)} ${'vs json-server'.padStart(15)}`,
  ];
  let goalMissed = false;
  for (const item of results) {
    const reference = base(item.endpoint);
    const ratio = reference && item.target !== 'json-server' ? item.rps / reference.rps : undefined;
    if (
      ratio !== undefined &&
      item.target === 'express+postgres' &&
      item.endpoint.startsWith('GET') &&
      ratio < 1
    )
      goalMissed = true;
    lines.push(
      `${item.target.padEnd(17)} ${item.endpoint.padEnd(10)} ${item.rps.toFixed(0).padStart(8)} ${String(item.p99).padStart(7)} ` +
        `${(ratio === undefined ? '' : `${ratio.toFixed(2)}×`).padStart(15)}` +
        (item.errors || item.non2xx ? `  errors ${item.errors}, non-2xx ${item.non2xx}` : ''),
    );
  }
  if (results.some((item) => item.target === 'express+postgres'))
    lines.push(
      `goal (express+postgres ≥ 1.0× json-server on GET list and by id): ${goalMissed ? 'MISSED' : 'met'}`,
    );
  lines.push(
    '',
    `start-up: spawn → first answer, median of ${starts} starts per target`,
    `${'target'.padEnd(17)} ${'ready ms'.padStart(9)} ${'first API ms'.padStart(13)}`,
    ...startups.map(
      (item) =>
        `${item.target.padEnd(17)} ${item.readyMs.toFixed(0).padStart(9)} ${item.firstApiMs.toFixed(0).padStart(13)}`,
    ),
    '',
    `scaffold (same design, median of ${scaffoldRuns} warm runs): express ${scaffoldMs.express.toFixed(2)} ms, fastapi ${scaffoldMs.fastapi.toFixed(2)} ms`,
  );
  for (const note of notes) lines.push(`note: ${note}`);
  console.log(lines.join('\n'));
  if (results.some((item) => item.errors > 0)) process.exitCode = 1;
  if (goalMissed && process.env.BENCH_STRICT === '1') process.exitCode = 1;
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
