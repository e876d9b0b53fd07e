import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBubblewrapSandbox } from '../bubblewrap/bubblewrap-sandbox.js';
import { testSandboxProvider } from '../testing/index.js';
import type { E2BClientModule } from './e2b-client.js';
import { createE2BSandbox } from './e2b-sandbox.js';
import { createFakeE2BClient, FakeE2BError } from './fake-e2b-client.js';

const rootDir = mkdtempSync(join(tmpdir(), 'e2b-fake-'));
chmodSync(rootDir, 0o711);
const backing = createBubblewrapSandbox({ rootDir });

testSandboxProvider('e2b (recording SDK fake executing in bubblewrap)', () =>
  createE2BSandbox({ apiKey: 'e2b_test', client: createFakeE2BClient(backing).client }),
);

describe.runIf(process.env.E2B_API_KEY)('e2b live', () => {
  testSandboxProvider('e2b (live)', () => createE2BSandbox(), { testTimeoutMs: 120_000 });
});

describe('e2b adapter: the SDK calls it makes', { timeout: 15_000 }, () => {
  it('creates from the template with the key, lifetime and network setting, and kills on destroy', async () => {
    const fake = createFakeE2BClient(backing);
    const provider = createE2BSandbox({
      apiKey: 'e2b_key',
      template: 'node20',
      network: false,
      sandboxTimeoutMs: 60_000,
      client: fake.client,
    });
    expect(provider.capabilities).toEqual({ network: false, ports: true, limits: 'provider' });
    const sandbox = await provider.create({ image: 'python-fastapi' });
    await sandbox.destroy();
    await sandbox.destroy();
    expect(fake.calls).toEqual([
      {
        method: 'Sandbox.create',
        args: [
          'python-fastapi',
          {
            apiKey: 'e2b_key',
            timeoutMs: 60_000,
            allowInternetAccess: false,
            metadata: { createdBy: 'smartapiforge' },
          },
        ],
      },
      { method: 'kill', args: [] },
    ]);
  });

  it('writes under /home/user and runs quoted commands there with cwd, env and the timeout', async () => {
    const fake = createFakeE2BClient(backing);
    const sandbox = await createE2BSandbox({ apiKey: 'k', client: fake.client }).create();
    try {
      await sandbox.writeFiles({ 'src/a.txt': 'x', 'b.bin': new Uint8Array([1, 2]) });
      const result = await sandbox.exec('sh', ['-c', 'echo "$N it\'s"'], {
        cwd: 'src',
        env: { N: '1' },
        timeoutMs: 5_000,
      });
      expect(result.stdout).toBe("1 it's\n");
      expect(await sandbox.readFile('src/a.txt')).toBe('x');
      expect(fake.calls.slice(1)).toEqual([
        { method: 'files.write', args: ['/home/user/src/a.txt', 'x'] },
        { method: 'files.write', args: ['/home/user/b.bin', '<2 bytes>'] },
        {
          method: 'commands.run',
          args: [
            `sh -c 'echo "$N it'\\''s"'`,
            {
              background: true,
              cwd: '/home/user/src',
              envs: { N: '1' },
              onStdout: 'function',
              onStderr: 'function',
              timeoutMs: 5_000,
            },
          ],
        },
        { method: 'files.read', args: ['/home/user/src/a.txt'] },
      ]);
    } finally {
      await sandbox.destroy();
    }
  });

  it('maps getHost to an https URL on E2B and plain http on a loopback host', async () => {
    const remote = {
      sandboxId: 'sbx1',
      getHost: (port: number) => `${port}-sbx1.e2b.app`,
      kill: async () => true,
    };
    const client = { Sandbox: { create: async () => remote } } as unknown as E2BClientModule;
    const sandbox = await createE2BSandbox({ apiKey: 'k', client }).create();
    expect(sandbox.id).toBe('e2b-sbx1');
    expect(await sandbox.exposePort(3000)).toBe('https://3000-sbx1.e2b.app');
  });

  it('says which variable to set when the key is missing or refused', async () => {
    const saved = process.env.E2B_API_KEY;
    delete process.env.E2B_API_KEY;
    try {
      const fake = createFakeE2BClient(backing, { validApiKey: 'right' });
      await expect(createE2BSandbox({ client: fake.client }).create()).rejects.toMatchObject({
        code: 'sandbox_unavailable',
        message: expect.stringContaining('E2B_API_KEY'),
      });
      await expect(createE2BSandbox({ apiKey: 'wrong', client: fake.client }).create()).rejects.toMatchObject(
        {
          code: 'sandbox_unavailable',
          message: expect.stringContaining('E2B_API_KEY'),
        },
      );
      expect(fake.calls).toHaveLength(1);
    } finally {
      if (saved !== undefined) process.env.E2B_API_KEY = saved;
    }
  });

  it("maps the SDK's timeouts to SandboxTimeoutError and kills the command", async () => {
    let killed = false;
    const handle = {
      pid: 7,
      wait: () => Promise.reject(new FakeE2BError('TimeoutError', 'context deadline exceeded')),
      kill: async () => (killed = true),
    };
    const remote = { sandboxId: 's', commands: { run: async () => handle }, kill: async () => true };
    const client = { Sandbox: { create: async () => remote } } as unknown as E2BClientModule;
    const sandbox = await createE2BSandbox({ apiKey: 'k', client }).create();
    await expect(sandbox.exec('sleep', ['9'], { timeoutMs: 50 })).rejects.toMatchObject({
      code: 'sandbox_timeout',
    });
    expect(killed).toBe(true);
    const slowCreate = {
      Sandbox: { create: () => Promise.reject(new FakeE2BError('TimeoutError', 'boot took too long')) },
    };
    await expect(createE2BSandbox({ apiKey: 'k', client: slowCreate }).create()).rejects.toMatchObject({
      code: 'sandbox_timeout',
    });
  });

  it('the real SDK satisfies the client type the adapter is written against', async () => {
    const sdk: E2BClientModule = await import('e2b');
    expect(typeof sdk.Sandbox.create).toBe('function');
  });
});
