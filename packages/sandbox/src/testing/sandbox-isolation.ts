import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CreateSandboxOptions, Sandbox, SandboxLimits, SandboxProvider } from '../sandbox-provider.js';

export interface SandboxIsolationOptions {
  /** Host folder of a sandbox's workspace, when the provider has one (for the cross-sandbox case). */
  readonly hostWorkspace?: (sandbox: Sandbox) => string;
  /** Passed to every `create()` (a memory workspace, say); what a case asks for is merged in. */
  readonly createOptions?: CreateSandboxOptions;
}

/**
 * The escape suite every isolating (local) provider must pass. Each case attacks from inside and
 * checks the outcome on the host where it can, so a breach fails loudly instead of merely looking odd
 * from inside. Commands use `sh`, `node`, `bash`, `perl` and `getent`, which a Debian host has.
 */
export function testSandboxIsolation(
  name: string,
  factory: () => SandboxProvider,
  options: SandboxIsolationOptions = {},
): void {
  const provider = factory();
  const create = (extra: CreateSandboxOptions = {}) =>
    provider.create({ ...options.createOptions, ...extra });

  async function withSandbox(run: (sandbox: Sandbox) => Promise<void>, limits?: SandboxLimits) {
    const sandbox = await create({ limits: { ...options.createOptions?.limits, ...limits } });
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

  const writeAttempts = (paths: readonly string[]) =>
    `const fs = require('node:fs');
    const attempt = (p) => { try { fs.writeFileSync(p, 'x'); return 'written'; } catch (e) { return e.code; } };
    console.log(JSON.stringify(Object.fromEntries(${JSON.stringify(paths)}.map((p) => [p, attempt(p)]))));`;

  describe(`sandbox isolation: ${name}`, { timeout: 15_000 }, () => {
    it('curl, wget and getent reach nothing outside', async () => {
      await withSandbox(async (sandbox) => {
        const result = await sandbox.exec('sh', [
          '-c',
          `curl -sS -m 3 http://1.1.1.1 && echo CURL-OK; wget -q -T 3 -O- http://1.1.1.1 && echo WGET-OK;
           getent hosts example.com && echo GETENT-OK; true`,
        ]);
        expect(result.stdout).not.toMatch(/-OK/);
      });
    });

    it("bash's /dev/tcp cannot connect to the internet or the host loopback", async () => {
      await withHostServer(async (port) => {
        await withSandbox(async (sandbox) => {
          const result = await sandbox.exec('bash', [
            '-c',
            `(echo > /dev/tcp/1.1.1.1/53) 2>/dev/null && echo NET-OPEN; (echo > /dev/tcp/127.0.0.1/${port}) 2>/dev/null && echo HOST-OPEN; true`,
          ]);
          expect(result.stdout).toBe('');
        });
      });
    });

    it('cannot open raw or packet sockets', async () => {
      await withSandbox(async (sandbox) => {
        const result = await sandbox.exec('perl', [
          '-MSocket',
          '-e',
          `print socket(my $raw, PF_INET, SOCK_RAW, 1) ? "RAW-OPEN\\n" : "raw:$!\\n";
           print socket(my $pkt, 17, SOCK_RAW, 0) ? "PACKET-OPEN\\n" : "packet:$!\\n";`,
        ]);
        expect(result.stdout).not.toMatch(/OPEN/);
        expect(result.stdout).toMatch(/^raw:/m);
      });
    });

    it('resolves no names, over the system resolver or straight UDP to a public DNS server', async () => {
      await withSandbox(async (sandbox) => {
        const outcome = (await probe(
          sandbox,
          `const dns = require('node:dns'), dgram = require('node:dgram');
          const lookup = dns.promises.lookup('example.com').then(() => 'resolved', (e) => e.code);
          const udp = new Promise((ok) => { const s = dgram.createSocket('udp4');
            s.on('error', (e) => { s.close(); ok(e.code); }).on('message', () => { s.close(); ok('answered'); });
            s.send(Buffer.from('0001010000010000000000000765786d706c6503636f6d0000010001', 'hex'), 53, '8.8.8.8');
            setTimeout(() => { try { s.close(); } catch {} ok('timeout'); }, 1000); });
          Promise.all([lookup, udp]).then((r) => console.log(JSON.stringify(r)));`,
        )) as string[];
        expect(outcome[0]).not.toBe('resolved');
        expect(outcome[1]).not.toBe('answered');
      });
    });

    it('cannot write to the root, system folders, the host home or /workspace/..', async () => {
      await withSandbox(async (sandbox) => {
        const outcome = (await probe(
          sandbox,
          writeAttempts([
            '/evil',
            '/etc/evil',
            '/usr/evil',
            '/root/evil',
            '/home/evil',
            '/workspace/../evil',
          ]),
        )) as Record<string, string>;
        expect(Object.values(outcome)).not.toContain('written');
        expect(existsSync('/evil') || existsSync(join(homedir(), 'evil'))).toBe(false);
      });
    });

    it('cannot write through symlinks to host files', async () => {
      await withSandbox(async (sandbox) => {
        await sandbox.exec('sh', ['-c', 'ln -s /etc/passwd passwd-link; ln -s /root root-link; ln -s / top']);
        const outcome = (await probe(
          sandbox,
          writeAttempts(['passwd-link', 'root-link/evil', 'top/etc/evil']),
        )) as Record<string, string>;
        expect(Object.values(outcome)).not.toContain('written');
      });
    });

    it('keeps writeFiles paths with .. inside the workspace', async () => {
      const marker = `escape-${process.pid}-${Date.now()}.txt`;
      await withSandbox(async (sandbox) => {
        await sandbox.writeFiles({ [`../../../../../tmp/${marker}`]: 'x' }).catch(() => undefined);
        expect(existsSync(join(tmpdir(), marker))).toBe(false);
        expect(existsSync(join('/tmp', marker))).toBe(false);
      });
    });

    it('cannot modify a read-only mount (the dependency cache)', async () => {
      const cache = mkdtempSync(join(tmpdir(), 'isolation-cache-'));
      chmodSync(cache, 0o755);
      writeFileSync(join(cache, 'dep.js'), 'original');
      const sandbox = await create({ mounts: [{ hostPath: cache, sandboxPath: 'node_modules' }] });
      try {
        const outcome = (await probe(
          sandbox,
          writeAttempts(['node_modules/dep.js', 'node_modules/new.js']),
        )) as Record<string, string>;
        expect(Object.values(outcome)).not.toContain('written');
        expect(readFileSync(join(cache, 'dep.js'), 'utf8')).toBe('original');
        expect(readdirSync(cache)).toEqual(['dep.js']);
      } finally {
        await sandbox.destroy();
      }
    });

    it("leaves host files' hashes unchanged after a hostile script", async () => {
      const watched = [
        '/etc/passwd',
        '/etc/hosts',
        '/usr/bin/env',
        join(process.cwd(), 'package.json'),
      ].filter((path) => existsSync(path));
      const hash = () => watched.map((path) => createHash('sha256').update(readFileSync(path)).digest('hex'));
      const before = hash();
      await withSandbox(async (sandbox) => {
        await sandbox.exec('sh', [
          '-c',
          `for f in ${watched.map((path) => `'${path}'`).join(' ')}; do echo pwned >> "$f"; cp /dev/null "$f"; done 2>/dev/null; true`,
        ]);
      });
      expect(hash()).toEqual(before);
    });

    it('sees no host environment variable, not even through /proc/1/environ', async () => {
      const canary = 'SMARTAPIFORGE_ISOLATION_CANARY';
      process.env[canary] = 'isolation-secret';
      try {
        await withSandbox(async (sandbox) => {
          const result = await sandbox.exec('sh', [
            '-c',
            'env; cat /proc/1/environ /proc/*/environ 2>/dev/null | tr "\\0" "\\n"',
          ]);
          expect(result.stdout).not.toContain('isolation-secret');
        });
      } finally {
        delete process.env[canary];
      }
    });

    it('cannot see /root, ssh keys, the checkout or another sandbox', async () => {
      const other = await create();
      try {
        await other.writeFiles({ 'secret.txt': 'other-sandbox-secret' });
        const paths = ['/root', '/root/.ssh', join(homedir(), '.ssh'), process.cwd(), '/home'];
        if (options.hostWorkspace) paths.push(options.hostWorkspace(other));
        await withSandbox(async (sandbox) => {
          const visible = await probe(
            sandbox,
            `const fs = require('node:fs');
            console.log(JSON.stringify(${JSON.stringify(paths)}.filter((p) => fs.existsSync(p))));`,
          );
          expect(visible).toEqual([]);
        });
      } finally {
        await other.destroy();
      }
    });

    it('runs with NoNewPrivs, no capabilities, and sees only its own processes', async () => {
      await withSandbox(async (sandbox) => {
        const seen = (await probe(
          sandbox,
          `const fs = require('node:fs');
          const status = fs.readFileSync('/proc/self/status', 'utf8');
          console.log(JSON.stringify({
            pids: fs.readdirSync('/proc').filter((p) => /^\\d+$/.test(p)).length,
            noNewPrivs: /NoNewPrivs:\\s+1/.test(status),
            capEff: /CapEff:\\s+(\\w+)/.exec(status)[1],
          }));`,
        )) as { pids: number; noNewPrivs: boolean; capEff: string };
        expect(seen).toEqual({ pids: expect.any(Number), noNewPrivs: true, capEff: '0000000000000000' });
        expect(seen.pids).toBeLessThan(6);
      });
    });

    it('contains a fork bomb while the host stays responsive', async () => {
      await withSandbox(
        async (sandbox) => {
          const bomb = sandbox.exec('sh', ['-c', 'bomb() { bomb | bomb & }; bomb; sleep 5'], {
            timeoutMs: 1_500,
          });
          const tick = Date.now();
          await new Promise((resolve) => setTimeout(resolve, 100));
          expect(Date.now() - tick).toBeLessThan(1_000);
          await expect(bomb).rejects.toMatchObject({ code: 'sandbox_timeout' });
          const after = await sandbox.exec('sh', ['-c', 'ls /proc | grep -c "^[0-9]"']);
          expect(Number(after.stdout)).toBeLessThan(6);
        },
        { processes: 48 },
      );
    });

    it('turns allocating twice the memory limit into SandboxResourceLimitError', async () => {
      await withSandbox(
        async (sandbox) => {
          const run = sandbox.exec('node', ['-e', 'Buffer.alloc(2 * 1280 * 1024 * 1024, 1)']);
          await expect(run).rejects.toMatchObject({
            code: 'sandbox_resource_limit',
            details: { limit: 'memory' },
          });
        },
        { memoryMb: 1280 },
      );
    });

    it('turns CPU seconds past the limit into SandboxResourceLimitError', async () => {
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

    it('times an infinite loop out within its limit + 2 s, leaving no process behind', async () => {
      const marker = `loop-${process.pid}-${Date.now()}`;
      await withSandbox(async (sandbox) => {
        const started = Date.now();
        const run = sandbox.exec('sh', ['-c', `while :; do :; done # ${marker}`], { timeoutMs: 500 });
        await expect(run).rejects.toMatchObject({ code: 'sandbox_timeout' });
        expect(Date.now() - started).toBeLessThan(2_500);
        expect(hostProcessesMatching(marker)).toEqual([]);
      });
    });

    it('truncates 1 GB of output with a marker and SandboxResourceLimitError', async () => {
      await withSandbox(
        async (sandbox) => {
          const started = Date.now();
          const run = sandbox.exec('sh', ['-c', 'head -c 1073741824 /dev/zero | tr "\\0" x']);
          await expect(run).rejects.toMatchObject({
            code: 'sandbox_resource_limit',
            details: { limit: 'output', stdoutTail: expect.stringContaining('output truncated') },
          });
          expect(Date.now() - started).toBeLessThan(5_000);
        },
        { outputBytes: 1_000_000 },
      );
    });

    it('kills background and setsid orphans on destroy', async () => {
      const marker = `3599.${process.pid % 10_000}`;
      const sandbox = await create();
      await sandbox.spawn('sh', ['-c', `setsid sleep ${marker} & sleep ${marker} & wait`]);
      // Both sleeps (the sh that started them names the marker too).
      await expect.poll(() => hostProcessesMatching(`sleep ${marker}`).length).toBeGreaterThanOrEqual(3);
      await sandbox.destroy();
      expect(hostProcessesMatching(`sleep ${marker}`)).toEqual([]);
    });
  });
}

async function withHostServer(run: (port: number) => Promise<void>): Promise<void> {
  const server = createServer((socket) => socket.end('host-service'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await run((server.address() as { port: number }).port);
  } finally {
    server.close();
  }
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
