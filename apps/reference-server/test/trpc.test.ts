import { createTRPCClient, httpLink, TRPCClientError } from '@trpc/client';
import superjson from 'superjson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppRouter } from '../src/trpc/app-router.js';
import { freshPglite, type TestDatabase } from './databases.js';
import { parseSse, startServer, tokenFor } from './harness.js';

// The tRPC router over real HTTP, as the web app uses it: same auth, quotas and RLS as REST, because
// both call the one service layer.
const prompt = 'A bookstore API: books have a title, an author and a year.';
const cheap = { prompt, test: false, deploy: false };

describe('tRPC router on /trpc (PGlite)', () => {
  let t: TestDatabase;
  let server: Awaited<ReturnType<typeof startServer>>;
  let alice: string;
  let bob: string;
  /** A typed client sending the given headers (none: anonymous). */
  const client = (headers: Record<string, string> = {}) =>
    createTRPCClient<AppRouter>({
      links: [httpLink({ url: `${server.url}/trpc`, transformer: superjson, headers })],
    });
  const as = (token: string) => client({ authorization: `Bearer ${token}` });
  /** The tRPC error a call fails with. */
  const failure = async (call: Promise<unknown>) => {
    const error = await call.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TRPCClientError);
    return error as TRPCClientError<AppRouter>;
  };
  /** Reads a job's tRPC subscription (SSE) to its end, authenticating through connectionParams. */
  async function subscribe(jobId: string, token: string) {
    const input = encodeURIComponent(JSON.stringify(superjson.serialize({ jobId })));
    const params = encodeURIComponent(JSON.stringify({ token }));
    const response = await fetch(`${server.url}/trpc/jobs.events?input=${input}&connectionParams=${params}`);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = response.body!.getReader();
    let text = '';
    // tRPC keeps the stream open after the generator returns only until it sends `return`.
    while (!text.includes('event: return')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    await reader.cancel();
    return parseSse(
      text
        .split('\n\n')
        .filter((block) => /^id: /m.test(block))
        .join('\n\n'),
    ).map((e) => ({ id: e.id, event: (e.event as unknown as { json: { type: string } }).json }));
  }

  beforeAll(async () => {
    t = await freshPglite();
    server = await startServer(t.db, { limits: { jobsPerDay: 3, concurrentJobs: 5 } });
    [alice, bob] = await Promise.all([tokenFor(), tokenFor()]);
  });
  afterAll(async () => {
    await server?.app.close();
    await t?.dispose();
  });

  it('refuses callers without credentials as REST does (401)', async () => {
    const error = await failure(client().projects.list.query());
    expect(error.data?.code).toBe('UNAUTHORIZED');
    expect(error.data?.httpStatus).toBe(401);
    expect(error.message).toMatch(/Authorization: Bearer/);
  });

  it('says which field of the input is wrong', async () => {
    const error = await failure(as(alice).jobs.start.mutate({ prompt: '   ' }));
    expect(error.data?.httpStatus).toBe(400);
    expect(error.message).toMatch(/^Invalid input: prompt: /);
    expect(error.data?.problem?.code).toBe('invalid_request');
  });

  it('starts a job, streams its events live to the end, and lists the project only for its owner', async () => {
    const { jobId } = await as(alice).jobs.start.mutate(cheap);
    const events = await subscribe(jobId, alice);
    expect(events.map((e) => e.id)).toEqual(events.map((_, i) => i + 1));
    expect(events.map((e) => e.event.type)).toContain('planned');
    // A failed job's last event says why.
    expect(events.at(-1)?.event.type, JSON.stringify(events.at(-1)?.event)).toBe('job-succeeded');

    const job = await as(alice).jobs.get.query({ jobId });
    expect(job.status).toBe('succeeded');
    expect(job.createdAt).toBeInstanceOf(Date);
    const history = await as(alice).jobs.history.query({ jobId });
    expect(history.events.map((e) => e.id)).toEqual(events.map((e) => e.id));
    expect(history.test).toBeNull(); // tests were off for this job

    const projects = await as(alice).projects.list.query();
    expect(projects.map((p) => p.jobId)).toEqual([jobId]);
    const projectId = job.projectId!;
    const project = await as(alice).projects.get.query({ projectId });
    // The same view as REST: one service layer behind both.
    const rest = await (
      await fetch(`${server.url}/v1/projects/${projectId}`, { headers: { authorization: `Bearer ${alice}` } })
    ).json();
    expect(JSON.parse(JSON.stringify(project))).toEqual(rest);
    expect(project.files).toContain('package.json');
    const file = await as(alice).projects.file.query({ projectId, path: 'package.json' });
    expect(JSON.parse(file.content)).toHaveProperty('name');
    expect((await failure(as(alice).projects.file.query({ projectId, path: 'nope.txt' }))).data?.code).toBe(
      'NOT_FOUND',
    );
    expect(await as(alice).deployments.health.query({ projectId })).toBeNull();

    // Row-level security: Bob sees none of it, and Alice's ids are not-found for him.
    expect(await as(bob).projects.list.query()).toEqual([]);
    expect((await failure(as(bob).projects.get.query({ projectId }))).data?.httpStatus).toBe(404);
    expect((await failure(as(bob).jobs.get.query({ jobId }))).data?.httpStatus).toBe(404);
    const stranger = await fetch(
      `${server.url}/trpc/jobs.events?input=${encodeURIComponent(JSON.stringify({ json: { jobId } }))}` +
        `&connectionParams=${encodeURIComponent(JSON.stringify({ token: bob }))}`,
    );
    expect(await stranger.text()).toMatch(/"code":"NOT_FOUND","httpStatus":404/);

    await as(alice).projects.delete.mutate({ projectId });
    expect(await as(alice).projects.list.query()).toEqual([]);
    expect((await failure(as(alice).projects.delete.mutate({ projectId }))).data?.code).toBe('NOT_FOUND');
  });

  it('reports usage against the quota and refuses past it with 429 and Retry-After', async () => {
    const before = await as(bob).usage.get.query();
    expect(before).toMatchObject({ jobsStarted: 0, jobsPerDay: 3, concurrentJobs: 5 });
    for (let i = 0; i < 3; i++) await as(bob).jobs.start.mutate(cheap);
    expect((await as(bob).usage.get.query()).jobsStarted).toBe(3);
    const refused = await fetch(`${server.url}/trpc/jobs.start`, {
      method: 'POST',
      headers: { authorization: `Bearer ${bob}`, 'content-type': 'application/json' },
      body: JSON.stringify(superjson.serialize(cheap)),
    });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await refused.json()) as { error: { json: { message: string; data: unknown } } };
    expect(body.error.json.message).toMatch(/daily quota of 3 jobs/);
    expect(body.error.json.data).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      problem: { code: 'quota_jobs_per_day' },
    });
  });

  it('creates, lists and revokes API keys; a key authenticates tRPC calls until revoked', async () => {
    const created = await as(alice).apiKeys.create.mutate({ name: 'ci' });
    expect(created.key).toMatch(/^sk_/);
    const usage = await client({ 'x-api-key': created.key }).usage.get.query();
    expect(usage.jobsPerDay).toBe(3);
    const listed = await as(alice).apiKeys.list.query();
    expect(listed.map((key) => [key.name, key.prefix, key.revokedAt])).toEqual([
      ['ci', created.prefix, null],
    ]);
    expect(JSON.stringify(listed)).not.toContain(created.key);
    expect(await as(bob).apiKeys.list.query()).toEqual([]);
    expect((await failure(as(bob).apiKeys.revoke.mutate({ keyId: created.id }))).data?.httpStatus).toBe(404);
    await as(alice).apiKeys.revoke.mutate({ keyId: created.id });
    expect((await as(alice).apiKeys.list.query())[0]?.revokedAt).toBeInstanceOf(Date);
    expect((await failure(client({ 'x-api-key': created.key }).usage.get.query())).data?.code).toBe(
      'UNAUTHORIZED',
    );
  });
});
