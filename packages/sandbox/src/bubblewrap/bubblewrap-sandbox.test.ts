import { chmodSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testSandboxIsolation, testSandboxProvider } from '../testing/index.js';
import { createBubblewrapSandbox } from './bubblewrap-sandbox.js';
import { SandboxUnavailableError } from '../errors.js';

// Sandboxes run as nobody when tests run as root, so what they bind must be reachable by it.
const rootDir = mkdtempSync(join(tmpdir(), 'bwrap-test-'));
chmodSync(rootDir, 0o711);
// The rlimit fallback, forced; bubblewrap-cgroup.test.ts covers cgroup v2 where the host offers it.
const provider = createBubblewrapSandbox({ rootDir, limitsMechanism: 'rlimit' });

testSandboxProvider('bubblewrap (rlimit)', () => provider);
testSandboxIsolation('bubblewrap (rlimit)', () => provider, {
  hostWorkspace: (sandbox) => join(rootDir, sandbox.id),
});
testSandboxProvider('bubblewrap (memory workspace)', () => provider, {
  createOptions: { workspace: 'memory' },
});
testSandboxIsolation('bubblewrap (memory workspace)', () => provider, {
  createOptions: { workspace: 'memory' },
});

describe('bubblewrap memory workspace', () => {
  it('keeps nothing on the host and holds no more than the memory cap', async () => {
    const before = readdirSync(rootDir);
    const sandbox = await provider.create({ workspace: 'memory', limits: { memoryMb: 64 } });
    try {
      expect(readdirSync(rootDir)).toEqual(before);
      const filled = await sandbox.exec('sh', ['-c', 'head -c 70000000 /dev/zero > fill; ls -l fill']);
      expect(filled.stderr).toMatch(/No space left on device/);
      expect(filled.stdout).toContain(` ${64 * 2 ** 20} `);
    } finally {
      await sandbox.destroy();
    }
  });
});

describe('bubblewrap sandbox', () => {
  it('says in its capabilities that rlimits enforce the limits when forced to', () => {
    expect(provider.capabilities.limits).toBe('rlimit');
  });

  it('leaves no workspace behind when create is aborted while the sandbox starts', async () => {
    const before = readdirSync(rootDir);
    const controller = new AbortController();
    const creating = provider.create({ signal: controller.signal });
    controller.abort();
    await expect(creating).rejects.toMatchObject({ name: 'AbortError' });
    expect(readdirSync(rootDir)).toEqual(before);
  });

  it('reports a missing bwrap with the install command', async () => {
    const missing = createBubblewrapSandbox({ bwrapPath: '/nonexistent/bwrap', rootDir });
    await expect(missing.create()).rejects.toMatchObject({
      code: 'sandbox_unavailable',
      message: expect.stringContaining('apt-get install bubblewrap'),
    });
  });
});

describe('bubblewrap runtime images', () => {
  it('refuses an image it does not know, naming the ones it does', async () => {
    const provider = createBubblewrapSandbox({ images: { 'python-fastapi': '/nonexistent/rootfs' } });
    await expect(provider.create({ image: 'ruby' })).rejects.toThrow(
      /No runtime image named "ruby".*python-fastapi/,
    );
    await expect(provider.create({ image: 'python-fastapi' })).rejects.toBeInstanceOf(
      SandboxUnavailableError,
    );
  });
});
