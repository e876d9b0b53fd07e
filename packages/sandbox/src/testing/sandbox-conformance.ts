import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CreateSandboxOptions, Sandbox, SandboxProvider } from '../sandbox-provider.js';

export interface SandboxConformanceOptions {
  /** Passed to every `create()` (an image name, mounts); limits given by a case are merged in. */
  readonly createOptions?: CreateSandboxOptions;
  /** Per-case timeout; raise it for cloud providers. Default 15 s. */
  readonly testTimeoutMs?: number;
  /**
   * A runtime the provider can create (`image`) and a command whose stdout proves it is that runtime
   * (its interpreter, its installed dependencies). Without it the `image` case checks refusal only.
   */
  readonly runtime?: { readonly image: string; readonly probe: readonly string[]; readonly stdout: string };
}

/** A tiny HTTP server that the spawn/exposePort cases start inside the sandbox (needs `node`). */
const SERVER_SOURCE = `
import { createServer } from 'node:http';
createServer((req, res) => res.end('pong ' + req.url)).listen(Number(process.env.PORT), '127.0.0.1',
  () => console.log('listening'));
`;

/**
 * The behaviour every SandboxProvider must show, run against a factory (unjs/unstorage `testDriver`
 * style). Cases that need a capability the provider does not claim are skipped. Commands inside use
 * `sh` and `node`, which every runtime image we ship has.
 */
export function testSandboxProvider(
  name: string,
  factory: () => SandboxProvider,
  options: SandboxConformanceOptions = {},
): void {
  const provider = factory();
  const timeout = options.testTimeoutMs ?? 15_000;

  async function withSandbox<T>(
    run: (sandbox: Sandbox) => Promise<T>,
    create: CreateSandboxOptions = {},
  ): Promise<T> {
    const base = options.createOptions ?? {};
    const sandbox = await provider.create({
      ...base,
      ...create,
      limits: { ...base.limits, ...create.limits },
    });
    try {
      return await run(sandbox);
    } finally {
      await sandbox.destroy();
    }
  }

  const node = (sandbox: Sandbox, script: string, env?: Record<string, string>) =>
    sandbox.exec('node', ['-e', script], { env, timeoutMs: 10_000 });

  describe(`SandboxProvider conformance: ${name}`, { timeout }, () => {
    it('declares v1 and its capabilities', () => {
      expect(provider.specificationVersion).toBe('v1');
      expect(typeof provider.capabilities.network).toBe('boolean');
      expect(typeof provider.capabilities.ports).toBe('boolean');
      expect(provider.capabilities.limits).not.toBe('');
    });

    it('writes files that commands see and reads them back', async () => {
      await withSandbox(async (sandbox) => {
        await sandbox.writeFiles({ 'a.txt': 'hello', 'nested/dir/b.bin': new Uint8Array([104, 105]) });
        expect(await sandbox.readFile('a.txt')).toBe('hello');
        const cat = await sandbox.exec('cat', ['nested/dir/b.bin']);
        expect(cat.stdout).toBe('hi');
        await expect(sandbox.readFile('missing.txt')).rejects.toThrow();
      });
    });

    it.skipIf(provider.capabilities.persistentFiles === false)(
      'keeps files that commands wrote for later execs and readFile',
      async () => {
        await withSandbox(async (sandbox) => {
          await sandbox.exec('sh', ['-c', 'echo made-inside > out.txt']);
          expect(await sandbox.readFile('out.txt')).toBe('made-inside\n');
          expect((await sandbox.exec('cat', ['out.txt'])).stdout).toBe('made-inside\n');
        });
      },
    );

    it('returns a non-zero exit code as a result, with both streams', async () => {
      await withSandbox(async (sandbox) => {
        const result = await sandbox.exec('sh', ['-c', 'echo out; echo err >&2; exit 3']);
        expect(result).toMatchObject({ exitCode: 3, stdout: 'out\n', stderr: 'err\n' });
        expect(result.durationMs).toBeGreaterThan(0);
      });
    });

    it('streams output while the command still runs', async () => {
      await withSandbox(async (sandbox) => {
        const chunks: { text: string; at: number }[] = [];
        const errors: string[] = [];
        const result = await sandbox.exec('sh', ['-c', 'echo first; echo oops >&2; sleep 0.4; echo second'], {
          onStdout: (text) => chunks.push({ text, at: Date.now() }),
          onStderr: (text) => errors.push(text),
        });
        const finishedAt = Date.now();
        expect(chunks.map((chunk) => chunk.text).join('')).toBe('first\nsecond\n');
        expect(chunks[0]!.at).toBeLessThan(finishedAt - 300);
        expect(errors.join('')).toBe('oops\n');
        expect(result.stdout).toBe('first\nsecond\n');
      });
    });

    it('runs in the given working directory with the given environment', async () => {
      await withSandbox(async (sandbox) => {
        await sandbox.writeFiles({ 'sub/keep.txt': '' });
        const result = await sandbox.exec('sh', ['-c', 'pwd; echo "$GREETING"'], {
          cwd: 'sub',
          env: { GREETING: 'hola' },
        });
        expect(result.stdout).toMatch(/\/sub\nhola\n$/);
      });
    });

    it('does not leak the host environment', async () => {
      const canary = 'SMARTAPIFORGE_CONFORMANCE_CANARY';
      process.env[canary] = 'host-secret-value';
      try {
        await withSandbox(async (sandbox) => {
          const result = await sandbox.exec('env', []);
          expect(result.exitCode).toBe(0);
          expect(result.stdout).toContain('PATH=');
          expect(result.stdout).not.toContain(canary);
          expect(result.stdout).not.toContain('host-secret-value');
        });
      } finally {
        delete process.env[canary];
      }
    });

    it('kills a command at its timeout, with everything it started', async () => {
      await withSandbox(async (sandbox) => {
        const started = Date.now();
        const run = sandbox.exec('sh', ['-c', 'sleep 29 & sleep 30'], { timeoutMs: 300 });
        await expect(run).rejects.toMatchObject({ code: 'sandbox_timeout' });
        expect(Date.now() - started).toBeLessThan(2_300);
        const left = await sandbox.exec('sh', ['-c', 'cat /proc/[0-9]*/cmdline | tr "\\0" " "']);
        expect(left.stdout).not.toMatch(/sleep 29|sleep 30/);
      });
    });

    it('stops a command when its AbortSignal fires', async () => {
      await withSandbox(async (sandbox) => {
        await expect(sandbox.exec('true', [], { signal: AbortSignal.abort() })).rejects.toMatchObject({
          name: 'AbortError',
        });
        const started = Date.now();
        const run = sandbox.exec('sleep', ['30'], { signal: AbortSignal.timeout(200) });
        await expect(run).rejects.toMatchObject({ name: 'TimeoutError' });
        expect(Date.now() - started).toBeLessThan(2_000);
      });
    });

    it('stops a command that writes more than the output limit', async () => {
      await withSandbox(
        async (sandbox) => {
          const run = node(sandbox, 'for (;;) process.stdout.write("x".repeat(65536))');
          await expect(run).rejects.toMatchObject({
            code: 'sandbox_resource_limit',
            details: { limit: 'output' },
          });
        },
        { limits: { outputBytes: 100_000 } },
      );
    });

    it.skipIf(provider.capabilities.network)('reaches no network, not even the host loopback', async () => {
      const hostServer = createServer((socket) => socket.end('host-service'));
      await new Promise<void>((resolve) => hostServer.listen(0, '127.0.0.1', resolve));
      const hostPort = (hostServer.address() as { port: number }).port;
      try {
        await withSandbox(async (sandbox) => {
          const probe = await node(
            sandbox,
            `const net = require('node:net'), dns = require('node:dns');
            const tcp = (host, port) => new Promise((ok) => {
              const s = net.connect({ host, port, timeout: 2000 }, () => ok('open')).on('error', (e) => ok(e.code));
              s.on('timeout', () => { s.destroy(); ok('timeout'); });
            });
            Promise.all([tcp('1.1.1.1', 53), tcp('127.0.0.1', ${hostPort}),
              dns.promises.lookup('example.com').then(() => 'resolved', (e) => e.code)])
              .then((r) => console.log(JSON.stringify(r)));`,
          );
          const [internet, hostLoopback, lookup] = JSON.parse(probe.stdout) as string[];
          expect(internet).not.toBe('open');
          expect(hostLoopback).not.toBe('open');
          expect(lookup).not.toBe('resolved');
        });
      } finally {
        hostServer.close();
      }
    });

    it.skipIf(!provider.capabilities.ports)(
      'serves a spawned server to later execs and, through exposePort, to the host',
      async () => {
        await withSandbox(async (sandbox) => {
          await sandbox.writeFiles({ 'server.mjs': SERVER_SOURCE });
          const logs: string[] = [];
          const server = await sandbox.spawn('node', ['server.mjs'], {
            env: { PORT: '3000' },
            onStdout: (chunk) => logs.push(chunk),
          });
          await expect.poll(() => logs.join(''), { timeout: 5_000 }).toContain('listening');
          const inside = await node(
            sandbox,
            `fetch('http://127.0.0.1:3000/inside').then((r) => r.text()).then(console.log)`,
          );
          expect(inside.stdout).toBe('pong /inside\n');
          const url = await sandbox.exposePort(3000);
          // Local providers serve on the host loopback; cloud ones on their edge (https://<host>).
          expect(url).toMatch(/^https?:\/\/[^/]+$/);
          expect(await (await fetch(`${url}/outside`)).text()).toBe('pong /outside');
          await server.kill();
          expect(await server.exited).toBeNull();
        });
      },
    );

    it('image: runs in the runtime it names, and refuses one it does not have', async () => {
      if (options.runtime) {
        const { image, probe, stdout } = options.runtime;
        await withSandbox(
          async (sandbox) => {
            const result = await sandbox.exec(probe[0]!, probe.slice(1), { timeoutMs: 10_000 });
            expect(result).toMatchObject({ exitCode: 0, stdout });
          },
          { image },
        );
      }
      // Cloud providers may only learn at the first command that an image cannot be pulled.
      const attempt = provider
        .create({ ...options.createOptions, image: 'smartapiforge-no-such-image-0000' })
        .then(async (sandbox) => {
          try {
            return await sandbox.exec('true', []);
          } finally {
            await sandbox.destroy();
          }
        });
      await expect(attempt).rejects.toMatchObject({ code: expect.stringMatching(/^sandbox_/) });
    });

    it('mounts: a host folder is readable at its path, or refused naming the provider and mount', async () => {
      const folder = mkdtempSync(join(tmpdir(), 'conformance-mount-'));
      chmodSync(folder, 0o755);
      writeFileSync(join(folder, 'fixture.txt'), 'from the host');
      chmodSync(join(folder, 'fixture.txt'), 0o644);
      const mounts = [{ hostPath: folder, sandboxPath: 'mounted' }];
      const created = provider.create({ ...options.createOptions, mounts });
      const outcome = await created.then(
        (sandbox) => ({ sandbox }),
        (error: unknown) => ({ error }),
      );
      if ('error' in outcome) {
        expect(outcome.error).toMatchObject({
          code: 'sandbox_mount_unsupported',
          details: { provider: provider.provider, hostPath: folder, sandboxPath: 'mounted' },
        });
        return;
      }
      try {
        const cat = await outcome.sandbox.exec('cat', ['mounted/fixture.txt']);
        expect(cat).toMatchObject({ exitCode: 0, stdout: 'from the host' });
      } finally {
        await outcome.sandbox.destroy();
      }
    });

    it('kills every process on destroy, and destroy is idempotent', async () => {
      const sandbox = await provider.create(options.createOptions);
      await sandbox.writeFiles({ 'server.mjs': SERVER_SOURCE });
      const server = await sandbox.spawn('node', ['server.mjs'], { env: { PORT: '3001' } });
      const orphan = await sandbox.spawn('sh', ['-c', 'setsid sleep 60 & wait']);
      let url: string | undefined;
      if (provider.capabilities.ports) {
        url = await sandbox.exposePort(3001);
        await expect
          .poll(
            () =>
              fetch(url!).then(
                (r) => r.status,
                () => 0,
              ),
            { timeout: 5_000 },
          )
          .toBe(200);
      }
      await sandbox.destroy();
      await sandbox.destroy();
      await expect(server.exited).resolves.not.toBe(0);
      await expect(orphan.exited).resolves.not.toBe(0);
      if (url) await expect(fetch(url)).rejects.toThrow();
      await expect(sandbox.exec('true', [])).rejects.toThrow();
    });
  });
}
