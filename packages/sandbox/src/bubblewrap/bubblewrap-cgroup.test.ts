import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
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
    const commandsInside = () =>
      readFileSync(join(dir, 'cgroup.procs'), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((pid) => hostCommandLine(pid));
    try {
      expect(readFileSync(join(dir, 'memory.max'), 'utf8').trim()).toBe(String(512 * 1024 * 1024));
      expect(readFileSync(join(dir, 'pids.max'), 'utf8').trim()).toBe('64');
      // The agent was born inside, and so is whatever it starts.
      expect(commandsInside().some((command) => command.includes('sandbox-agent.cjs'))).toBe(true);
      await sandbox.spawn('sleep', ['61']);
      await expect.poll(() => commandsInside().some((command) => command === 'sleep 61')).toBe(true);
    } finally {
      await sandbox.destroy();
    }
    expect(existsSync(dir)).toBe(false);
  });

  it('removes the cgroup when create is aborted while the sandbox moves into it', async () => {
    const cgroups = () =>
      readdirSync(group.usable ? group.dir : '').filter((name) => name.startsWith(`${process.pid}.`));
    const before = cgroups();
    const controller = new AbortController();
    const creating = provider.create({ signal: controller.signal });
    // Aborted once bwrap has reported its namespace child, while the move into the cgroup is under way.
    setTimeout(() => controller.abort(), 5);
    await expect(creating).rejects.toMatchObject({ name: 'AbortError' });
    expect(cgroups()).toEqual(before);
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

/** A host process's command line, arguments joined by spaces ('' once it is gone). */
function hostCommandLine(pid: string): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
  } catch {
    return '';
  }
}
