import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureDependencyCache, ensureRuntimeImage, type GeneratedProject } from '../../src/index.js';
import { runtimeSandboxArgs } from './runtime-sandbox.mjs';

export interface ServedProject {
  readonly baseUrl: string;
  /** Stops the server and removes the project folder. */
  stop(): Promise<void>;
}

/** What this machine lacks to serve FastAPI projects (bubblewrap and the tools that build the runtime image). */
export const missingFastapiTools = ['bwrap', 'debootstrap'].filter(
  (tool) => spawnSync('which', [tool]).status !== 0,
);
// A developer's machine may skip the FastAPI suites (with a warning); CI installs the tools
// (scripts/setup.sh --test), so there a missing one is a broken setup and fails instead.
if (missingFastapiTools.length > 0 && process.env.CI)
  throw new Error(`CI lacks ${missingFastapiTools.join(', ')}: run scripts/setup.sh --test`);
/** Whether this machine can serve FastAPI projects. */
export const fastapiTools = missingFastapiTools.length === 0;

/**
 * Writes a generated project to a temporary folder, builds it and serves it on loopback: Express on
 * the host's Node with the cached node_modules and embedded PGlite, FastAPI in the Python runtime
 * image under bubblewrap with in-memory SQLite. Resolves once /healthz answers.
 */
export async function serveProject(
  project: GeneratedProject,
  env: Record<string, string>,
): Promise<ServedProject> {
  const dir = await mkdtemp(path.join(tmpdir(), `forge-served-${project.stack}-`));
  for (const [file, content] of Object.entries(project.files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), content);
  }
  const port = await freePort();
  let server: ChildProcess;
  if (project.stack === 'express') {
    const { nodeModulesDir } = await ensureDependencyCache('express');
    await symlink(nodeModulesDir, path.join(dir, 'node_modules'), 'dir');
    const build = spawnSync(project.commands.build.command, project.commands.build.args, {
      cwd: dir,
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`build failed: ${build.stdout}${build.stderr}`);
    server = spawn(project.commands.start.command, project.commands.start.args, {
      cwd: dir,
      env: {
        ...process.env,
        ...env,
        PORT: String(port),
        HOST: '127.0.0.1',
        PGLITE_SNAPSHOT: 'node_modules/.smartapiforge/pglite-base.tar',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } else {
    const { rootDir } = await ensureRuntimeImage('python-fastapi');
    server = spawn('bwrap', runtimeSandboxArgs(rootDir, dir, project.commands.start, { port, env }), {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }
  let log = '';
  server.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(`${baseUrl}/healthz`, server, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}

/**
 * Waits for a started server to answer its health check. Start-up time is measured by the benches, not
 * here: on a loaded machine a multi-worker server can take many seconds, so the wait is long.
 */
export async function waitForHealth(
  url: string,
  server: ChildProcess,
  log: () => string,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`server exited (${server.exitCode}): ${log()}`);
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`server never became healthy within ${timeoutMs} ms: ${log()}`);
}

/*
 * Servers these tests start are given a port before they bind it, so two test files asking the OS for
 * "any free port" at the same moment can both be told the same one: the first server to bind wins and
 * the other file's health check reaches the wrong project. Each vitest worker therefore takes ports
 * from its own band, below the kernel's ephemeral range (32768 and up, where bind(0) and outgoing
 * connections get theirs), and never hands out the same port twice.
 */
const portBandStart = 20_000 + (Number(process.env.VITEST_POOL_ID ?? process.pid) % 20) * 500;
const portBandSize = 500;
let nextPortOffset = 0;

/** A port nothing listens on right now and no other test worker can be given, for a server about to start. */
export async function freePort(): Promise<number> {
  for (let tries = 0; tries < portBandSize; tries += 1) {
    const port = portBandStart + (nextPortOffset % portBandSize);
    nextPortOffset += 1;
    if (await canListen(port)) return port;
  }
  throw new Error(`no free port in ${portBandStart}-${portBandStart + portBandSize - 1}`);
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
