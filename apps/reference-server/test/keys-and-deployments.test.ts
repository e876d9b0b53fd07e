import { randomUUID } from 'node:crypto';
import { createForge, type Forge, type GenerateResult, type LocalCredentials } from '@smartapiforge/sdk';
import { decodeJwt, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPglite, type TestDatabase } from './databases.js';
import { as, parseSse, serverOnFreshPglite, startServer, tokenFor } from './harness.js';

const prompt = 'A bookstore API: books have a title, an author and a year.';

describe('API keys', () => {
  const server = serverOnFreshPglite();

  it('are listed without their secret and, once revoked, refused', async () => {
    const [alice, bob] = await Promise.all([tokenFor(), tokenFor()]);
    const create = async (name: string) =>
      (await (
        await fetch(
          `${server.url}/v1/api-keys`,
          as(alice, { method: 'POST', body: JSON.stringify({ name }) }),
        )
      ).json()) as { id: string; key: string; prefix: string };
    const ci = await create('ci');
    const laptop = await create('laptop');
    const list = async (token: string) =>
      (
        (await (await fetch(`${server.url}/v1/api-keys`, as(token))).json()) as {
          apiKeys: Record<string, unknown>[];
        }
      ).apiKeys;
    const listed = await list(alice);
    expect(listed.map((k) => k.name).sort()).toEqual(['ci', 'laptop']);
    expect(listed.find((k) => k.id === ci.id)).toEqual({
      id: ci.id,
      name: 'ci',
      prefix: ci.prefix,
      createdAt: expect.any(String),
      revokedAt: null,
    });
    expect(JSON.stringify(listed)).not.toContain(ci.key);
    expect(await list(bob)).toEqual([]);

    // Only the owner can revoke; for anyone else the key does not exist.
    expect((await fetch(`${server.url}/v1/api-keys/${ci.id}`, as(bob, { method: 'DELETE' }))).status).toBe(
      404,
    );
    expect((await fetch(`${server.url}/v1/projects`, { headers: { 'x-api-key': ci.key } })).status).toBe(200);

    expect((await fetch(`${server.url}/v1/api-keys/${ci.id}`, as(alice, { method: 'DELETE' }))).status).toBe(
      204,
    );
    const refused = await fetch(`${server.url}/v1/projects`, { headers: { 'x-api-key': ci.key } });
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ detail: 'The API key is unknown or revoked.' });
    expect((await fetch(`${server.url}/v1/projects`, as(ci.key))).status).toBe(401);
    // The other key still works, and the revoked one is listed with when it was revoked.
    expect((await fetch(`${server.url}/v1/projects`, { headers: { 'x-api-key': laptop.key } })).status).toBe(
      200,
    );
    expect((await list(alice)).find((k) => k.id === ci.id)?.revokedAt).toEqual(expect.any(String));
    // Revoking again: nothing left to revoke.
    expect((await fetch(`${server.url}/v1/api-keys/${ci.id}`, as(alice, { method: 'DELETE' }))).status).toBe(
      404,
    );
  });
});

/**
 * The real pipeline for planning and building, but a deploy that only records what it was asked: a
 * deployment per call, with credentials when the API uses auth, and every stop.
 */
function recordingForge(credentials: LocalCredentials | undefined) {
  const real = createForge();
  const stopped: string[] = [];
  const deployed: string[] = [];
  const forge: Forge = {
    ...real,
    generate(input, options) {
      if (!options?.deploy) return real.generate(input, options);
      const id = `deployment-${randomUUID()}`;
      deployed.push(id);
      const url = `http://127.0.0.1:${40000 + deployed.length}`;
      const result = {
        deployment: {
          id,
          url,
          docsUrl: `${url}/docs`,
          openapiUrl: `${url}/openapi.json`,
          provider: 'recorded',
          startedAt: new Date().toISOString(),
        },
        ...(credentials ? { credentials } : {}),
      } as unknown as GenerateResult;
      return Promise.resolve(result) as unknown as ReturnType<Forge['generate']>;
    },
    async stop(id) {
      stopped.push(id);
    },
  };
  return { forge, stopped, deployed };
}

/** Starts a deploying job and waits for its end; returns the job's final state. */
async function deployOnce(url: string, token: string) {
  const started = await fetch(
    `${url}/v1/generate`,
    as(token, { method: 'POST', body: JSON.stringify({ prompt, test: false, deploy: true }) }),
  );
  if (started.status !== 202)
    return { status: started.status, body: (await started.json()) as Record<string, unknown> };
  const { jobId } = (await started.json()) as { jobId: string };
  const events = parseSse(await (await fetch(`${url}/v1/jobs/${jobId}/events`, as(token))).text());
  return { status: 202, projectId: events.at(-1)!.event.projectId!, body: {} };
}

describe('live deployments', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshPglite();
  });
  afterAll(() => t?.dispose());

  it('are capped per user with a 429 that names the limit; deleting a project frees a place', async () => {
    const { forge } = recordingForge(undefined);
    const server = await startServer(t.db, {
      forge,
      limits: { jobsPerDay: 50, concurrentJobs: 5 },
      deployments: { maxLive: 2, idleTimeoutMs: 3_600_000 },
    });
    try {
      const [alice, bob] = await Promise.all([tokenFor(), tokenFor()]);
      const first = await deployOnce(server.url, alice);
      expect((await deployOnce(server.url, alice)).status).toBe(202);
      const refused = await fetch(
        `${server.url}/v1/generate`,
        as(alice, { method: 'POST', body: JSON.stringify({ prompt, test: false, deploy: true }) }),
      );
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await refused.json()).toMatchObject({
        code: 'quota_live_deployments',
        detail: expect.stringMatching(/2 live deployments/),
      });
      // Jobs that deploy nothing are not limited by it, and other users have their own places.
      expect(
        (
          await fetch(
            `${server.url}/v1/generate`,
            as(alice, { method: 'POST', body: JSON.stringify({ prompt, test: false, deploy: false }) }),
          )
        ).status,
      ).toBe(202);
      expect((await deployOnce(server.url, bob)).status).toBe(202);

      expect(
        (await fetch(`${server.url}/v1/projects/${first.projectId}`, as(alice, { method: 'DELETE' }))).status,
      ).toBe(204);
      expect((await deployOnce(server.url, alice)).status).toBe(202);
    } finally {
      await server.app.close();
    }
  });

  it('are stopped once idle, which frees their place', async () => {
    const { forge, stopped, deployed } = recordingForge(undefined);
    const server = await startServer(t.db, {
      forge,
      limits: { jobsPerDay: 50, concurrentJobs: 5 },
      deployments: { maxLive: 1, idleTimeoutMs: 300, sweepIntervalMs: 50 },
    });
    try {
      const alice = await tokenFor();
      const { projectId } = await deployOnce(server.url, alice);
      const project = async () =>
        (await (await fetch(`${server.url}/v1/projects/${projectId}`, as(alice))).json()) as {
          deployment: { status: string; url: string } | null;
        };
      expect((await project()).deployment).toMatchObject({ status: 'live' });
      const deadline = Date.now() + 20_000;
      while (!stopped.includes(deployed[0]!) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
      // Other tests' deployments in this database idle too: this one is among those stopped.
      expect(stopped).toContain(deployed[0]);
      expect((await project()).deployment).toMatchObject({
        status: 'expired',
        stoppedAt: expect.any(String),
      });
      expect((await deployOnce(server.url, alice)).status).toBe(202);
    } finally {
      await server.app.close();
    }
  });
});

describe("a deployed API's credentials", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshPglite();
  });
  afterAll(() => t?.dispose());

  const secret = 'a'.repeat(64);
  const jwtCredentials: LocalCredentials = {
    type: 'bearer-jwt',
    env: { JWT_SECRET: secret, JWT_AUDIENCE: 'bookstore-api' },
    tokens: ['token-one', 'token-two'],
    header: 'Authorization: Bearer',
  };

  it('go to its owner only, who can also mint tokens for it', async () => {
    const { forge } = recordingForge(jwtCredentials);
    const server = await startServer(t.db, { forge, limits: { jobsPerDay: 50, concurrentJobs: 5 } });
    try {
      const [alice, bob] = await Promise.all([tokenFor(), tokenFor()]);
      const { projectId } = await deployOnce(server.url, alice);
      const credentials = await fetch(`${server.url}/v1/projects/${projectId}/credentials`, as(alice));
      expect(credentials.status).toBe(200);
      expect(credentials.headers.get('cache-control')).toBe('no-store');
      const body = (await credentials.json()) as Record<string, unknown>;
      expect(body).toEqual({
        type: 'bearer-jwt',
        header: 'Authorization: Bearer',
        tokens: ['token-one', 'token-two'],
        links: { tokens: `/v1/projects/${projectId}/tokens` },
      });
      // The secret the API runs with stays on the server.
      expect(JSON.stringify(body)).not.toContain(secret);
      // Nor does the project itself show any of it.
      const project = await (await fetch(`${server.url}/v1/projects/${projectId}`, as(alice))).text();
      expect(project).not.toContain('token-one');
      expect(project).not.toContain(secret);

      const subject = randomUUID();
      const minted = await fetch(
        `${server.url}/v1/projects/${projectId}/tokens`,
        as(alice, { method: 'POST', body: JSON.stringify({ subject, expiresInSeconds: 600 }) }),
      );
      expect(minted.status).toBe(201);
      const { token, expiresAt } = (await minted.json()) as { token: string; expiresAt: string };
      const { payload } = await jwtVerify(token, new TextEncoder().encode(secret), {
        algorithms: ['HS256'],
        audience: 'bookstore-api',
        requiredClaims: ['exp'],
      });
      expect(payload).toMatchObject({ sub: subject, role: 'authenticated' });
      expect(new Date(expiresAt).getTime() / 1000).toBe(payload.exp);
      expect(payload.exp! - payload.iat!).toBe(600);
      // Without a subject, a fresh user id.
      const fresh = (await (
        await fetch(
          `${server.url}/v1/projects/${projectId}/tokens`,
          as(alice, { method: 'POST', body: '{}' }),
        )
      ).json()) as { token: string };
      expect(decodeJwt(fresh.token).sub).toMatch(/^[0-9a-f-]{36}$/);

      for (const [method, pathname] of [
        ['GET', 'credentials'],
        ['POST', 'tokens'],
      ] as const) {
        const stranger = await fetch(
          `${server.url}/v1/projects/${projectId}/${pathname}`,
          as(bob, { method, ...(method === 'POST' ? { body: '{}' } : {}) }),
        );
        expect(stranger.status, pathname).toBe(404);
      }
      const tooLong = await fetch(
        `${server.url}/v1/projects/${projectId}/tokens`,
        as(alice, { method: 'POST', body: JSON.stringify({ expiresInSeconds: 10 ** 9 }) }),
      );
      expect(tooLong.status).toBe(400);
    } finally {
      await server.app.close();
    }
  });

  it('are API keys for an API-key API, and a project without auth has none', async () => {
    const keys: LocalCredentials = {
      type: 'api-key',
      env: { API_KEYS: 'k1,k2' },
      tokens: ['k1', 'k2'],
      header: 'X-API-Key',
    };
    const withKeys = recordingForge(keys);
    const server = await startServer(t.db, {
      forge: withKeys.forge,
      limits: { jobsPerDay: 50, concurrentJobs: 5 },
    });
    try {
      const alice = await tokenFor();
      const { projectId } = await deployOnce(server.url, alice);
      expect(
        await (await fetch(`${server.url}/v1/projects/${projectId}/credentials`, as(alice))).json(),
      ).toEqual({
        type: 'api-key',
        header: 'X-API-Key',
        tokens: ['k1', 'k2'],
        links: {},
      });
      const mint = await fetch(
        `${server.url}/v1/projects/${projectId}/tokens`,
        as(alice, { method: 'POST', body: '{}' }),
      );
      expect(mint.status).toBe(409);
    } finally {
      await server.app.close();
    }
    const open = recordingForge(undefined);
    const plain = await startServer(t.db, {
      forge: open.forge,
      limits: { jobsPerDay: 50, concurrentJobs: 5 },
    });
    try {
      const alice = await tokenFor();
      const { projectId } = await deployOnce(plain.url, alice);
      const none = await fetch(`${plain.url}/v1/projects/${projectId}/credentials`, as(alice));
      expect(none.status).toBe(404);
      expect(await none.json()).toMatchObject({ detail: expect.stringMatching(/no credentials/) });
    } finally {
      await plain.app.close();
    }
  });
});
