import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBubblewrapSandbox } from '../bubblewrap/bubblewrap-sandbox.js';
import { testSandboxProvider } from '../testing/index.js';
import { startFakeNorthflank } from './fake-northflank-api.js';
import { createNorthflankSandbox } from './northflank-sandbox.js';

const rootDir = mkdtempSync(join(tmpdir(), 'northflank-fake-'));
chmodSync(rootDir, 0o711);
const fake = await startFakeNorthflank(createBubblewrapSandbox({ rootDir }));
afterAll(() => fake.close());

const northflank = (settings: Partial<Parameters<typeof createNorthflankSandbox>[0]> = {}) =>
  createNorthflankSandbox({
    token: 'nf-token',
    projectId: 'forge',
    baseUrl: fake.url,
    pollMs: 40,
    ...settings,
  });

testSandboxProvider('northflank (loopback API fake running jobs in bubblewrap)', () => northflank());

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
    });
    const sandbox = await provider.create();
    try {
      await expect(sandbox.exposePort(3000)).rejects.toMatchObject({ code: 'sandbox_unavailable' });
    } finally {
      await sandbox.destroy();
    }
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
