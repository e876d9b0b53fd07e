import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compileOpenApi, parseDesign, type ApiDesignInput } from '@smartapiforge/spec-engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureRuntimeImage, scaffoldFastapi, type Command, type GeneratedProject } from '../../src/index.js';
import { libraryDesign } from '../fixtures/library-design.js';

// A second shape: patterns, numbers, date-times, urls, json, a read-only field with a default, an
// optional link, and a field (`copy`) that would shadow a pydantic attribute.
const catalogDesign: ApiDesignInput = {
  name: 'catalog-api',
  title: 'Catalog API',
  resources: [
    {
      name: 'category',
      plural: 'categories',
      fields: [{ name: 'name', type: 'string', required: true, unique: true }],
    },
    {
      name: 'product',
      plural: 'products',
      fields: [
        // Not unique: generated tests can only send a pattern field's example, the same every time.
        { name: 'sku', type: 'string', required: true, pattern: '^[A-Z]{3}-\\d{4}$', example: 'ABC-1234' },
        { name: 'code', type: 'string', required: true, unique: true, maxLength: 40 },
        { name: 'price', type: 'number', required: true, minimum: 0 },
        { name: 'copy', type: 'text', maxLength: 2000 },
        { name: 'homepage', type: 'url' },
        { name: 'released_at', type: 'datetime' },
        { name: 'attributes', type: 'json' },
        { name: 'status', type: 'enum', enumValues: ['draft', 'live'], readOnly: true, default: 'draft' },
      ],
    },
  ],
  relations: [{ kind: 'belongs-to', from: 'product', to: 'category' }],
  options: { maxPageSize: 50 },
};

const missing = ['bwrap', 'debootstrap'].filter((tool) => spawnSync('which', [tool]).status !== 0);
if (missing.length > 0)
  console.warn(`skipping generated FastAPI project tests: ${missing.join(', ')} not installed`);

describe.skipIf(missing.length > 0)('generated FastAPI project', () => {
  let rootDir: string;
  const timings: Record<string, number> = {};

  beforeAll(async () => {
    const started = performance.now();
    ({ rootDir } = await ensureRuntimeImage('python-fastapi', { onLog: (line) => console.info(line) }));
    timings.runtimeImageMs = Math.round(performance.now() - started);
  }, 900_000);

  afterAll(() => console.info('FastAPI e2e timings (ms)', timings));

  describe.each([
    [
      'library-api',
      libraryDesign,
      { path: '/authors', body: { name: 'Ursula K. Le Guin', email: 'ursula@example.com' } },
    ],
    ['catalog-api', catalogDesign, { path: '/categories', body: { name: 'Books' } }],
  ])('%s', (name, input, probe) => {
    const design = parseDesign(input);
    const contract = compileOpenApi(design);
    let project: GeneratedProject;
    let dir: string;

    beforeAll(async () => {
      const started = performance.now();
      project = scaffoldFastapi(design, contract);
      timings[`${name}.scaffoldMs`] = Math.round(performance.now() - started);
      dir = await mkdtemp(path.join(tmpdir(), `forge-fastapi-${name}-`));
      for (const [file, content] of Object.entries(project.files)) {
        await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
        await writeFile(path.join(dir, file), content);
      }
    });

    afterAll(async () => {
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it('byte-compiles and passes its own pytest suite in the sandbox, offline', async () => {
      const build = await run(sandboxed(rootDir, dir, project.commands.build, { network: false }));
      expect(build.output).toBe('');
      expect(build.code).toBe(0);
      const started = performance.now();
      const test = await run(sandboxed(rootDir, dir, project.commands.test, { network: false }));
      timings[`${name}.pytestMs`] = Math.round(performance.now() - started);
      expect(test.output).toMatch(/\d+ passed/);
      expect(test.output).not.toMatch(/failed|error/i);
      expect(test.code).toBe(0);
    }, 120_000);

    it('serves the API, its contract and its docs on loopback', async () => {
      const port = await freePort();
      const started = performance.now();
      const server = spawn(
        'bwrap',
        sandboxed(rootDir, dir, project.commands.start, { network: true, port }),
        {
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let log = '';
      server.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
      server.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
      try {
        const base = `http://127.0.0.1:${port}`;
        await waitForHealth(`${base}/healthz`, server, () => log);
        timings[`${name}.firstResponseMs`] = Math.round(performance.now() - started);

        const created = await fetch(`${base}${probe.path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(probe.body),
        });
        expect(created.status).toBe(201);
        const item = (await created.json()) as { id: string };
        expect(created.headers.get('location')).toBe(`${probe.path}/${item.id}`);
        const fetched = await fetch(`${base}${created.headers.get('location')}`);
        expect(await fetched.json()).toMatchObject({ ...probe.body, id: item.id });

        const invalid = await fetch(`${base}${probe.path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{}',
        });
        expect(invalid.status).toBe(422);
        expect(invalid.headers.get('content-type')).toMatch(/^application\/problem\+json/);

        expect(await (await fetch(`${base}/openapi.json`)).json()).toEqual(contract);
        const docs = await fetch(`${base}/docs`);
        expect(docs.headers.get('content-type')).toMatch(/text\/html/);
        expect(await docs.text()).toContain(`<title>${design.title} – API docs</title>`);
        const css = await fetch(`${base}/docs/swagger-ui.css`);
        expect(css.status).toBe(200);
        expect(css.headers.get('content-type')).toMatch(/text\/css/);
        expect((await css.text()).length).toBeGreaterThan(10_000);
      } finally {
        server.kill('SIGTERM');
        await new Promise((resolve) =>
          server.exitCode === null ? server.once('exit', resolve) : resolve(null),
        );
      }
    }, 60_000);
  });
});

/**
 * bwrap arguments running `command` in `projectDir` with the runtime image as a read-only `/`. Tests
 * run without a network namespace of their own; the server shares the host's, bound to loopback.
 */
function sandboxed(
  rootDir: string,
  projectDir: string,
  command: Command,
  options: { network: boolean; port?: number },
): string[] {
  const env = ['--setenv', 'PATH', '/usr/bin:/bin', '--setenv', 'HOME', '/tmp'];
  if (options.port !== undefined)
    env.push('--setenv', 'PORT', String(options.port), '--setenv', 'HOST', '127.0.0.1');
  const namespaces = options.network
    ? ['--unshare-user', '--unshare-pid', '--unshare-ipc', '--unshare-uts']
    : ['--unshare-all'];
  return [
    '--ro-bind',
    rootDir,
    '/',
    '--dev',
    '/dev',
    '--proc',
    '/proc',
    '--tmpfs',
    '/tmp',
    '--bind',
    projectDir,
    '/workspace',
    '--chdir',
    '/workspace',
    ...namespaces,
    '--die-with-parent',
    '--clearenv',
    ...env,
    command.command,
    ...command.args,
  ];
}

function run(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bwrap', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitForHealth(url: string, server: ChildProcess, log: () => string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (server.exitCode !== null) throw new Error(`server exited (${server.exitCode}): ${log()}`);
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`server never became healthy: ${log()}`);
}
