import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureDependencyCache,
  scaffoldExpress,
  type Command,
  type GeneratedProject,
} from '../../src/index.js';
import { libraryDesign } from '../fixtures/library-design.js';
import libraryOpenApi from '../fixtures/library-openapi.json' with { type: 'json' };

// Builds the generated project with the real toolchain, runs its own test suite, then serves it.
describe('generated Express project', () => {
  let dir: string;
  let project: GeneratedProject;
  const timings: Record<string, number> = {};

  beforeAll(async () => {
    let started = performance.now();
    project = scaffoldExpress(libraryDesign, libraryOpenApi);
    timings.scaffoldMs = performance.now() - started;
    started = performance.now();
    const { nodeModulesDir } = await ensureDependencyCache('express');
    timings.cacheMs = performance.now() - started;
    dir = await mkdtemp(path.join(tmpdir(), 'forge-express-'));
    for (const [file, content] of Object.entries(project.files)) {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await writeFile(path.join(dir, file), content);
    }
    await symlink(nodeModulesDir, path.join(dir, 'node_modules'), 'dir');
  }, 180_000);

  afterAll(async () => {
    console.info('timings (ms)', timings);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('builds and passes its own tests', async () => {
    let started = performance.now();
    const build = await run(project.commands.build, dir);
    timings.buildMs = performance.now() - started;
    expect(build.output).toBe('');
    expect(build.code).toBe(0);
    started = performance.now();
    const test = await run(project.commands.test, dir);
    timings.testMs = performance.now() - started;
    expect(test.output).toMatch(/# pass [1-9]\d*\n# fail 0/);
    expect(test.code).toBe(0);
  }, 120_000);

  it('serves the API and its docs', async () => {
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const server = spawn(project.commands.start.command, project.commands.start.args, {
      cwd: dir,
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      await waitForOutput(server, /listening on/);
      const base = `http://127.0.0.1:${port}`;
      const created = await fetch(`${base}/authors`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Ursula K. Le Guin', email: 'ursula@example.com' }),
      });
      expect(created.status).toBe(201);
      const author = (await created.json()) as { id: string };
      const fetched = await fetch(`${base}${created.headers.get('location')}`);
      expect(await fetched.json()).toMatchObject({ id: author.id, name: 'Ursula K. Le Guin', bio: null });

      const docs = await fetch(`${base}/docs`);
      expect(docs.headers.get('content-type')).toMatch(/text\/html/);
      expect(await docs.text()).toContain('<title>Library API – API docs</title>');
      const css = await fetch(`${base}/docs/swagger-ui.css`);
      expect(css.status).toBe(200);
      expect(css.headers.get('content-type')).toMatch(/text\/css/);
      expect((await css.text()).length).toBeGreaterThan(10_000);
    } finally {
      const exited = server.exitCode === null ? once(server, 'exit') : Promise.resolve([server.exitCode]);
      server.kill('SIGTERM');
      const [code] = await exited;
      expect(code).toBe(0); // graceful shutdown
    }
  }, 30_000);
});

function run(command: Command, cwd: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command.command, command.args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

function waitForOutput(child: ChildProcess, pattern: RegExp): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (pattern.test(seen)) resolve();
    });
    child.on('exit', (code) => reject(new Error(`server exited early (${code}): ${seen}`)));
  });
}
