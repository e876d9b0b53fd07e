import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { build } from 'tsup';
import { createStore, type Job, type Store, type StoredEvent } from '../../src/store/store.js';
import { freshPostgres, type TestDatabase } from '../databases.js';
import { jwtSecret, tokenFor } from '../harness.js';
import { cheapInput } from '../jobs.js';
import { redisUrl, testQueuePrefix } from '../redis.js';

const root = path.resolve(import.meta.dirname, '../..');
// Inside the package, so the bundle's bare imports resolve from its node_modules; one folder per test
// process, so parallel runs never start each other's half-written bundle. Removed when it exits.
const outDir = path.join(root, `node_modules/.cache/reference-server/multi-instance-${process.pid}`);
process.once('exit', () => rmSync(outDir, { recursive: true, force: true }));

let bundled: Promise<string> | undefined;

/** instance.ts bundled from the current sources (dependencies stay external), once per process. */
export function instanceScript(): Promise<string> {
  return (bundled ??= build({
    entry: { instance: path.join(root, 'test/multi-instance/instance.ts') },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    outDir,
    silent: true,
    config: false,
    dts: false,
    splitting: false,
    sourcemap: false,
  }).then(() => path.join(outDir, 'instance.js')));
}

export type QueueKind = 'embedded' | 'bullmq';

/** One server process of a cluster. */
export interface Instance {
  readonly pid: number;
  readonly url: string;
  readonly child: ChildProcess;
  /** Resolves when the process has exited, with its signal or code. */
  readonly exited: Promise<string>;
}

export interface ClusterOptions {
  readonly queue: QueueKind;
  /** Extra environment for every instance (LEASE_MS, MAX_ATTEMPTS, BUILD_DELAY_MS, …). */
  readonly env?: Record<string, string>;
}

/**
 * Server instances as child processes on one fresh PostgreSQL database (and one Redis prefix for
 * BullMQ), with the store the assertions read through.
 */
export async function startCluster(options: ClusterOptions) {
  const database: TestDatabase = await freshPostgres();
  const keys = testQueuePrefix();
  const store: Store = createStore(database.db);
  const instances = new Set<Instance>();
  const script = await instanceScript();

  async function start(): Promise<Instance> {
    const child = spawn(process.execPath, [script], {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: database.url!,
        JWT_SECRET: jwtSecret,
        QUEUE: options.queue,
        REDIS_URL: redisUrl,
        BULLMQ_PREFIX: keys.prefix,
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<string>((resolve) =>
      child.once('exit', (code, signal) => resolve(signal ?? `exit ${code}`)),
    );
    const errors: string[] = [];
    child.stderr!.on('data', (chunk: Buffer) => errors.push(chunk.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      const lines = createInterface({ input: child.stdout! });
      lines.on('line', (line) => {
        if (line.startsWith('READY ')) resolve(line.slice('READY '.length));
      });
      void exited.then((how) =>
        reject(new Error(`instance exited (${how}) before listening:\n${errors.join('')}`)),
      );
    });
    const instance: Instance = { pid: child.pid!, url, child, exited };
    instances.add(instance);
    void exited.then(() => instances.delete(instance));
    return instance;
  }

  return {
    store,
    database,
    start,
    /** The instances alive now. */
    live: () => [...instances],
    /** A URL of a live instance other than `not` (any live one if none other). */
    urlOtherThan(not?: Instance): string {
      const others = [...instances].filter((instance) => instance !== not);
      const pick = others[0] ?? [...instances][0];
      if (!pick) throw new Error('No live instance.');
      return pick.url;
    },
    /** The live instance whose process holds the job's lease, if any. */
    async holderOf(job: Pick<Job, 'id'>): Promise<Instance | undefined> {
      const pid = await leaseHolderPid(database, job.id);
      return [...instances].find((instance) => instance.pid === pid);
    },
    async kill(instance: Instance, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
      instance.child.kill(signal);
      await instance.exited;
    },
    async dispose(): Promise<void> {
      await Promise.all(
        [...instances].map(async (instance) => {
          instance.child.kill('SIGKILL');
          await instance.exited;
        }),
      );
      await keys.dispose();
      await database.dispose();
    },
  };
}

export type Cluster = Awaited<ReturnType<typeof startCluster>>;

/** The pid in the job's lease token (`<host>:<pid>/<random>`), or undefined when nobody holds it. */
async function leaseHolderPid(database: TestDatabase, jobId: string): Promise<number | undefined> {
  const { rows } = await database.db.transaction({ kind: 'admin' }, (sql) =>
    sql.query<{ lease_owner: string | null }>(
      'select lease_owner from public.jobs where id = $1 and lease_until > now()',
      [jobId],
    ),
  );
  const owner = rows[0]?.lease_owner;
  return owner ? Number(/:(\d+)\//.exec(owner)?.[1]) : undefined;
}

/** Polls `check` until it returns a value other than undefined/false; fails after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined | false>,
  timeoutMs = 120_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * One HTTP request on a connection of its own: a pooled keep-alive connection the server is closing
 * as idle would fail the request without it ever reaching the server (and a POST must not be retried).
 */
export function call(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: IncomingHttpHeaders; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      { method: options.method ?? 'GET', headers: options.headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text: Buffer.concat(chunks).toString(),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Submits a job through POST /v1/generate on `url` as the token's user. */
export async function submit(url: string, token: string, input: object = cheapInput): Promise<string> {
  const response = await call(`${url}/v1/generate`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  if (response.status !== 202) throw new Error(`submit: ${response.status} ${response.text}`);
  return (JSON.parse(response.text) as { jobId: string }).jobId;
}

/**
 * Follows a job's Server-Sent Events like EventSource does: when the connection drops (its instance
 * died), it reconnects to a live instance with Last-Event-ID. Resolves with every event received, in
 * order, once the server ends the stream after the final event.
 */
export async function followJob(
  pickUrl: () => string,
  jobId: string,
  token: string,
): Promise<{ received: StoredEvent[]; connections: number }> {
  const received: StoredEvent[] = [];
  let connections = 0;
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    const last = received.at(-1)?.id ?? 0;
    connections++;
    try {
      const response = await fetch(`${pickUrl()}/v1/jobs/${jobId}/events`, {
        headers: { authorization: `Bearer ${token}`, 'last-event-id': String(last) },
      });
      if (response.status !== 200) throw new Error(`stream: ${response.status}`);
      const decoder = new TextDecoder();
      let buffer = '';
      for await (const chunk of response.body!) {
        buffer += decoder.decode(chunk as Uint8Array, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const field = (name: string) =>
            block
              .split('\n')
              .find((line) => line.startsWith(`${name}: `))
              ?.slice(name.length + 2);
          const id = field('id');
          const data = field('data');
          if (id && data) received.push({ id: Number(id), event: JSON.parse(data) as StoredEvent['event'] });
        }
      }
      const final = received.at(-1)?.event.type;
      if (final === 'job-succeeded' || final === 'job-failed') return { received, connections };
    } catch {
      // The instance went away mid-stream: reconnect elsewhere after a moment, as EventSource would.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The stream of job ${jobId} did not end.`);
}

/** A new user's token and id. */
export async function newUser(): Promise<{ userId: string; token: string }> {
  const userId = randomUUID();
  return { userId, token: await tokenFor(userId) };
}
