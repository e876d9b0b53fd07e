import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBubblewrapSandbox } from '@smartapiforge/sandbox';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { testDeployer, writeFixtureProject } from '../testing/index.js';
import { startFakeVercelApi } from './fake-vercel-api.js';
import { createVercelDeployer, type VercelDeployerSettings } from './vercel-deployer.js';

// Sandboxes run as nobody when tests run as root, so their workspace root must be traversable.
const rootDir = mkdtempSync(join(tmpdir(), 'vercel-fake-'));
chmodSync(rootDir, 0o711);
const fake = await startFakeVercelApi({
  token: 'test-token',
  sandboxes: createBubblewrapSandbox({ rootDir }),
});
afterAll(() => fake.close());

const vercel = (overrides: VercelDeployerSettings = {}) =>
  createVercelDeployer({
    token: 'test-token',
    baseUrl: fake.server.url,
    pollIntervalMs: 20,
    urlForHost: (host) => `http://${host}`,
    ...overrides,
  });
const fixture = async (options?: Parameters<typeof writeFixtureProject>[1]) =>
  writeFixtureProject(await mkdtemp(join(tmpdir(), 'vercel-fixture-')), options);

testDeployer('vercel (loopback fake)', () => vercel());

describe('vercel deployer', { timeout: 30_000 }, () => {
  it('uploads only the files Vercel lacks, by SHA1, then creates the deployment from the file list', async () => {
    const project = await fixture({ name: 'upload-api', build: false });
    const before = fake.server.requests.length;
    // Pretend package.json is already stored by an earlier deploy; nothing stored is uploaded again.
    const packageJson = Buffer.from(JSON.stringify({ name: 'upload-api', type: 'module', private: true }));
    const packageSha = createHash('sha1').update(packageJson).digest('hex');
    fake.blobs.set(packageSha, packageJson);

    const deployment = await vercel({ teamId: 'team_123', projectName: 'my-project' }).deploy(project, {
      env: { GREETING: 'hi' },
    });
    const requests = fake.server.requests.slice(before);
    const creates = requests.filter((request) => request.path === '/v13/deployments');
    const uploads = requests.filter((request) => request.path === '/v2/files');

    expect(creates).toHaveLength(2);
    const uploadedShas = uploads.map((request) => request.headers['x-vercel-digest']);
    expect(uploadedShas).not.toContain(packageSha);
    expect(uploadedShas.length).toBeGreaterThan(0);
    expect(new Set(uploadedShas).size).toBe(uploadedShas.length);
    const [upload] = uploads;
    expect(upload!.headers).toMatchObject({
      authorization: 'Bearer test-token',
      'content-type': 'application/octet-stream',
      'x-vercel-digest': createHash('sha1').update(upload!.body).digest('hex'),
      'content-length': String(upload!.body.byteLength),
    });
    for (const request of requests) expect(request.query.get('teamId')).toBe('team_123');
    const body = JSON.parse(creates[1]!.body.toString());
    expect(body).toEqual({
      name: 'my-project',
      project: 'my-project',
      target: 'production',
      files: ['api/index.mjs', 'app.mjs', 'package.json', 'server.mjs', 'vercel.json'].map((file) => ({
        file,
        sha: expect.stringMatching(/^[0-9a-f]{40}$/),
        size: expect.any(Number),
      })),
      projectSettings: { framework: null, buildCommand: null },
    });
    expect(body.files[2]).toEqual({ file: 'package.json', sha: packageSha, size: packageJson.byteLength });
    // The project is found or created, and the app's env vars are set on it before the deployment.
    expect(requests.slice(0, 3).map((request) => `${request.method} ${request.path}`)).toEqual([
      'GET /v9/projects/my-project',
      'POST /v11/projects',
      'POST /v10/projects/my-project/env',
    ]);
    expect(requests[2]!.query.get('upsert')).toBe('true');
    expect(JSON.parse(requests[2]!.body.toString())).toEqual([
      { key: 'GREETING', value: 'hi', type: 'encrypted', target: ['production'] },
    ]);
    expect(deployment.id).toMatch(/^dpl_/);
    expect(deployment.url).toBe(`http://${fake.deployments.get(deployment.id)!.url}`);
    await vercel().destroy(deployment.id);
    expect(fake.server.calls('DELETE', /^\/v13\/deployments\/dpl_/).at(-1)?.path).toBe(
      `/v13/deployments/${deployment.id}`,
    );
  });

  it('passes the build command through a shell and fails an ERROR build with its log tail', async () => {
    const project = await fixture({ name: 'broken-api' });
    const broken = { ...project, build: { command: 'sh', args: ['-c', "echo 'error TS2304' >&2; exit 2"] } };
    const error = await vercel()
      .deploy(broken)
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      code: 'deploy_failed',
      message: expect.stringContaining('ERROR'),
      details: {
        readyState: 'ERROR',
        errorCode: 'build_failed',
        logTail: expect.stringContaining('error TS2304'),
      },
    });
    const body = JSON.parse(
      fake.server
        .calls('POST', /^\/v13\/deployments$/)
        .at(-1)!
        .body.toString(),
    );
    expect(body.projectSettings.buildCommand).toBe(`sh -c 'echo '\\''error TS2304'\\'' >&2; exit 2'`);
    // The failed deployment is removed: the caller never got its id.
    expect(fake.deployments.size).toBe(0);
  });

  it('maps 401/403 to deploy_auth and 402 to deploy_quota, with the platform message', async () => {
    const project = await fixture({ build: false });
    fake.server.failNext('POST', /^\/v13\/deployments$/, {
      status: 403,
      body: { error: { code: 'forbidden', message: 'Not authorized', invalidToken: true } },
    });
    await expect(vercel().deploy(project)).rejects.toMatchObject({
      code: 'deploy_auth',
      message: expect.stringMatching(/Not authorized.*VERCEL_TOKEN/),
      details: { status: 403, platformCode: 'forbidden' },
    });
    fake.server.failNext('POST', /^\/v13\/deployments$/, {
      status: 402,
      body: { error: { code: 'payment_required', message: 'You have reached your deployment limit' } },
    });
    await expect(vercel().deploy(project)).rejects.toMatchObject({
      code: 'deploy_quota',
      isRetryable: false,
      details: { status: 402, platformCode: 'payment_required' },
    });
  });

  it('waits out a 429 for as long as Retry-After says, then goes on', async () => {
    fake.server.failNext('GET', /^\/v13\/deployments\/dpl_unknown$/, {
      status: 429,
      headers: { 'retry-after': '1' },
      body: { error: { code: 'rate_limited', message: 'Rate limit exceeded' } },
    });
    const started = Date.now();
    expect(await vercel().status('dpl_unknown')).toBe('stopped');
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(fake.server.calls('GET', /^\/v13\/deployments\/dpl_unknown$/)).toHaveLength(2);
  });

  it('gives up on a lasting 429 with a retryable deploy_rate_limited', async () => {
    fake.server.failNext(
      'GET',
      /^\/v13\/deployments\/dpl_limited$/,
      { status: 429, headers: { 'retry-after': '0' }, body: { error: { code: 'rate_limited' } } },
      10,
    );
    await expect(vercel().status('dpl_limited')).rejects.toMatchObject({
      code: 'deploy_rate_limited',
      isRetryable: true,
      details: { retryAfterMs: 0 },
    });
    expect(fake.server.calls('GET', /^\/v13\/deployments\/dpl_limited$/)).toHaveLength(4);
  });

  it('times out a build that never finishes, and removes the deployment', async () => {
    const project = {
      ...(await fixture()),
      build: { command: 'sh', args: ['-c', 'echo compiling; sleep 5'] },
    };
    const started = Date.now();
    await expect(vercel({ timeoutMs: 1_500 }).deploy(project)).rejects.toMatchObject({
      code: 'deploy_timeout',
      isRetryable: true,
      details: { logTail: expect.stringContaining('compiling') },
    });
    expect(Date.now() - started).toBeLessThan(4_000);
    expect(fake.deployments.size).toBe(0);
  });

  it('times out a READY deployment whose OpenAPI document does not answer', async () => {
    const project = await fixture({ build: false });
    await expect(
      vercel({ timeoutMs: 6_000 }).deploy(project, { env: { BROKEN_OPENAPI: '1' } }),
    ).rejects.toMatchObject({
      code: 'deploy_timeout',
      details: { logTail: expect.stringContaining('serving fixture-api') },
    });
  });

  it('serves every request from a fresh function instance: memory does not outlive a request', async () => {
    const project = await fixture({ name: 'counter-api', build: false });
    await writeFile(
      join(project.dir, 'api', 'index.mjs'),
      `let count = 0;\nexport default (req, res) => res.end(JSON.stringify({ count: ++count, db: process.env.DATABASE_URL ?? null }));\n`,
    );
    const deployer = vercel({ projectName: 'counter-api' });
    const deployment = await deployer
      .deploy({ ...project, stateful: false }, { env: { DATABASE_URL: 'postgres://db/x' } })
      .catch((error: unknown) => error as { details?: unknown });
    // /healthz answers 200 from this entry, and so does /openapi.json.
    const live = deployment as { url: string; id: string };
    try {
      const tooLarge = await fetch(`${live.url}/anything`, { method: 'POST', body: 'x'.repeat(4_600_000) });
      expect(tooLarge.status).toBe(413);
      expect(tooLarge.headers.get('x-vercel-error')).toBe('FUNCTION_PAYLOAD_TOO_LARGE');
      const first = await (await fetch(`${live.url}/anything`)).json();
      const second = await (await fetch(`${live.url}/anything`)).json();
      expect(first).toEqual({ count: 1, db: 'postgres://db/x' });
      expect(second).toEqual({ count: 1, db: 'postgres://db/x' });
    } finally {
      await deployer.destroy(live.id);
    }
  });

  it('needs DATABASE_URL for a stateful API unless an ephemeral demo is asked for', async () => {
    const project = { ...(await fixture({ name: 'stateful-api', build: false })), stateful: true };
    vi.stubEnv('DATABASE_URL', '');
    try {
      await expect(vercel().deploy(project)).rejects.toMatchObject({
        code: 'deploy_config',
        message: expect.stringContaining('DATABASE_URL'),
      });
      const demo = await vercel().deploy(project, { ephemeral: true });
      expect(demo.ephemeral).toBe(true);
      await vercel().destroy(demo.id);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('asks for VERCEL_TOKEN when there is none', async () => {
    vi.stubEnv('VERCEL_TOKEN', '');
    vi.stubEnv('DATABASE_URL', '');
    try {
      await expect(vercel({ token: undefined }).deploy(await fixture())).rejects.toMatchObject({
        code: 'deploy_auth',
        message: expect.stringContaining('set VERCEL_TOKEN'),
      });
      // Without a token and without a database, the token is what to fix first.
      const stateful = { ...(await fixture({ name: 'no-token-api', build: false })), stateful: true };
      await expect(vercel({ token: undefined }).deploy(stateful)).rejects.toMatchObject({
        code: 'deploy_auth',
      });
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
