import { chmodSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testSandboxProvider } from '../testing/index.js';
import type { Sandbox, SandboxLimits } from '../sandbox-provider.js';
import { createBubblewrapSandbox } from './bubblewrap-sandbox.js';

// Sandboxes run as nobody when tests run as root, so what they bind must be reachable by it.
const rootDir = mkdtempSync(join(tmpdir(), 'bwrap-test-'));
chmodSync(rootDir, 0o711);
const provider = createBubblewrapSandbox({ rootDir });

testSandboxProvider('bubblewrap', () => provider);

async function withSandbox(run: (sandbox: Sandbox) => Promise<void>, limits?: SandboxLimits): Promise<void> {
  const sandbox = await provider.create({ limits });
  try {
    await run(sandbox);
  } finally {
    await sandbox.destroy();
  }
}

/** Runs a node script inside and returns what it printed as JSON. */
async function probe(sandbox: Sandbox, script: string): Promise<unknown> {
  const result = await sandbox.exec('node', ['-e', script], { timeoutMs: 10_000 });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout);
}

/** Host processes whose command line contains the marker. */
function hostProcessesMatching(marker: string): string[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((pid) => {
      try {
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
        return cmdline.includes(marker) ? [cmdline] : [];
      } catch {
        return [];
      }
    });
}

describe('bubblewrap sandbox: escape checks', { timeout: 15_000 }, () => {
  it('cannot write outside /workspace and /tmp, nor through symlinks or the read-only mounts', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'bwrap-cache-'));
    chmodSync(cache, 0o755);
    writeFileSync(join(cache, 'dep.js'), 'original');
    const sandbox = await provider.create({ mounts: [{ hostPath: cache, sandboxPath: 'node_modules' }] });
    try {
      await sandbox.exec('ln', ['-s', '/etc/passwd', 'passwd-link']);
      const outcome = await probe(
        sandbox,
        `const fs = require('node:fs');
        const attempt = (p) => { try { fs.writeFileSync(p, 'x'); return 'written'; } catch (e) { return e.code; } };
        console.log(JSON.stringify(Object.fromEntries(['/evil', '/etc/evil', '/usr/evil', '/workspace/../evil',
          '/opt/smartapiforge/sandbox-agent.mjs', 'passwd-link', 'node_modules/dep.js', '/workspace/ok', '/tmp/ok']
          .map((p) => [p, attempt(p)]))));`,
      );
      expect(outcome).toEqual({
        '/evil': 'EROFS',
        '/etc/evil': 'EROFS',
        '/usr/evil': 'EROFS',
        '/workspace/../evil': 'EROFS',
        '/opt/smartapiforge/sandbox-agent.mjs': 'EROFS',
        'passwd-link': 'EROFS',
        'node_modules/dep.js': 'EROFS',
        '/workspace/ok': 'written',
        '/tmp/ok': 'written',
      });
      expect(readFileSync(join(cache, 'dep.js'), 'utf8')).toBe('original');
    } finally {
      await sandbox.destroy();
    }
  });

  it('cannot see /root, the checkout or another sandbox workspace', async () => {
    const other = await provider.create();
    try {
      await other.writeFiles({ 'secret.txt': 'other-sandbox-secret' });
      const otherWorkspace = join(rootDir, other.id);
      expect(readFileSync(join(otherWorkspace, 'secret.txt'), 'utf8')).toBe('other-sandbox-secret');
      await withSandbox(async (sandbox) => {
        const visible = await probe(
          sandbox,
          `const fs = require('node:fs');
          console.log(JSON.stringify([${JSON.stringify(otherWorkspace)}, '/root', ${JSON.stringify(process.cwd())}, '/home']
            .filter((p) => fs.existsSync(p))));`,
        );
        expect(visible).toEqual([]);
      });
    } finally {
      await other.destroy();
    }
  });

  it('sees only its own processes, without privileges', async () => {
    await withSandbox(async (sandbox) => {
      const seen = (await probe(
        sandbox,
        `const fs = require('node:fs');
        const status = fs.readFileSync('/proc/self/status', 'utf8');
        console.log(JSON.stringify({
          cmdlines: fs.readdirSync('/proc').filter((p) => /^\\d+$/.test(p))
            .map((p) => { try { return fs.readFileSync('/proc/' + p + '/cmdline', 'utf8'); } catch { return ''; } }),
          noNewPrivs: /NoNewPrivs:\\s+1/.test(status),
          capEff: /CapEff:\\s+(\\w+)/.exec(status)[1],
        }));`,
      )) as { cmdlines: string[]; noNewPrivs: boolean; capEff: string };
      expect(seen.cmdlines.length).toBeLessThan(6);
      expect(seen.cmdlines.join(' ')).not.toMatch(/vitest/);
      expect(seen.noNewPrivs).toBe(true);
      expect(seen.capEff).toBe('0000000000000000');
    });
  });

  it("cannot reach the host's PostgreSQL on 127.0.0.1:5432", async () => {
    await withSandbox(async (sandbox) => {
      const outcome = await probe(
        sandbox,
        `require('node:net').connect(5432, '127.0.0.1').on('connect', () => console.log('"open"'))
          .on('error', (e) => console.log(JSON.stringify(e.code)));`,
      );
      expect(outcome).toBe('ECONNREFUSED');
    });
  });

  it('turns an allocation past the memory limit into SandboxResourceLimitError', async () => {
    await withSandbox(
      async (sandbox) => {
        const run = sandbox.exec('node', ['-e', 'const a = []; for (;;) a.push(Buffer.alloc(64 << 20, 1))']);
        await expect(run).rejects.toMatchObject({
          code: 'sandbox_resource_limit',
          details: { limit: 'memory' },
        });
      },
      { memoryMb: 1280 },
    );
  });

  it('turns a CPU-bound loop past its CPU seconds into SandboxResourceLimitError', async () => {
    await withSandbox(
      async (sandbox) => {
        const run = sandbox.exec('node', ['-e', 'for (;;);'], { timeoutMs: 10_000 });
        await expect(run).rejects.toMatchObject({
          code: 'sandbox_resource_limit',
          details: { limit: 'cpu' },
        });
      },
      { cpuSeconds: 1 },
    );
  });

  it('contains a fork bomb within the process limit and stays usable', async () => {
    await withSandbox(
      async (sandbox) => {
        const bomb = sandbox.exec('sh', ['-c', 'bomb() { bomb | bomb & }; bomb; sleep 5'], {
          timeoutMs: 1_500,
        });
        await expect(bomb).rejects.toMatchObject({ code: 'sandbox_timeout' });
        const after = await sandbox.exec('sh', ['-c', 'ls /proc | grep -c "^[0-9]"']);
        expect(Number(after.stdout)).toBeLessThan(6);
      },
      { processes: 48 },
    );
  });

  it('leaves no process behind on the host after destroy, even a setsid orphan', async () => {
    const marker = '3599.4242';
    const sandbox = await provider.create();
    await sandbox.spawn('sh', ['-c', `setsid sleep ${marker} & wait`]);
    expect(hostProcessesMatching(`sleep ${marker}`)).not.toEqual([]);
    await sandbox.destroy();
    expect(hostProcessesMatching(`sleep ${marker}`)).toEqual([]);
  });

  it('reports a missing bwrap with the install command', async () => {
    const missing = createBubblewrapSandbox({ bwrapPath: '/nonexistent/bwrap', rootDir });
    await expect(missing.create()).rejects.toMatchObject({
      code: 'sandbox_unavailable',
      message: expect.stringContaining('apt-get install bubblewrap'),
    });
  });
});
