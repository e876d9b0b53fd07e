import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { createTRPCClient, httpLink, TRPCClientError } from '@trpc/client';
import superjson from 'superjson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore } from '../src/store/store.js';
import type { AppRouter } from '../src/trpc/app-router.js';
import { engines, type TestDatabase } from './databases.js';
import { as, parseSse, startServer, tokenFor } from './harness.js';

// Change requests through REST and tRPC on both databases. The pipeline runs for real without the
// sandbox (test: false, nothing deployed); test/e2e/change.test.ts runs the whole thing on a live API.
const prompt = 'A pets API: pets have a name and a species.';

/**
 * Waits until Graphile Worker's connections to the database are gone: its pool ends them only after
 * its runner's stop() resolved, and dropping the database under one fails that client uncaught. The
 * store's own connections stay until the database is closed.
 */
async function workerConnectionsClosed(url: string, deadlineMs = 30_000) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const end = Date.now() + deadlineMs; Date.now() < end;) {
      const { rows } = await client.query<{ n: number }>(
        `select count(*)::int as n from pg_stat_activity
         where datname = current_database() and pid <> pg_backend_pid()
           and (query ilike '%graphile_worker%' or query ilike '%jobs:insert%')`,
      );
      if (rows[0]!.n === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`Graphile Worker still holds connections after ${deadlineMs} ms.`);
  } finally {
    await client.end();
  }
}

interface Version {
  version: string;
  request: string | null;
  contract: { info: { version: string }; components: { schemas: Record<string, unknown> } };
  diff: { breaking: boolean; changes: { path: string; kind: string; breaking: boolean }[] } | null;
  migration: { file: string } | null;
}

describe.each(engines)('change requests on $name', ({ open, skip }) => {
  let t: TestDatabase;
  let server: Awaited<ReturnType<typeof startServer>>;
  const aliceId = randomUUID();
  let alice: string;
  let bob: string;
  let projectId: string;
  const post = (pathname: string, token: string, body: unknown) =>
    fetch(server.url + pathname, as(token, { method: 'POST', body: JSON.stringify(body) }));
  const events = async (jobId: string, token: string) =>
    parseSse(await (await fetch(`${server.url}/v1/jobs/${jobId}/events`, as(token))).text());
  const versions = async (token: string) =>
    (await (await fetch(`${server.url}/v1/projects/${projectId}/versions`, as(token))).json()) as {
      versions: Version[];
    };
  const trpc = (token: string) =>
    createTRPCClient<AppRouter>({
      links: [
        httpLink({
          url: `${server.url}/trpc`,
          transformer: superjson,
          headers: { authorization: `Bearer ${token}` },
        }),
      ],
    });

  beforeAll(async () => {
    if (skip) return;
    t = await open();
    server = await startServer(t.db, { limits: { jobsPerDay: 50, concurrentJobs: 3 } });
    [alice, bob] = await Promise.all([tokenFor(aliceId), tokenFor()]);
    const accepted = await post('/v1/generate', alice, { prompt, test: false, deploy: false });
    const { jobId } = (await accepted.json()) as { jobId: string };
    const last = (await events(jobId, alice)).at(-1)!.event;
    expect(last.type).toBe('job-succeeded');
    projectId = last.projectId!;
  });
  afterAll(async () => {
    await server?.app.close();
    if (t?.url) await workerConnectionsClosed(t.url);
    await t?.dispose();
  });

  it.skipIf(skip)('records the version generate made', async () => {
    const { versions: list } = await versions(alice);
    expect(list.map((v) => [v.version, v.request, v.diff])).toEqual([['1.0.0', null, null]]);
    expect(list[0]!.contract.info.version).toBe('1.0.0');
  });

  it.skipIf(skip)('previews a change without applying it', async () => {
    const response = await post(`/v1/projects/${projectId}/changes`, alice, {
      request: 'add an owner name to pets',
      dryRun: true,
    });
    expect(response.status).toBe(200);
    const preview = (await response.json()) as Version & {
      previousVersion: string;
      requires: { allowBreaking: boolean; allowDestructive: boolean };
    };
    expect(preview.previousVersion).toBe('1.0.0');
    expect(preview.version).toBe('1.1.0');
    expect(preview.diff!.breaking).toBe(false);
    expect(preview.diff!.changes.some((c) => c.path.endsWith('/owner_name'))).toBe(true);
    expect(preview.migration!.file).toMatch(/owner_name/);
    expect(preview.requires).toEqual({ allowBreaking: false, allowDestructive: false });
    expect((await versions(alice)).versions).toHaveLength(1);
  });

  it.skipIf(skip)('applies a change as a job, streamed like generate, and lists both versions', async () => {
    const accepted = await post(`/v1/projects/${projectId}/changes`, alice, {
      request: 'add an owner name to pets',
      test: false,
    });
    expect(accepted.status).toBe(202);
    const { jobId, version } = (await accepted.json()) as { jobId: string; version: string };
    expect(version).toBe('1.1.0');
    const streamed = await events(jobId, alice);
    const ended = streamed.filter((e) => e.event.type === 'stage-end').map((e) => e.event.stage);
    expect(ended).toEqual(expect.arrayContaining(['read', 'plan', 'diff', 'migrate', 'merge', 'write']));
    expect(streamed.at(-1)!.event).toEqual({ type: 'job-succeeded', projectId });

    const { versions: list } = await versions(alice);
    expect(list.map((v) => v.version)).toEqual(['1.0.0', '1.1.0']);
    const [, changed] = list;
    expect(changed!.request).toBe('add an owner name to pets');
    expect(changed!.contract.info.version).toBe('1.1.0');
    expect(changed!.diff!.breaking).toBe(false);
    expect(changed!.diff!.changes.every((c) => !c.breaking)).toBe(true);
    // The project itself now holds the new contract and files, .forge/ included.
    const project = (await (await fetch(`${server.url}/v1/projects/${projectId}`, as(alice))).json()) as {
      spec: { info: { version: string } };
      files: string[];
    };
    expect(project.spec.info.version).toBe('1.1.0');
    expect(project.files).toContain('.forge/openapi.json');
    expect(project.files).toContain(changed!.migration!.file);
    expect(changed!.migration!.file).toMatch(/^migrations\/\d{3}_add_column_pets_owner_name\.sql$/);
  });

  it.skipIf(skip)(
    'refuses a breaking change without its flag, naming the flag, and applies nothing',
    async () => {
      const response = await post(`/v1/projects/${projectId}/changes`, alice, {
        request: 'remove species from pets',
      });
      expect(response.status).toBe(409);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      const problem = (await response.json()) as { code: string; flag: string; detail: string };
      expect(problem.code).toMatch(/^(breaking|destructive)_change_refused$/);
      expect(problem.detail).toContain(problem.flag);
      // A preview shows the same change with the flags it needs.
      const preview = (await (
        await post(`/v1/projects/${projectId}/changes`, alice, {
          request: 'remove species from pets',
          dryRun: true,
        })
      ).json()) as { diff: { breaking: boolean }; requires: Record<string, boolean> };
      expect(preview.diff.breaking).toBe(true);
      expect(preview.requires.allowBreaking).toBe(true);
      expect((await versions(alice)).versions).toHaveLength(2);
    },
  );

  it.skipIf(skip)('answers a request it cannot read with 422 and what it understood', async () => {
    const response = await post(`/v1/projects/${projectId}/changes`, alice, {
      request: 'make it feel more friendly and fast',
    });
    expect(response.status).toBe(422);
    const problem = (await response.json()) as { code: string; understood: unknown[] };
    expect(problem.code).toMatch(/^change_/);
    expect(Array.isArray(problem.understood)).toBe(true);
  });

  it.skipIf(skip)('rejects bad bodies and hides the project from other users', async () => {
    expect((await post(`/v1/projects/${projectId}/changes`, alice, { request: '' })).status).toBe(400);
    expect(
      (await post(`/v1/projects/${projectId}/changes`, alice, { request: 'x', allowBreaking: 'yes' })).status,
    ).toBe(400);
    const stranger = await post(`/v1/projects/${projectId}/changes`, bob, { request: 'add a color to pets' });
    expect(stranger.status).toBe(404);
    expect((await fetch(`${server.url}/v1/projects/${projectId}/versions`, as(bob))).status).toBe(404);
  });

  it.skipIf(skip)('offers the same through tRPC, with the same typed refusals', async () => {
    const preview = await trpc(alice).projects.changes.preview.query({
      projectId,
      request: 'add a color to pets',
    });
    expect(preview.version).toBe('1.2.0');
    const refused = await trpc(alice)
      .projects.changes.create.mutate({ projectId, request: 'remove species from pets' })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TRPCClientError);
    expect((refused as TRPCClientError<AppRouter>).data?.httpStatus).toBe(409);
    const { jobId } = await trpc(alice).projects.changes.create.mutate({
      projectId,
      request: 'add a color to pets',
      test: false,
    });
    expect((await events(jobId, alice)).at(-1)!.event.type).toBe('job-succeeded');
    const list = await trpc(alice).projects.versions.list.query({ projectId });
    expect(list.map((v) => v.version)).toEqual(['1.0.0', '1.1.0', '1.2.0']);
    await expect(trpc(bob).projects.versions.list.query({ projectId })).rejects.toThrow(/does not exist/);
  });

  // Last: the job it leaves unfinished may be picked up by the queue's sweeper later on.
  it.skipIf(skip)('takes one change at a time per project', async () => {
    const waiting = await createStore(t.db).createJob(
      aliceId,
      {
        kind: 'change',
        projectId,
        request: 'add a weight to pets',
        allowBreaking: false,
        allowDestructive: false,
        test: false,
      },
      { jobsPerDay: 50, concurrentJobs: 9 },
    );
    if (!waiting.ok) throw new Error('setup: job refused');
    const response = await post(`/v1/projects/${projectId}/changes`, alice, {
      request: 'add a color to pets',
    });
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ code: 'change_in_progress', jobId: waiting.job.id });
  });
});
