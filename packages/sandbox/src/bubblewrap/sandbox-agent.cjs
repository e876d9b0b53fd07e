// The in-sandbox half of the bubblewrap provider. It runs as the sandbox's first process, with the
// host's node, and speaks framed messages over its own stdin/stdout (a JSON header and raw bytes; see
// agent-frames.ts, whose framing the few lines below repeat, as this file runs alone): the host
// multiplexes every exec, spawn, file operation and forwarded TCP connection onto numbered channels (`c`).
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
const { mkdirSync, writeFileSync } = process.getBuiltinModule('node:fs');
const { readFile } = process.getBuiltinModule('node:fs/promises');
const { connect } = process.getBuiltinModule('node:net');
const { dirname, resolve } = process.getBuiltinModule('node:path');

const WORKSPACE = '/workspace';
/** Live children and sockets by channel, so kill/data/end requests can find them. */
const children = new Map();
const sockets = new Map();

/** One frame: `u32 header length | u32 body length | JSON header | body`, lengths big-endian. */
function send(message, body) {
  const header = Buffer.from(JSON.stringify(message));
  const prefix = Buffer.allocUnsafe(8);
  prefix.writeUInt32BE(header.length, 0);
  prefix.writeUInt32BE(body ? body.length : 0, 4);
  process.stdout.cork();
  process.stdout.write(prefix);
  process.stdout.write(header);
  if (body && body.length > 0) process.stdout.write(body);
  process.stdout.uncork();
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

/**
 * A batch of files in one frame: `paths[i]` gets the next `sizes[i]` bytes of the body. Each folder is
 * made once and the files are written synchronously: a frame, a reply and an async mkdir and write per
 * file cost this agent 0.6 ms of CPU each (measured: 43 ms for a project's 70 files, 10 ms as one
 * batch). The host keeps batches to a few megabytes (write-batches.ts), so the loop is held briefly.
 */
function writeFiles({ c, paths, sizes }, body) {
  const valid =
    Array.isArray(paths) &&
    Array.isArray(sizes) &&
    paths.length === sizes.length &&
    paths.every((path) => typeof path === 'string') &&
    sizes.every((size) => Number.isInteger(size) && size >= 0) &&
    sizes.reduce((sum, size) => sum + size, 0) === body.length;
  if (!valid) throw new Error('a write request whose paths, sizes and body do not agree');
  const targets = paths.map(inWorkspace);
  for (const folder of new Set(targets.map((target) => dirname(target))))
    mkdirSync(folder, { recursive: true });
  let offset = 0;
  targets.forEach((target, index) => {
    writeFileSync(target, body.subarray(offset, (offset += sizes[index])));
  });
  send({ c, t: 'ok' });
}

async function readWorkspaceFile({ c, path }) {
  send({ c, t: 'ok' }, await readFile(inWorkspace(path)));
}

/** Pipes a forwarded host connection to a server listening on the sandbox's own loopback. */
function openConnection({ c, port }) {
  const socket = connect(port, '127.0.0.1');
  sockets.set(c, socket);
  socket.on('connect', () => send({ c, t: 'open' }));
  socket.on('data', (chunk) => send({ c, t: 'data' }, chunk));
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
  data: ({ c }, body) => sockets.get(c)?.write(body),
  end: ({ c }) => sockets.get(c)?.end(),
};

function onRequest(request, body) {
  Promise.resolve()
    .then(() => handlers[request.op](request, body))
    .catch((error) => fail(request.c, error));
}

// Frames from the host, split as they arrive; a frame spanning several reads is joined once, whole.
let pending = [];
let buffered = 0;
function take(size) {
  if (pending[0].length < size) pending = [Buffer.concat(pending, buffered)];
  const taken = pending[0].subarray(0, size);
  if (pending[0].length === size) pending.shift();
  else pending[0] = pending[0].subarray(size);
  buffered -= size;
  return taken;
}
process.stdin.on('data', (chunk) => {
  pending.push(chunk);
  buffered += chunk.length;
  while (buffered >= 8) {
    if (pending[0].length < 8) pending = [Buffer.concat(pending, buffered)];
    const headerBytes = pending[0].readUInt32BE(0);
    const bodyBytes = pending[0].readUInt32BE(4);
    if (buffered < 8 + headerBytes + bodyBytes) return;
    take(8);
    const request = JSON.parse(take(headerBytes).toString('utf8'));
    onRequest(request, bodyBytes > 0 ? take(bodyBytes) : Buffer.alloc(0));
  }
});
// The host closing our stdin means the sandbox is going away; leave nothing behind.
process.stdin.on('end', () => process.exit(0));
send({ t: 'ready' });
