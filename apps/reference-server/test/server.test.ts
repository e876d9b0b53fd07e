import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { stages } from '@smartapiforge/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument } from '../src/http/openapi-document.js';
import { collectWebSocket, parseSse, startServer, tokenFor, type StreamedEvent } from './harness.js';
import { freshPglite, type TestDatabase } from './databases.js';

// The pipeline runs for real but without the sandbox (test: false, deploy: false): ~100 ms a job.
const prompt =
  'A bookstore API: books have a title, an author and a year. Each book belongs to a shelf. Shelves have a name.';
const cheap = { prompt, test: false, deploy: false };

describe('reference server over HTTP (PGlite)', () => {
  let t: TestDatabase;
  let server: Awaited<ReturnType<typeof startServer>>;
  let alice: string;
  let bob: string;
  const as = (token: string, init: RequestInit = {}) => ({
    ...init,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...init.headers },
  });
  const post = (pathname: string, token: string, body: unknown) =>
    fetch(server.url + pathname, as(token, { method: 'POST', body: JSON.stringify(body) }));

  let jobId: string;
  let sse: StreamedEvent[];

  beforeAll(async () => {
    t = await freshPglite();
    server = await startServer(t.db, { limits: { jobsPerDay: 20, concurrentJobs: 2 } });
    [alice, bob] = await Promise.all([tokenFor(), tokenFor()]);
    const accepted = await post('/v1/generate', alice, cheap);
    expect(accepted.status).toBe(202);
    jobId = ((await accepted.json()) as { jobId: string }).jobId;
    // Connect right away: the stream must replay whatever was emitted before it subscribed.
    sse = parseSse(await (await fetch(`${server.url}/v1/jobs/${jobId}/events`, as(alice))).text());
  });
  afterAll(async () => {
    await server?.app.close();
    await t?.dispose();
  });

  it('streams every stage over SSE with consecutive ids, ending with job-succeeded', () => {
    expect(sse.map((e) => e.id)).toEqual(sse.map((_, i) => i + 1));
    const started = sse.filter((e) => e.event.type === 'stage-start').map((e) => e.event.stage);
    expect(sse.map((e) => e.event.type)).toContain('planned');
    expect(started).toEqual(['plan', 'compile', 'validate', 'scaffold', 'write']);
    const skipped = sse.filter((e) => e.event.type === 'stage-skip').map((e) => e.event.stage);
    expect(skipped).toEqual(['test', 'deploy', 'contract']);
    expect(new Set(sse.map((e) => e.event.stage).filter(Boolean))).toEqual(
      new Set(stages.filter((s) => s !== 'dependencies')),
    );
    expect(sse.at(-1)?.event.type).toBe('job-succeeded');
  });

  it('resumes the WebSocket stream after a last event id, identical to SSE', async () => {
    const all = await collectWebSocket(server.url, jobId, alice);
    expect(all).toEqual(sse);
    const resumed = await collectWebSocket(server.url, jobId, alice, 3);
    expect(resumed).toEqual(sse.slice(3));
    const viaHeader = parseSse(
      await (
        await fetch(`${server.url}/v1/jobs/${jobId}/events`, as(alice, { headers: { 'last-event-id': '5' } }))
      ).text(),
    );
    expect(viaHeader).toEqual(sse.slice(5));
  });

  it('reports the job and its project, with files as a tarball', async () => {
    const job = (await (await fetch(`${server.url}/v1/jobs/${jobId}`, as(alice))).json()) as Record<
      string,
      unknown
    >;
    expect(job).toMatchObject({ status: 'succeeded', completedSteps: ['design', 'build', 'deploy', 'save'] });
    const projectId = job.projectId as string;
    const listed = (await (await fetch(`${server.url}/v1/projects`, as(alice))).json()) as {
      projects: { id: string }[];
    };
    expect(listed.projects.map((p) => p.id)).toEqual([projectId]);
    const project = (await (
      await fetch(`${server.url}/v1/projects/${projectId}`, as(alice))
    ).json()) as Record<string, unknown>;
    expect(project).toMatchObject({ id: projectId, deployment: null, spec: { openapi: '3.1.0' } });
    expect(project.files).toContain('openapi.yaml');

    const tarball = await fetch(`${server.url}/v1/projects/${projectId}/files.tar.gz`, as(alice));
    expect(tarball.headers.get('content-type')).toBe('application/gzip');
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'forge-tar-')), 'p.tar.gz');
    await writeFile(file, Buffer.from(await tarball.arrayBuffer()));
    const listing = execFileSync('tar', ['-tzf', file], { encoding: 'utf8' }).trim().split('\n');
    const name = project.name as string;
    expect(listing.sort()).toEqual((project.files as string[]).map((f) => `${name}/${f}`).sort());
    expect(execFileSync('tar', ['-xzOf', file, `${name}/openapi.yaml`], { encoding: 'utf8' })).toContain(
      'openapi: 3.1.0',
    );
  });

  it("hides one user's jobs, events and projects from another (404, never 403)", async () => {
    const job = (await (await fetch(`${server.url}/v1/jobs/${jobId}`, as(alice))).json()) as {
      projectId: string;
    };
    for (const pathname of [
      `/v1/jobs/${jobId}`,
      `/v1/jobs/${jobId}/events`,
      `/v1/projects/${job.projectId}`,
    ]) {
      const response = await fetch(server.url + pathname, as(bob));
      expect(response.status, pathname).toBe(404);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
    }
    expect(
      (await fetch(`${server.url}/v1/projects/${job.projectId}`, as(bob, { method: 'DELETE' }))).status,
    ).toBe(404);
    await expect(collectWebSocket(server.url, jobId, bob)).rejects.toThrow('upgrade refused: 404');
    const listed = (await (await fetch(`${server.url}/v1/projects`, as(bob))).json()) as {
      projects: unknown[];
    };
    expect(listed.projects).toEqual([]);
  });

  it('deletes a project for its owner', async () => {
    const job = (await (await fetch(`${server.url}/v1/jobs/${jobId}`, as(alice))).json()) as {
      projectId: string;
    };
    expect(
      (await fetch(`${server.url}/v1/projects/${job.projectId}`, as(alice, { method: 'DELETE' }))).status,
    ).toBe(204);
    expect((await fetch(`${server.url}/v1/projects/${job.projectId}`, as(alice))).status).toBe(404);
  });

  it('answers RFC 9457 problems for missing or bad credentials and bad input', async () => {
    const none = await fetch(`${server.url}/v1/projects`);
    expect(none.status).toBe(401);
    expect(none.headers.get('content-type')).toBe('application/problem+json');
    expect(await none.json()).toMatchObject({
      type: '/problems/unauthorized',
      status: 401,
      code: 'unauthorized',
    });
    expect((await fetch(`${server.url}/v1/projects`, as(`${alice}x`))).status).toBe(401);
    const bad = await post('/v1/generate', alice, { prompt: 'x', spec: {} });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      code: 'invalid_request',
      detail: expect.stringContaining('exactly one'),
    });
    expect((await post('/v1/generate', alice, { prompt: 'x', stack: 'django' })).status).toBe(400);
    expect((await fetch(`${server.url}/v1/generate`)).status).toBe(405);
  });

  it('accepts API keys, stored hashed, for server-to-server calls', async () => {
    const created = await post('/v1/api-keys', alice, { name: 'ci' });
    expect(created.status).toBe(201);
    const { key } = (await created.json()) as { key: string };
    const viaHeader = await fetch(`${server.url}/v1/projects`, { headers: { 'x-api-key': key } });
    expect(viaHeader.status).toBe(200);
    expect((await fetch(`${server.url}/v1/projects`, as(key))).status).toBe(200);
    expect((await fetch(`${server.url}/v1/projects`, { headers: { 'x-api-key': `${key}0` } })).status).toBe(
      401,
    );
  });

  it('refuses jobs beyond the daily quota with 429 and Retry-After', async () => {
    const strict = await startServer(t.db, { limits: { jobsPerDay: 1, concurrentJobs: 5 } });
    try {
      const carol = await tokenFor(randomUUID());
      const send = () =>
        fetch(`${strict.url}/v1/generate`, as(carol, { method: 'POST', body: JSON.stringify(cheap) }));
      expect((await send()).status).toBe(202);
      const refused = await send();
      expect(refused.status).toBe(429);
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(86_400);
      expect(await refused.json()).toMatchObject({
        code: 'quota_jobs_per_day',
        status: 429,
        retryAfterSeconds: retryAfter,
      });
    } finally {
      await strict.app.close();
    }
  });

  it('rate-limits each caller with 429 and Retry-After', async () => {
    const limited = await startServer(t.db, { rateLimit: { burst: 2, perSecond: 0.5 } });
    try {
      const dave = await tokenFor(randomUUID());
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await fetch(`${limited.url}/v1/projects`, as(dave))).status);
      expect(statuses).toEqual([200, 200, 429]);
      const refused = await fetch(`${limited.url}/v1/projects`, as(dave));
      expect(refused.headers.get('retry-after')).toBe('2');
      expect((await fetch(`${limited.url}/v1/projects`, as(await tokenFor()))).status).toBe(200);
    } finally {
      await limited.app.close();
    }
  });

  it('serves health, metrics, its OpenAPI 3.1 document and Swagger UI from swagger-ui-dist', async () => {
    expect(await (await fetch(`${server.url}/healthz`)).json()).toMatchObject({
      status: 'ok',
      database: 'pglite',
    });
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toMatch(/forge_stage_duration_seconds_count\{stage="plan"\} [1-9]/);
    expect(metrics).toMatch(/forge_jobs_finished_total\{outcome="succeeded"\} [1-9]/);
    expect(metrics).toContain(
      'http_request_duration_seconds_bucket{le="0.005",method="POST",route="/v1/generate",status="202"}',
    );
    expect(metrics).toContain('forge_job_queue_depth');

    const doc = (await (await fetch(`${server.url}/openapi.json`)).json()) as typeof openApiDocument;
    expect(doc.openapi).toBe('3.1.0');
    const docs = await (await fetch(`${server.url}/docs`)).text();
    expect(docs).toContain('/docs/swagger-ui-bundle.js');
    const bundle = await fetch(`${server.url}/docs/swagger-ui-bundle.js`);
    expect(bundle.status).toBe(200);
    expect((await bundle.text()).length).toBeGreaterThan(100_000);
    expect((await fetch(`${server.url}/docs/..%2Fpackage.json`)).status).toBe(404);
    expect(await (await fetch(server.url)).text()).toContain('<form id="generate">');
  });

  it("tells the web page its Supabase project for magic links and serves supabase-js's browser bundle", async () => {
    // Without a project the page hides the magic-link form.
    expect(await (await fetch(`${server.url}/config.json`)).json()).toEqual({ supabase: null });
    const configured = await startServer(t.db, {
      webAuth: { supabaseUrl: 'https://abc.supabase.co', supabaseAnonKey: 'anon-key' },
    });
    try {
      expect(await (await fetch(`${configured.url}/config.json`)).json()).toEqual({
        supabase: { url: 'https://abc.supabase.co', anonKey: 'anon-key' },
      });
    } finally {
      await configured.app.close();
    }
    const bundle = await fetch(`${server.url}/vendor/supabase.js`);
    expect(bundle.headers.get('content-type')).toMatch(/^text\/javascript/);
    // The UMD build: it defines the `supabase` global with createClient.
    const source = await bundle.text();
    expect(source).toMatch(/^var supabase=/);
    expect(source).toContain('createClient');
  });
});
