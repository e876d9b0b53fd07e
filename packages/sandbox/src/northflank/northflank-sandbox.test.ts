import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBubblewrapSandbox } from '../bubblewrap/bubblewrap-sandbox.js';
import { testSandboxProvider } from '../testing/index.js';
import { startFakeNorthflank } from './fake-northflank-api.js';
import { runtimeDefinition } from '../runtimes/runtime-catalog.js';
import { createNorthflankSandbox } from './northflank-sandbox.js';

const rootDir = mkdtempSync(join(tmpdir(), 'northflank-fake-'));
chmodSync(rootDir, 0o711);
// A stand-in for the node20-express image's installed dependency set.
const deps = mkdtempSync(join(tmpdir(), 'northflank-image-deps-'));
chmodSync(deps, 0o755);
mkdirSync(join(deps, 'left-pad'));
writeFileSync(join(deps, 'left-pad', 'index.js'), 'module.exports = (s) => " " + s;\n');
const fake = await startFakeNorthflank(createBubblewrapSandbox({ rootDir }), {
  images: {
    'node:20-bookworm-slim': {},
    'node:20': {},
    [runtimeDefinition('node20-express')!.image]: {
      mounts: [{ hostPath: deps, sandboxPath: 'node_modules' }],
    },
  },
});
afterAll(() => fake.close());

const northflank = (settings: Partial<Parameters<typeof createNorthflankSandbox>[0]> = {}) =>
  createNorthflankSandbox({
    token: 'nf-token',
    projectId: 'forge',
    baseUrl: fake.url,
    pollMs: 40,
    ...settings,
  });

testSandboxProvider('northflank (loopback API fake running jobs in bubblewrap)', () => northflank(), {
  runtime: {
    image: 'node20-express',
    probe: ['node', '-e', 'console.log(require("left-pad")("x"))'],
    stdout: ' x\n',
  },
});

describe.runIf(process.env.NORTHFLANK_API_TOKEN && process.env.NORTHFLANK_PROJECT_ID)(
  'northflank live',
  () => {
    testSandboxProvider(
      'northflank (live)',
      () => createNorthflankSandbox({ projectId: process.env.NORTHFLANK_PROJECT_ID! }),
      { testTimeoutMs: 300_000 },
    );
  },
);

describe('northflank adapter: the requests it sends', { timeout: 15_000 }, () => {
  it('creates a manual job, runs the command with env and files, reads logs, and deletes the job', async () => {
    const from = fake.requests.length;
    const sandbox = await northflank({ image: 'node:20', deploymentPlan: 'nf-compute-50' }).create();
    await sandbox.writeFiles({ 'src/app.txt': 'payload' });
    const result = await sandbox.exec('sh', ['-c', 'cat app.txt; echo " $MODE"; echo bad >&2; exit 4'], {
      cwd: 'src',
      env: { MODE: 'test' },
    });
    expect(result).toMatchObject({ exitCode: 4, stdout: 'payload test\n', stderr: 'bad\n' });
    await sandbox.destroy();
    const sent = fake.requests.slice(from);
    expect(sent.every((request) => request.authorization === 'Bearer nf-token')).toBe(true);
    const [create, run] = sent;
    expect(create).toMatchObject({
      method: 'POST',
      path: '/v1/projects/forge/jobs/manual',
      contentType: 'application/json',
      body: {
        billing: { deploymentPlan: 'nf-compute-50' },
        backoffLimit: 0,
        runOnSourceChange: 'never',
        deployment: { external: { imagePath: 'node:20' } },
      },
    });
    expect(run).toMatchObject({
      method: 'POST',
      path: expect.stringMatching(/^\/v1\/projects\/forge\/jobs\/job-\d+\/runs$/),
      body: {
        runtimeEnvironment: { MODE: 'test' },
        deployment: {
          docker: { configType: 'customCommand', customCommand: expect.stringMatching(/^sh -c /) },
        },
      },
    });
    expect(
      sent.some(
        (request) => request.method === 'GET' && /\/logs\?runId=run-\d+&queryType=range/.test(request.path),
      ),
    ).toBe(true);
    expect(sent.at(-1)).toMatchObject({
      method: 'DELETE',
      path: expect.stringMatching(/^\/v1\/projects\/forge\/jobs\/job-\d+$/),
    });
  });

  it('states what it cannot do', async () => {
    const provider = northflank();
    expect(provider.capabilities).toEqual({
      network: true,
      ports: false,
      limits: 'provider',
      persistentFiles: false,
      runtimes: ['node20-express', 'python-fastapi'],
    });
    const sandbox = await provider.create();
    try {
      await expect(sandbox.exposePort(3000)).rejects.toMatchObject({ code: 'sandbox_unavailable' });
    } finally {
      await sandbox.destroy();
    }
  });

  it('runs in the runtime image, which stands in for its dependency mount; refuses other mounts', async () => {
    const from = fake.requests.length;
    const sandbox = await northflank().create({
      image: 'node20-express',
      mounts: [
        { hostPath: '/host/cache/node_modules', sandboxPath: 'node_modules', runtime: 'node20-express' },
      ],
    });
    try {
      await sandbox.writeFiles({ 'big.txt': 'x'.repeat(300_000) });
      const result = await sandbox.exec('sh', ['-c', 'wc -c < big.txt']);
      expect(result.stdout.trim()).toBe('300000');
    } finally {
      await sandbox.destroy();
    }
    expect(fake.requests[from]?.body).toMatchObject({
      deployment: { external: { imagePath: 'ghcr.io/smartapiforge/runtime-node20-express:0.1.0' } },
    });
    await expect(
      northflank().create({ mounts: [{ hostPath: '/host/data', sandboxPath: 'data' }] }),
    ).rejects.toMatchObject({
      code: 'sandbox_mount_unsupported',
      details: { provider: 'northflank', hostPath: '/host/data', sandboxPath: 'data' },
    });
  });

  it('refuses a job name or image path the API would reject', async () => {
    await expect(northflank({ image: 'not a valid image!' }).create()).rejects.toMatchObject({
      code: 'sandbox_unavailable',
      details: { status: 400 },
    });
  });

  it('names the token to set on 401', async () => {
    await expect(northflank({ token: 'wrong' }).create()).rejects.toMatchObject({
      code: 'sandbox_unavailable',
      isRetryable: false,
      details: { status: 401 },
      message: expect.stringContaining('NORTHFLANK_API_TOKEN'),
    });
  });

  it('retries 429 (honouring Retry-After) and 500, then reports them as retryable', async () => {
    fake.failNext(/^POST .*\/jobs\/manual$/, 429, '0');
    fake.failNext(/^POST .*\/jobs\/manual$/, 500);
    const sandbox = await northflank().create();
    await sandbox.destroy();
    for (let i = 0; i < 3; i++) fake.failNext(/^POST .*\/jobs\/manual$/, 503);
    await expect(northflank().create()).rejects.toMatchObject({
      code: 'sandbox_unavailable',
      isRetryable: true,
      details: { status: 503 },
    });
  });
});
