import { chmodSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testSandboxIsolation, testSandboxProvider } from '../testing/index.js';
import { createBubblewrapSandbox } from './bubblewrap-sandbox.js';
import { findCgroupGroup } from './cgroup/find-cgroup-group.js';

// Sandboxes run as nobody when tests run as root, so what they bind must be reachable by it.
const rootDir = mkdtempSync(join(tmpdir(), 'bwrap-cgroup-test-'));
chmodSync(rootDir, 0o711);
const group = findCgroupGroup();
const unusableReason = group.usable ? '' : group.reason;
const provider = createBubblewrapSandbox({ rootDir, limitsMechanism: 'cgroup2' });

describe('bubblewrap limits mechanism', () => {
  it('picks cgroup v2 by default exactly where a usable hierarchy is found', () => {
    const auto = createBubblewrapSandbox({ rootDir });
    expect(auto.capabilities.limits).toBe(group.usable ? 'cgroup2' : 'rlimit');
  });

  it.skipIf(group.usable)(
    'refuses to create when cgroup v2 is demanded but unusable, saying why',
    async () => {
      await expect(provider.create()).rejects.toMatchObject({
        code: 'sandbox_unavailable',
        message: expect.stringContaining(unusableReason),
      });
    },
  );
});

describe.skipIf(!group.usable)('bubblewrap on cgroup v2', () => {
  testSandboxProvider('bubblewrap (cgroup2)', () => provider);
  testSandboxIsolation('bubblewrap (cgroup2)', () => provider, {
    hostWorkspace: (sandbox) => join(rootDir, sandbox.id),
  });

  const cgroupOf = (id: string) => join(group.usable ? group.dir : '', `${process.pid}.${id}`);

  it('runs the whole sandbox in a cgroup of its own, with its limits, and removes it on destroy', async () => {
    const sandbox = await provider.create({ limits: { memoryMb: 512, processes: 64 } });
    const dir = cgroupOf(sandbox.id);
    try {
      expect(readFileSync(join(dir, 'memory.max'), 'utf8').trim()).toBe(String(512 * 1024 * 1024));
      expect(readFileSync(join(dir, 'pids.max'), 'utf8').trim()).toBe('64');
      // bwrap, its namespace child, the agent, and now a command: all born in or moved into it.
      const procs = () => readFileSync(join(dir, 'cgroup.procs'), 'utf8').trim().split('\n');
      const before = procs().length;
      expect(before).toBeGreaterThanOrEqual(3);
      await sandbox.spawn('sleep', ['60']);
      await expect.poll(() => procs().length).toBe(before + 1);
    } finally {
      await sandbox.destroy();
    }
    expect(existsSync(dir)).toBe(false);
  });

  it('reports an out-of-memory kill as the memory limit even when nothing is printed', async () => {
    const sandbox = await provider.create({ limits: { memoryMb: 256 } });
    try {
      // Silent: stderr carries no allocation message, so only memory.events can tell.
      const run = sandbox.exec('sh', ['-c', 'node -e "Buffer.alloc(512 * 1024 * 1024, 1)" 2>/dev/null']);
      await expect(run).rejects.toMatchObject({
        code: 'sandbox_resource_limit',
        details: { limit: 'memory' },
      });
      expect((await sandbox.exec('echo', ['still here'])).stdout).toBe('still here\n');
    } finally {
      await sandbox.destroy();
    }
  });
});
