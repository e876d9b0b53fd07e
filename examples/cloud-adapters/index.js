// Runs the whole pipeline through the cloud adapters, by name, as a user would:
//   createForge({ sandbox: 'e2b', deployer: 'fly' }) and createForge({ sandbox: 'northflank', deployer: 'vercel' }),
// for an Express and a FastAPI project each. The clouds are the loopback fakes the packages export
// from their `testing` entries, reached through the same environment variables a real account uses
// (E2B_API_URL, NORTHFLANK_API_URL, VERCEL_API_URL, FLY_API_HOSTNAME, ...). Each live API gets a fresh
// PostgreSQL database as DATABASE_URL; the example creates a row and reads it back through another
// request (on Vercel, another function instance). One JSON line per run; exit code 1 on any failure.
import { spawnSync } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startFakeFlyApi, startFakeVercelApi } from '@smartapiforge/deployers/testing';
import { createBubblewrapSandbox, runtimeDefinition } from '@smartapiforge/sandbox';
import { startFakeE2B, startFakeNorthflank } from '@smartapiforge/sandbox/testing';
import { prepareProjectRuntime } from '@smartapiforge/scaffolders';
import { createForge } from '@smartapiforge/sdk';

const PROMPT = 'A notes API: notes have a title and a body';
const SAMPLE = { title: 'Cloud adapters', body: 'written by one request, read by another' };
/** Where PostgreSQL listens on this machine; the fakes' sandboxes reach it through this folder only. */
const PG_SOCKET_DIR = process.env.PGHOST?.startsWith('/') ? process.env.PGHOST : '/var/run/postgresql';
const pairs = [
  { sandbox: 'e2b', deployer: 'fly' },
  { sandbox: 'northflank', deployer: 'vercel' },
];
const stacks = (process.env.CLOUD_EXAMPLE_STACKS ?? 'express,fastapi').split(',');

const workDir = await mkdtemp(path.join(tmpdir(), 'forge-cloud-example-'));
await chmod(workDir, 0o711);
// What each published runtime template/image holds, reproduced from the local dependency cache and
// runtime image (built once, then reused offline), plus the route to the database.
const log = (line) => console.error(line);
const node = await prepareProjectRuntime('express', { onLog: log });
const python = await prepareProjectRuntime('python-fastapi', { onLog: log });
const database = { hostPath: PG_SOCKET_DIR, sandboxPath: PG_SOCKET_DIR };
const contents = {
  'node20-express': {
    mounts: [...node.mounts.map(({ hostPath, sandboxPath }) => ({ hostPath, sandboxPath })), database],
  },
  'python-fastapi': { image: python.image, mounts: [database] },
};
// Cloud sandboxes and machines are VMs with gigabytes of memory; where this host caps memory per
// process (address space), node's test runner needs the same room the local test stage gives it.
const backing = createBubblewrapSandbox({
  rootDir: path.join(workDir, 'sandboxes'),
  limits: { memoryMb: 8192 },
});
const byImage = Object.fromEntries(
  Object.entries(contents).map(([name, value]) => [runtimeDefinition(name).image, value]),
);
const e2b = await startFakeE2B({
  backing,
  templates: Object.fromEntries(
    Object.entries(contents).map(([name, value]) => [runtimeDefinition(name).e2bTemplate, value]),
  ),
});
const northflank = await startFakeNorthflank(backing, { token: 'nf-example-token', images: byImage });
const vercel = await startFakeVercelApi({
  token: 'vercel-example-token',
  sandboxes: backing,
  runtimes: contents,
});
const fly = await startFakeFlyApi({ token: 'fly-example-token', sandboxes: backing, images: byImage });
Object.assign(process.env, {
  E2B_API_KEY: e2b.apiKey,
  E2B_API_URL: e2b.url,
  E2B_SANDBOX_URL: e2b.url,
  NORTHFLANK_API_TOKEN: 'nf-example-token',
  NORTHFLANK_PROJECT_ID: 'forge-example',
  NORTHFLANK_API_URL: northflank.url,
  VERCEL_TOKEN: 'vercel-example-token',
  VERCEL_API_URL: vercel.server.url,
  FLY_API_TOKEN: 'fly-example-token',
  FLY_API_HOSTNAME: fly.server.url,
  FLY_PLATFORM_URL: fly.server.url,
  FLY_APP_URL: fly.appUrlTemplate,
});

let failures = 0;
try {
  for (const stack of stacks) {
    for (const pair of pairs) {
      const line = await run(stack, pair).catch((error) => {
        failures++;
        return { stack, ...pair, error: `${error.name}: ${error.message}`, cause: error.cause?.message };
      });
      if (line.persisted === false || line.tests?.failed > 0 || line.tests?.passed === 0) failures++;
      console.log(JSON.stringify(line));
    }
  }
} finally {
  await Promise.all([e2b.close(), northflank.close(), vercel.close(), fly.close()]);
  await rm(workDir, { recursive: true, force: true }).catch(() => undefined);
}
process.exitCode = failures > 0 ? 1 : 0;

async function run(stack, { sandbox, deployer }) {
  const name = `forge_cloud_${stack}_${deployer}_${process.pid}`;
  psql(`DROP DATABASE IF EXISTS ${name}`);
  psql(`CREATE DATABASE ${name}`);
  process.env.DATABASE_URL = `postgresql://postgres@localhost/${name}?host=${PG_SOCKET_DIR}`;
  const forge = createForge({ sandbox, deployer, retries: 0 });
  try {
    const result = await forge.generate(PROMPT, {
      stack,
      outDir: path.join(workDir, `${stack}-${sandbox}-${deployer}`),
      maxRepairs: 0,
      onProgress: (event) => {
        if (event.type === 'stage-end')
          log(`${stack} ${sandbox}+${deployer}: ${event.stage} ${event.durationMs} ms`);
      },
    });
    const url = result.deployment.url;
    const collection = Object.keys(result.openapi.paths).find(
      (route) => !route.includes('{') && result.openapi.paths[route].post,
    );
    const created = await fetch(`${url}${collection}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...authHeader(result) },
      body: JSON.stringify(SAMPLE),
    });
    const row = await created.json();
    if (created.status !== 201)
      throw new Error(`POST ${collection} answered ${created.status}: ${JSON.stringify(row)}`);
    const read = await fetch(`${url}${collection}/${row.id}`, { headers: authHeader(result) });
    const back = read.status === 200 ? await read.json() : undefined;
    return {
      stack,
      sandbox,
      deployer,
      url,
      tests: { passed: result.test.counts.passed, failed: result.test.counts.failed },
      persisted: back?.title === SAMPLE.title && back?.body === SAMPLE.body,
    };
  } finally {
    await forge.close();
    delete process.env.DATABASE_URL;
    psql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

/** The first user's credentials, when the generated API requires auth. */
function authHeader(result) {
  const token = result.credentials?.users?.[0]?.token;
  return token ? { authorization: `Bearer ${token}` } : {};
}

function psql(sql) {
  const done = spawnSync(
    'psql',
    ['-h', PG_SOCKET_DIR, '-U', 'postgres', '-v', 'ON_ERROR_STOP=1', '-qAtc', sql],
    {
      encoding: 'utf8',
    },
  );
  if (done.status !== 0) throw new Error(`psql failed (${sql}): ${done.stderr || done.error?.message}`);
}
