import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, type TestDatabase } from '../../test/databases.js';
import { createStore, type JobInput, type Store } from './store.js';

const input: JobInput = { prompt: 'a todo API', stack: 'express', test: false, deploy: false };
const roomy = { jobsPerDay: 100, concurrentJobs: 100 };
const tables = ['jobs', 'job_events', 'projects', 'project_versions', 'api_keys', 'usage'];

describe.each(engines)('store and RLS on $name', ({ open, skip }) => {
  let t: TestDatabase;
  let store: Store;
  const alice = randomUUID();
  const bob = randomUUID();
  let jobId: string;
  let projectId: string;

  beforeAll(async () => {
    if (skip) return;
    t = await open();
    store = createStore(t.db);
    const created = await store.createJob(alice, input, roomy);
    if (!created.ok) throw new Error('setup: job refused');
    jobId = created.job.id;
    await store.appendEvent(alice, jobId, {
      type: 'stage-start',
      stage: 'plan',
      at: new Date().toISOString(),
    });
    projectId = (
      await store.saveProject(alice, {
        jobId,
        name: 'todo',
        design: {},
        openapi: {},
        files: { 'a.ts': 'x' },
        deployment: null,
      })
    ).id;
    await store.createApiKey(alice, 'ci');
  });
  afterAll(() => t?.dispose());

  const countAs = (actor: Parameters<TestDatabase['db']['transaction']>[0], table: string) =>
    t.db.transaction(actor, async (sql) => {
      const { rows } = await sql.query<{ n: number }>(`select count(*)::int as n from public.${table}`);
      return rows[0]!.n;
    });

  it.skipIf(skip)('every public table has row-level security enabled', async () => {
    const { rows } = await t.db.transaction({ kind: 'admin' }, (sql) =>
      sql.query<{ relname: string; relrowsecurity: boolean }>(
        `select relname, relrowsecurity from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where n.nspname = 'public' and c.relkind = 'r' order by relname`,
      ),
    );
    expect(rows.map((row) => row.relname)).toEqual([...tables].sort());
    expect(rows.every((row) => row.relrowsecurity)).toBe(true);
  });

  it.skipIf(skip).each(tables)('the owner sees their own %s row', async (table) => {
    expect(await countAs({ kind: 'user', userId: alice }, table)).toBe(1);
  });

  it.skipIf(skip).each(tables)('user B sees, updates and deletes none of %s', async (table) => {
    const bobActor = { kind: 'user', userId: bob } as const;
    expect(await countAs(bobActor, table)).toBe(0);
    const affected = await t.db.transaction(bobActor, async (sql) => [
      (await sql.query(`update public.${table} set owner_id = owner_id`)).rowCount,
      (await sql.query(`delete from public.${table}`)).rowCount,
    ]);
    expect(affected).toEqual([0, 0]);
    expect(await countAs({ kind: 'user', userId: alice }, table)).toBe(1);
  });

  it.skipIf(skip).each(tables)('anon sees no %s rows', async (table) => {
    expect(await countAs({ kind: 'anon' }, table)).toBe(0);
  });

  it.skipIf(skip)('store methods answer "not found" across owners', async () => {
    expect(await store.getJob(bob, jobId)).toBeUndefined();
    expect(await store.listEvents(bob, jobId)).toEqual([]);
    expect(await store.getProject(bob, projectId)).toBeUndefined();
    expect(await store.deleteProject(bob, projectId)).toBeUndefined();
    expect(await store.listProjects(bob)).toEqual([]);
    expect(await store.finishJob(bob, jobId, { status: 'failed', error: { code: 'x', message: 'y' } })).toBe(
      false,
    );
    expect((await store.getJob(alice, jobId))?.status).toBe('queued');
  });

  it.skipIf(skip)("dropping an owner policy hides the owner's own rows", async () => {
    // Proves the tests above depend on the policies: without one, RLS denies everything.
    await expect(
      t.db.transaction({ kind: 'admin' }, async (sql) => {
        await sql.exec('drop policy jobs_owner_reads on public.jobs');
        await sql.exec(`set local role authenticated`);
        await sql.query("select set_config('request.jwt.claims', $1, true)", [
          JSON.stringify({ sub: alice }),
        ]);
        const { rows } = await sql.query<{ n: number }>('select count(*)::int as n from public.jobs');
        throw new Error(`owner sees ${rows[0]!.n} jobs`);
      }),
    ).rejects.toThrow('owner sees 0 jobs');
    expect(await countAs({ kind: 'user', userId: alice }, 'jobs')).toBe(1); // rolled back
  });

  it.skipIf(skip)('numbers events per job and replays after a given id', async () => {
    const second = await store.appendEvent(alice, jobId, { type: 'log', stage: 'plan', line: 'hi' });
    expect(second).toBe(2);
    expect((await store.listEvents(alice, jobId, 1)).map((e) => e.id)).toEqual([2]);
  });

  it.skipIf(skip)('resolves API keys by hash only', async () => {
    const { key } = await store.createApiKey(bob, 'deploy-bot');
    expect(await store.resolveApiKey(key)).toBe(bob);
    expect(await store.resolveApiKey(`${key}x`)).toBeUndefined();
    const stored = await t.db.transaction({ kind: 'admin' }, (sql) =>
      sql.query<{ key_hash: string }>('select key_hash from public.api_keys'),
    );
    expect(stored.rows.some((row) => row.key_hash.includes(key))).toBe(false);
  });

  it.skipIf(skip)('enforces jobs per day and concurrent jobs atomically with creation', async () => {
    const carol = randomUUID();
    const tight = { jobsPerDay: 2, concurrentJobs: 1 };
    const first = await store.createJob(carol, input, tight);
    expect(first.ok).toBe(true);
    expect(await store.createJob(carol, input, tight)).toEqual({ ok: false, limit: 'concurrent-jobs' });
    if (first.ok)
      await store.finishJob(carol, first.job.id, { status: 'failed', error: { code: 'x', message: 'y' } });
    expect((await store.createJob(carol, input, tight)).ok).toBe(true);
    expect(await store.createJob(carol, input, { jobsPerDay: 2, concurrentJobs: 9 })).toEqual({
      ok: false,
      limit: 'jobs-per-day',
    });
  });
});
