// The in-sandbox half of the bubblewrap provider. It runs as the sandbox's first process, with the
// host's node, and speaks NDJSON over its own stdin/stdout: the host multiplexes every exec, spawn,
// file operation and forwarded TCP connection onto numbered channels (`c`).
//
// Why stdio rather than a unix socket in a shared folder: a socket path the sandbox can write to can
// be swapped for a symlink, and the host (often root) would then connect wherever it points. A pipe
// the host created cannot be redirected by anything inside.
//
// Every request has `c` and `op`; every reply has `c` and `t`. The host never sends two requests on
// one channel except the follow-ups of exec (`kill`) and connect (`data`, `end`).
//
// A CommonJS script rather than an ES module: node then boots without its ES module loader, about
// 3 ms less on every sandbox's cold start. Built-ins come from process.getBuiltinModule (Node ≥ 20.16).
'use strict';
const { spawn } = process.getBuiltinModule('node:child_process');
const { mkdir, readFile, writeFile } = process.getBuiltinModule('node:fs/promises');
const { connect } = process.getBuiltinModule('node:net');
const { dirname, resolve } = process.getBuiltinModule('node:path');
const { createInterface } = process.getBuiltinModule('node:readline');

const WORKSPACE = '/workspace';
/** Live children and sockets by channel, so kill/data/end requests can find them. */
const children = new Map();
const sockets = new Map();

function send(message) {
  process.stdout.write(`${JSON.stringify(message)}\n`);
}

function fail(c, error) {
  send({ c, t: 'error', message: error instanceof Error ? error.message : String(error) });
}

function inWorkspace(path) {
  return resolve(WORKSPACE, path ?? '.');
}

/**
 * The first child process node starts pays about 3 ms of one-time set-up (the SIGCHLD handler, pipe and
 * stream code run for the first time). A sandbox left idle after boot (one waiting in a pool) pays it
 * with a throwaway `true`, so its first exec does not; one used at once pays it in that exec, as before.
 */
const warmUp = setTimeout(() => {
  spawn('true', [], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
    .on('error', () => {})
    .stdout.resume();
}, 20);

/** Runs a command in its own process group (detached) so a kill reaches everything it started. */
function runCommand({ c, command, args, cwd, env, limits }) {
  clearTimeout(warmUp);
  // prlimit applies the limits to this command only (and what it forks), not to the agent.
  const argv = limits.length > 0 ? ['prlimit', [...limits, '--', command, ...args]] : [command, args];
  const child = spawn(argv[0], argv[1], {
    cwd: inWorkspace(cwd),
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.set(c, child);
  child.stdout.setEncoding('utf8').on('data', (s) => send({ c, t: 'stdout', s }));
  child.stderr.setEncoding('utf8').on('data', (s) => send({ c, t: 'stderr', s }));
  child.on('spawn', () => send({ c, t: 'spawned', pid: child.pid }));
  child.on('error', (error) => {
    children.delete(c);
    fail(c, error);
  });
  // 'close' (not 'exit') so the last output chunks are sent before the exit status.
  child.on('close', (code, signal) => {
    children.delete(c);
    send({ c, t: 'exit', code, signal });
  });
}

function killGroup(c) {
  const child = children.get(c);
  if (child?.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

async function writeFiles({ c, path, data }) {
  const target = inWorkspace(path);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, Buffer.from(data, 'base64'));
  send({ c, t: 'ok' });
}

async function readWorkspaceFile({ c, path }) {
  const data = await readFile(inWorkspace(path));
  send({ c, t: 'ok', data: data.toString('base64') });
}

/** Pipes a forwarded host connection to a server listening on the sandbox's own loopback. */
function openConnection({ c, port }) {
  const socket = connect(port, '127.0.0.1');
  sockets.set(c, socket);
  socket.on('connect', () => send({ c, t: 'open' }));
  socket.on('data', (chunk) => send({ c, t: 'data', d: chunk.toString('base64') }));
  socket.on('error', (error) => fail(c, error));
  socket.on('close', () => {
    sockets.delete(c);
    send({ c, t: 'end' });
  });
}

const handlers = {
  exec: runCommand,
  kill: ({ c }) => killGroup(c),
  write: writeFiles,
  read: readWorkspaceFile,
  connect: openConnection,
  data: ({ c, d }) => sockets.get(c)?.write(Buffer.from(d, 'base64')),
  end: ({ c }) => sockets.get(c)?.end(),
};

createInterface({ input: process.stdin }).on('line', (line) => {
  const request = JSON.parse(line);
  Promise.resolve()
    .then(() => handlers[request.op](request))
    .catch((error) => fail(request.c, error));
});
// The host closing our stdin means the sandbox is going away; leave nothing behind.
process.stdin.on('end', () => process.exit(0));
send({ t: 'ready' });
