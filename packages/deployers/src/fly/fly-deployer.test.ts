import { chmodSync, mkdtempSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBubblewrapSandbox } from '@smartapiforge/sandbox';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { testDeployer, writeFixtureProject } from '../testing/index.js';
import { startFakeFlyApi } from './fake-fly-api.js';
import { createFlyDeployer, type FlyDeployerSettings } from './fly-deployer.js';

// Sandboxes run as nobody when tests run as root, so their workspace root must be traversable.
const rootDir = mkdtempSync(join(tmpdir(), 'fly-fake-'));
chmodSync(rootDir, 0o711);
const fake = await startFakeFlyApi({ token: 'test-token', sandboxes: createBubblewrapSandbox({ rootDir }) });
afterAll(() => fake.close());

const fly = (overrides: FlyDeployerSettings = {}) =>
  createFlyDeployer({
    token: 'test-token',
    baseUrl: `${fake.server.url}/v1`,
    platformUrl: fake.server.url,
    appUrl: fake.appUrl,
    pollIntervalMs: 20,
    ...overrides,
  });
const fixture = async (options?: Parameters<typeof writeFixtureProject>[1]) =>
  writeFixtureProject(await mkdtemp(join(tmpdir(), 'fly-fixture-')), options);

testDeployer('fly (runtime image + machine files, loopback fake)', () => fly());
testDeployer('fly (prebuilt image, loopback fake)', () =>
  fly({ image: (project, { app }) => fake.pushImage(project, app) }),
);

describe('fly deployer', { timeout: 10_000 }, () => {
  it('creates the app with public IPs, then a machine with the runtime image, files, command, env, services and check', async () => {
    const before = fake.server.requests.length;
    const deployment = await fly({ org: 'acme', region: 'ams' }).deploy(
      await fixture({ name: 'orders-api' }),
      {
        env: { GREETING: 'hi' },
      },
    );
    const [app, machine] = deployment.id.split(':') as [string, string];
    expect(app).toMatch(/^orders-api-[0-9a-f]{8}$/);
    const requests = fake.server.requests.slice(before);
    for (const request of requests) expect(request.headers.authorization).toBe('Bearer test-token');
    expect(requests.slice(0, 5).map((request) => `${request.method} ${request.path}`)).toEqual([
      `GET /v1/apps/${app}`,
      'POST /v1/apps',
      'POST /graphql',
      'POST /graphql',
      `POST /v1/apps/${app}/machines`,
    ]);
    expect(JSON.parse(requests[1]!.body.toString())).toEqual({ app_name: app, org_slug: 'acme' });
    expect(requests.slice(2, 4).map((request) => JSON.parse(request.body.toString()).variables)).toEqual([
      { input: { appId: app, type: 'shared_v4' } },
      { input: { appId: app, type: 'v6' } },
    ]);
    expect(JSON.parse(requests[4]!.body.toString())).toEqual({
      region: 'ams',
      config: {
        image: 'ghcr.io/smartapiforge/runtime-node20-express:0.1.0',
        files: ['api/index.mjs', 'app.mjs', 'package.json', 'server.mjs', 'vercel.json'].map((file) => ({
          guest_path: `/workspace/${file}`,
          raw_value: expect.any(String),
        })),
        init: {
          cmd: [
            'sh',
            '-c',
            "cd /workspace && sh -c 'echo building; echo built > build-stamp.txt' && exec node server.mjs",
          ],
        },
        env: { GREETING: 'hi', PORT: '3000' },
        services: [
          {
            protocol: 'tcp',
            internal_port: 3000,
            ports: [
              { port: 443, handlers: ['tls', 'http'] },
              { port: 80, handlers: ['http'], force_https: true },
            ],
          },
        ],
        checks: {
          healthz: {
            type: 'http',
            port: 3000,
            method: 'GET',
            path: '/healthz',
            interval: '15s',
            timeout: '5s',
            grace_period: '10s',
          },
        },
      },
    });
    const wait = requests.find((request) => request.path.endsWith('/wait'));
    expect(wait?.path).toBe(`/v1/apps/${app}/machines/${machine}/wait`);
    expect(wait?.query.get('state')).toBe('started');
    expect(deployment.url).toBe(fake.appUrl(app));

    await fly().destroy(deployment.id);
    const deletes = fake.server.requests.filter((request) => request.method === 'DELETE').slice(-2);
    expect(deletes.map((request) => request.path)).toEqual([
      `/v1/apps/${app}/machines/${machine}`,
      `/v1/apps/${app}`,
    ]);
    expect(deletes[0]!.query.get('force')).toBe('true');
    expect(fake.apps.has(app)).toBe(false);
  });

  it('reuses a configured app and keeps it on destroy', async () => {
    const shared = fly({ app: 'shared-app' });
    const first = await shared.deploy(await fixture({ build: false }));
    await shared.destroy(first.id);
    const second = await shared.deploy(await fixture({ build: false }));
    await shared.destroy(second.id);
    expect(
      fake.server.calls('POST', /^\/v1\/apps$/).filter((r) => r.body.includes('shared-app')),
    ).toHaveLength(1);
    expect(fake.apps.get('shared-app')?.machines.size).toBe(2);
  });

  it('sends FlyV1 macaroon tokens as they are', async () => {
    const before = fake.server.requests.length;
    await expect(fly({ token: 'FlyV1 fm2_abc' }).status('some-app:123')).rejects.toMatchObject({
      code: 'deploy_auth',
      message: expect.stringContaining('FLY_API_TOKEN'),
      details: { status: 401, message: 'unauthorized' },
    });
    expect(fake.server.requests[before]!.headers.authorization).toBe('FlyV1 fm2_abc');
  });

  it('maps 402 to deploy_quota and retries a 429 after its Retry-After', async () => {
    fake.server.failNext('POST', /^\/v1\/apps$/, { status: 402, body: { error: 'payment required' } });
    await expect(fly().deploy(await fixture({ build: false }))).rejects.toMatchObject({
      code: 'deploy_quota',
      details: { status: 402, message: 'payment required' },
    });
    fake.server.failNext('GET', /^\/v1\/apps\/limited-app\/machines\/m1$/, {
      status: 429,
      headers: { 'retry-after': '0' },
      body: { error: 'rate limited' },
    });
    expect(await fly().status('limited-app:m1')).toBe('stopped');
    expect(fake.server.calls('GET', /^\/v1\/apps\/limited-app\/machines\/m1$/)).toHaveLength(2);
  });

  it('fails a machine that stops at boot with its log tail, and cleans up the app', async () => {
    const project = {
      ...(await fixture({ build: false })),
      start: { command: 'sh', args: ['-c', 'echo "Error: Cannot find module express" >&2; exit 1'] },
    };
    const appsBefore = fake.apps.size;
    await expect(fly().deploy(project)).rejects.toMatchObject({
      code: 'deploy_failed',
      details: { logTail: expect.stringContaining('Cannot find module express') },
    });
    expect(fake.apps.size).toBe(appsBefore);
  });

  it('fails at once when the machine is already stopped by the time the deploy waits for it', async () => {
    const project = {
      ...(await fixture({ build: false })),
      start: { command: 'sh', args: ['-c', 'echo "boot failed" >&2; exit 1'] },
    };
    // The create answer arrives after the machine has crashed, so `wait?state=started` can never be met.
    fake.server.delayNext('POST', /^\/v1\/apps\/[^/]+\/machines$/, 1_500);
    await expect(fly().deploy(project)).rejects.toMatchObject({
      code: 'deploy_failed',
      details: { logTail: expect.stringContaining('boot failed') },
    });
  });

  it('times out an app whose OpenAPI document never answers', async () => {
    const project = await fixture({ build: false });
    await expect(
      fly({ timeoutMs: 2_000 }).deploy(project, { env: { BROKEN_OPENAPI: '1' } }),
    ).rejects.toMatchObject({
      code: 'deploy_timeout',
      details: { logTail: expect.stringContaining('listening on 3000') },
    });
  });

  it('needs DATABASE_URL for a stateful API unless an ephemeral demo is asked for', async () => {
    const project = { ...(await fixture({ build: false })), stateful: true };
    vi.stubEnv('DATABASE_URL', '');
    try {
      await expect(fly().deploy(project)).rejects.toMatchObject({
        code: 'deploy_config',
        message: expect.stringContaining('DATABASE_URL'),
      });
      const demo = await fly().deploy(project, { ephemeral: true });
      expect(demo.ephemeral).toBe(true);
      await fly().destroy(demo.id);
      const before = fake.server.requests.length;
      const real = await fly({ databaseUrl: 'postgres://u:p@db.example/app' }).deploy(project);
      expect(real.ephemeral).toBeUndefined();
      const create = fake.server.requests.slice(before).find((r) => r.path.endsWith('/machines'));
      expect(JSON.parse(create!.body.toString()).config.env.DATABASE_URL).toBe(
        'postgres://u:p@db.example/app',
      );
      await fly().destroy(real.id);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('refuses an image its registry lacks, and asks for FLY_API_TOKEN when there is none', async () => {
    const project = await fixture();
    await expect(
      fly({ images: { 'node20-express': 'ghcr.io/nobody/missing:1' } }).deploy(project),
    ).rejects.toMatchObject({
      code: 'deploy_api',
      details: { status: 400, message: expect.stringContaining('failed to resolve image') },
    });
    vi.stubEnv('FLY_API_TOKEN', '');
    vi.stubEnv('DATABASE_URL', '');
    try {
      await expect(fly({ token: undefined }).deploy(project)).rejects.toMatchObject({
        code: 'deploy_auth',
        message: expect.stringContaining('set FLY_API_TOKEN'),
      });
      // Without a token and without a database, the token is what to fix first.
      await expect(fly({ token: undefined }).deploy({ ...project, stateful: true })).rejects.toMatchObject({
        code: 'deploy_auth',
      });
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
