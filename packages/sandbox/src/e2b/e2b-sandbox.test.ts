import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBubblewrapSandbox } from '../bubblewrap/bubblewrap-sandbox.js';
import { testSandboxProvider } from '../testing/index.js';
import type { E2BClientModule } from './e2b-client.js';
import { createE2BSandbox, type E2BSandboxSettings } from './e2b-sandbox.js';
import { startFakeE2B } from './fake-e2b-api.js';

const rootDir = mkdtempSync(join(tmpdir(), 'e2b-fake-'));
chmodSync(rootDir, 0o711);
// A stand-in for the node20-express template's installed dependency set.
const deps = mkdtempSync(join(tmpdir(), 'e2b-template-deps-'));
chmodSync(deps, 0o755);
mkdirSync(join(deps, 'left-pad'));
writeFileSync(join(deps, 'left-pad', 'index.js'), 'module.exports = (s) => " " + s;\n');
const fake = await startFakeE2B({
  backing: createBubblewrapSandbox({ rootDir }),
  templates: {
    base: {},
    'smartapiforge-node20-express': { mounts: [{ hostPath: deps, sandboxPath: 'node_modules' }] },
  },
});
afterAll(() => fake.close());

const e2b = (settings: E2BSandboxSettings = {}) =>
  createE2BSandbox({
    apiKey: fake.apiKey,
    apiUrl: fake.url,
    sandboxUrl: fake.url,
    hostUrl: (host) => fake.hostUrl(host),
    ...settings,
  });

testSandboxProvider('e2b (the real SDK against a loopback E2B API and envd)', () => e2b(), {
  runtime: {
    image: 'node20-express',
    probe: ['node', '-e', 'console.log(require("left-pad")("x"))'],
    stdout: ' x\n',
  },
});

describe.runIf(process.env.E2B_API_KEY)('e2b live', () => {
  testSandboxProvider('e2b (live)', () => createE2BSandbox(), { testTimeoutMs: 120_000 });
});

describe('e2b adapter: the requests it sends', { timeout: 20_000 }, () => {
  it('creates from the runtime template with the key, lifetime and network setting, and kills on destroy', async () => {
    const from = fake.requests.length;
    const provider = e2b({ network: false, sandboxTimeoutMs: 60_000 });
    expect(provider.capabilities).toEqual({
      network: false,
      ports: true,
      limits: 'provider',
      runtimes: ['node20-express', 'python-fastapi'],
    });
    const sandbox = await provider.create({
      image: 'node20-express',
      mounts: [
        { hostPath: '/host/cache/node_modules', sandboxPath: 'node_modules', runtime: 'node20-express' },
      ],
    });
    const result = await sandbox.exec('node', ['-e', 'console.log(require("left-pad")("x"))']);
    expect(result.stdout).toBe(' x\n');
    await sandbox.destroy();
    await sandbox.destroy();
    const sent = fake.requests.slice(from);
    expect(sent[0]).toMatchObject({
      method: 'POST',
      path: '/v2/sandboxes',
      headers: { 'x-api-key': fake.apiKey },
      body: {
        templateID: 'smartapiforge-node20-express',
        timeout: 60,
        allow_internet_access: false,
        metadata: { createdBy: 'smartapiforge' },
      },
    });
    expect(sent.find((request) => request.path === '/process.Process/Start')).toMatchObject({
      headers: { 'content-type': 'application/connect+json' },
      body: {
        process: { cmd: '/bin/bash', args: ['-l', '-c', `node -e 'console.log(require("left-pad")("x"))'`] },
      },
    });
    expect(sent.filter((request) => request.method === 'DELETE')).toEqual([
      expect.objectContaining({ path: expect.stringMatching(/^\/sandboxes\/i[0-9a-f]+$/) }),
    ]);
  });

  it('writes under /home/user and runs quoted commands there with cwd and env', async () => {
    const from = fake.requests.length;
    const sandbox = await e2b().create();
    try {
      await sandbox.writeFiles({ 'src/a.txt': 'x', 'b.bin': new Uint8Array([1, 2]) });
      const result = await sandbox.exec('sh', ['-c', 'echo "$N it\'s"'], { cwd: 'src', env: { N: '1' } });
      expect(result.stdout).toBe("1 it's\n");
      expect(await sandbox.readFile('src/a.txt')).toBe('x');
      const sent = fake.requests.slice(from);
      expect(sent.filter((request) => request.path === '/files').map((request) => request.method)).toEqual([
        'POST',
        'POST',
        'GET',
      ]);
      expect(sent.find((request) => request.path === '/process.Process/Start')?.body).toMatchObject({
        process: { cwd: '/home/user/src', envs: { N: '1' } },
      });
    } finally {
      await sandbox.destroy();
    }
  });

  it('uploads a small host folder mounted outside the template, and refuses a host root filesystem', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'e2b-mount-'));
    writeFileSync(join(folder, 'fixture.json'), '{"ok":true}');
    const sandbox = await e2b().create({ mounts: [{ hostPath: folder, sandboxPath: 'fixtures' }] });
    try {
      expect((await sandbox.exec('cat', ['fixtures/fixture.json'])).stdout).toBe('{"ok":true}');
    } finally {
      await sandbox.destroy();
    }
    await expect(
      e2b().create({ image: '/var/cache/smartapiforge/runtimes/python-fastapi-x' }),
    ).rejects.toMatchObject({
      code: 'sandbox_mount_unsupported',
      details: { provider: 'e2b' },
    });
  });

  it('fails like E2B for a template it does not have, and names the key to set on 401', async () => {
    await expect(e2b().create({ image: 'python-fastapi' })).rejects.toMatchObject({
      code: 'sandbox_unavailable',
      message: expect.stringContaining("template 'smartapiforge-python-fastapi' not found"),
    });
    await expect(e2b({ apiKey: 'wrong' }).create()).rejects.toMatchObject({
      code: 'sandbox_unavailable',
      message: expect.stringContaining('E2B_API_KEY'),
    });
  });

  it('reports an upload past the sandbox disk as an error', async () => {
    const small = await startFakeE2B({ backing: createBubblewrapSandbox({ rootDir }), diskBytes: 1_000 });
    try {
      const sandbox = await e2b({ apiUrl: small.url, sandboxUrl: small.url, apiKey: small.apiKey }).create();
      try {
        await expect(sandbox.writeFiles({ 'big.txt': 'x'.repeat(2_000) })).rejects.toThrow(/disk space/);
      } finally {
        await sandbox.destroy();
      }
    } finally {
      await small.close();
    }
  });

  it('fails with a clear error when no key is set', async () => {
    const saved = process.env.E2B_API_KEY;
    delete process.env.E2B_API_KEY;
    try {
      await expect(createE2BSandbox({ client: {} as E2BClientModule }).create()).rejects.toMatchObject({
        code: 'sandbox_unavailable',
        message: expect.stringContaining('E2B_API_KEY'),
      });
    } finally {
      if (saved !== undefined) process.env.E2B_API_KEY = saved;
    }
  });
});
