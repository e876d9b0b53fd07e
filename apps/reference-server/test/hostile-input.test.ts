import { randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { as, jwtSecret, parseSse, startServer, tokenFor } from './harness.js';
import { freshPglite, type TestDatabase } from './databases.js';

// What an attacker sends on loopback: every answer is a problem+json 4xx, never a 500, and the
// server is still serving afterwards.
const cheap = {
  prompt: 'A bookstore API: books have a title, an author and a year.',
  test: false,
  deploy: false,
};

/** Sends raw bytes and returns the raw HTTP response (for requests fetch refuses to make). */
function rawRequest(url: string, request: string): Promise<string> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.end(request));
    let text = '';
    socket.on('data', (chunk) => (text += String(chunk)));
    socket.on('end', () => resolve(text));
    socket.on('error', reject);
  });
}

/** The status and body of a refused WebSocket upgrade. */
function refusedUpgrade(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; body: Record<string, unknown> }>((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    ws.on('unexpected-response', (_req, res) => {
      let text = '';
      res.on('data', (chunk) => (text += String(chunk)));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
    });
    ws.on('open', () => reject(new Error('upgrade accepted')));
    ws.on('error', (error) => {
      if (!String(error.message).includes('Unexpected server response')) reject(error);
    });
  });
}

const sign = (claims: JWTPayload, edit: (jwt: SignJWT) => SignJWT = (jwt) => jwt, alg = 'HS256') =>
  edit(new SignJWT(claims).setProtectedHeader({ alg }).setSubject(randomUUID())).sign(
    new TextEncoder().encode(jwtSecret),
  );

describe('reference server under hostile input', () => {
  let t: TestDatabase;
  let server: Awaited<ReturnType<typeof startServer>>;
  let alice: string;
  /** Starts a job that neither tests nor deploys and returns its id. */
  const startCheapJob = async () => {
    const started = await fetch(
      `${server.url}/v1/generate`,
      as(alice, { method: 'POST', body: JSON.stringify(cheap) }),
    );
    return ((await started.json()) as { jobId: string }).jobId;
  };
  const expectProblem = async (response: Response, status: number, code?: string) => {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status, ...(code ? { code } : {}) });
    return body;
  };
  const stillServing = async () => expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

  beforeAll(async () => {
    t = await freshPglite();
    server = await startServer(t.db, { limits: { jobsPerDay: 50, concurrentJobs: 5 } });
    alice = await tokenFor();
  });
  afterAll(async () => {
    await server?.app.close();
    await t?.dispose();
  });

  it('answers a malformed %-escape in a path with 400 and keeps serving', async () => {
    for (const pathname of ['/docs/%', '/docs/%E0%A4%A', '/docs/%ZZ'])
      await expectProblem(await fetch(server.url + pathname), 400, 'invalid_request');
    await stillServing();
  });

  it('answers a request target it cannot parse as a URL with a problem, not a crash', async () => {
    const response = await rawRequest(server.url, 'GET http://[oops/ HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(response).toMatch(/^HTTP\/1\.1 400 /);
    expect(response).toContain('application/problem+json');
    await stillServing();
  });

  it('refuses prompts with NUL characters or lone surrogates with 400', async () => {
    for (const prompt of ['a pet store\u0000', 'a pet store \ud800', 'a pet store \udc00 api']) {
      const body = await expectProblem(
        await fetch(
          `${server.url}/v1/generate`,
          as(alice, { method: 'POST', body: JSON.stringify({ prompt }) }),
        ),
        400,
        'invalid_request',
      );
      expect(body.detail).toMatch(/prompt/);
    }
    await stillServing();
  });

  it('refuses a spec nested 100 000 levels deep, or holding a NUL, with 400', async () => {
    const depth = 100_000;
    const deep = `{"spec":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`;
    const body = await expectProblem(
      await fetch(`${server.url}/v1/generate`, as(alice, { method: 'POST', body: deep })),
      400,
      'invalid_request',
    );
    expect(body.detail).toMatch(/deep/);
    const withNul = { spec: { name: 'pets', resources: [{ name: 'pet\u0000' }] } };
    await expectProblem(
      await fetch(`${server.url}/v1/generate`, as(alice, { method: 'POST', body: JSON.stringify(withNul) })),
      400,
      'invalid_request',
    );
    await stillServing();
  });

  it('refuses a WebSocket path with a broken escape with 400 before the upgrade', async () => {
    const refused = await refusedUpgrade(`${server.url.replace('http', 'ws')}/ws/jobs/%E0%A4%A`, {
      authorization: `Bearer ${alice}`,
    });
    expect(refused).toMatchObject({ status: 400, body: { code: 'invalid_request', status: 400 } });
    await stillServing();
  });

  it('refuses a last event id beyond the integer range with 400, on SSE and WebSocket', async () => {
    const jobId = await startCheapJob();
    await expectProblem(
      await fetch(
        `${server.url}/v1/jobs/${jobId}/events`,
        as(alice, { headers: { 'last-event-id': '99999999999' } }),
      ),
      400,
      'invalid_request',
    );
    const refused = await refusedUpgrade(
      `${server.url.replace('http', 'ws')}/ws/jobs/${jobId}?lastEventId=99999999999`,
      { authorization: `Bearer ${alice}` },
    );
    expect(refused).toMatchObject({ status: 400, body: { code: 'invalid_request' } });
    await stillServing();
  });

  it('refuses the same hostile input through the tRPC router with a client error', async () => {
    const start = (input: unknown) =>
      fetch(
        `${server.url}/trpc/jobs.start`,
        as(alice, { method: 'POST', body: JSON.stringify({ json: input }) }),
      );
    for (const prompt of ['a pet store\u0000', 'a pet store \ud800']) {
      const refused = await start({ prompt, test: false, deploy: false });
      expect(refused.status, JSON.stringify(prompt)).toBe(400);
    }
    const started = await start(cheap);
    expect(started.status).toBe(200);
    const { jobId } = ((await started.json()) as { result: { data: { json: { jobId: string } } } }).result
      .data.json;
    const input = encodeURIComponent(JSON.stringify({ json: { jobId, lastEventId: '99999999999' } }));
    const events = await fetch(`${server.url}/trpc/jobs.events?input=${input}`, as(alice));
    const text = await events.text();
    expect(text).not.toMatch(/INTERNAL_SERVER_ERROR|"httpStatus":500/);
    expect(text).toMatch(/BAD_REQUEST|"httpStatus":400/);
    await stillServing();
  });

  it('closes event streams of a finished job resumed past its last event', async () => {
    const jobId = await startCheapJob();
    const all = parseSse(await (await fetch(`${server.url}/v1/jobs/${jobId}/events`, as(alice))).text());
    const last = all.at(-1)!.id;
    for (const past of [last, last + 1, last + 1000]) {
      const sse = await fetch(
        `${server.url}/v1/jobs/${jobId}/events`,
        as(alice, { headers: { 'last-event-id': String(past) }, signal: AbortSignal.timeout(10_000) }),
      );
      expect(sse.status).toBe(200);
      expect(parseSse(await sse.text())).toEqual([]);
      const messages = await new Promise<unknown[]>((resolve, reject) => {
        const received: unknown[] = [];
        const ws = new WebSocket(`${server.url.replace('http', 'ws')}/ws/jobs/${jobId}?lastEventId=${past}`, {
          headers: { authorization: `Bearer ${alice}` },
        });
        const timer = setTimeout(() => reject(new Error('the socket stayed open')), 10_000);
        ws.on('message', (data) => received.push(JSON.parse(String(data))));
        ws.on('close', (code) => {
          clearTimeout(timer);
          expect(code).toBe(1000);
          resolve(received);
        });
        ws.on('error', reject);
      });
      expect(messages).toEqual([]);
      // The tRPC subscription reads the same stream.
      const input = encodeURIComponent(JSON.stringify({ json: { jobId, lastEventId: String(past) } }));
      const trpc = await fetch(
        `${server.url}/trpc/jobs.events?input=${input}`,
        as(alice, { signal: AbortSignal.timeout(10_000) }),
      );
      expect(await trpc.text()).not.toContain('"id"');
    }
  });
});

describe('JWT verification, as Supabase does it', () => {
  let t: TestDatabase;
  let server: Awaited<ReturnType<typeof startServer>>;
  const status = async (token: string, url = server.url) =>
    (await fetch(`${url}/v1/projects`, { headers: { authorization: `Bearer ${token}` } })).status;

  beforeAll(async () => {
    t = await freshPglite();
    // Every refused token here is a failed authentication from one address: lift that limit.
    server = await startServer(t.db, { authFailureLimit: { burst: 1000, perSecond: 100 } });
  });
  afterAll(async () => {
    await server?.app.close();
    await t?.dispose();
  });

  it('accepts a Supabase access token', async () => {
    expect(await status(await tokenFor())).toBe(200);
  });

  it('refuses tokens without exp, for another audience, or for a role other than authenticated', async () => {
    const claims = { role: 'authenticated', aud: 'authenticated' };
    expect(await status(await sign(claims))).toBe(401); // no exp
    expect(
      await status(await sign({ ...claims, aud: 'other-service' }, (j) => j.setExpirationTime('1h'))),
    ).toBe(401);
    expect(await status(await sign({ role: 'authenticated' }, (j) => j.setExpirationTime('1h')))).toBe(401); // no aud
    expect(await status(await sign({ ...claims, role: 'anon' }, (j) => j.setExpirationTime('1h')))).toBe(401);
    expect(
      await status(await sign({ ...claims, role: 'service_role' }, (j) => j.setExpirationTime('1h'))),
    ).toBe(401);
    expect(await status(await sign({ aud: 'authenticated' }, (j) => j.setExpirationTime('1h')))).toBe(401); // no role
  });

  it('accepts only the allow-listed algorithm for the key', async () => {
    const claims = { role: 'authenticated', aud: 'authenticated' };
    // The same secret under HS512 verifies cryptographically, but is not what Supabase signs with.
    expect(await status(await sign(claims, (j) => j.setExpirationTime('1h'), 'HS512'))).toBe(401);
    const [header, payload] = (await sign(claims, (j) => j.setExpirationTime('1h'))).split('.');
    const none = `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}.${payload}.`;
    expect(await status(none)).toBe(401);
    expect(header).toBeTruthy();
  });

  it('checks a configured audience instead of the default', async () => {
    const custom = await startServer(t.db, { auth: { jwtSecret, audience: 'forge-api' } });
    try {
      const forAudience = (aud: string) =>
        sign({ role: 'authenticated', aud }, (j) => j.setExpirationTime('1h'));
      expect(await status(await forAudience('forge-api'), custom.url)).toBe(200);
      expect(await status(await forAudience('authenticated'), custom.url)).toBe(401);
    } finally {
      await custom.app.close();
    }
  });

  it('verifies asymmetric tokens against the JWKS, and legacy HS256 ones against the secret as well', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    const jwks = createServer((_req, res) => {
      void exportJWK(publicKey).then((jwk) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ keys: [{ ...jwk, kid: 'k1', alg: 'ES256', use: 'sig' }] }));
      });
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const jwksUrl = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/auth/v1/.well-known/jwks.json`;
    const both = await startServer(t.db, { auth: { jwtSecret, jwksUrl } });
    const keysOnly = await startServer(t.db, { auth: { jwksUrl } });
    try {
      const es256 = await new SignJWT({ role: 'authenticated', aud: 'authenticated' })
        .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
        .setSubject(randomUUID())
        .setExpirationTime('1h')
        .sign(privateKey);
      const hs256 = await tokenFor();
      expect(await status(es256, both.url)).toBe(200);
      expect(await status(hs256, both.url)).toBe(200);
      expect(await status(es256, keysOnly.url)).toBe(200);
      expect(await status(hs256, keysOnly.url)).toBe(401);
      expect(await status(es256)).toBe(401); // the secret-only server takes HS256 alone
      const other = await generateKeyPair('ES256');
      const forged = await new SignJWT({ role: 'authenticated', aud: 'authenticated' })
        .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
        .setSubject(randomUUID())
        .setExpirationTime('1h')
        .sign(other.privateKey);
      expect(await status(forged, both.url)).toBe(401);
    } finally {
      await both.app.close();
      await keysOnly.app.close();
      await new Promise<void>((resolve) => jwks.close(() => resolve()));
    }
  });

  it("answers 401 in the server's own words, never the JWT library's", async () => {
    const expired = await sign({ role: 'authenticated', aud: 'authenticated' }, (j) =>
      j.setIssuedAt(1_000_000).setExpirationTime(1_000_060),
    );
    const tampered = `${(await tokenFor()).slice(0, -4)}AAAA`;
    const wrongAudience = await sign({ role: 'authenticated', aud: 'other-service' }, (j) =>
      j.setExpirationTime('1h'),
    );
    for (const token of [expired, tampered, wrongAudience, 'not-a-jwt']) {
      const response = await fetch(`${server.url}/v1/projects`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.status).toBe(401);
      const { detail } = (await response.json()) as { detail: string };
      expect(detail).not.toMatch(/claim|signature verification|JWS|JWT|Invalid Compact|timestamp/);
    }
    const expiredBody = (await (
      await fetch(`${server.url}/v1/projects`, { headers: { authorization: `Bearer ${expired}` } })
    ).json()) as { detail: string };
    expect(expiredBody.detail).toMatch(/expired/);
  });
});

describe('failed authentications', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshPglite();
  });
  afterAll(() => t?.dispose());

  it('are rate-limited per client address before the credentials are checked', async () => {
    const limited = await startServer(t.db, { authFailureLimit: { burst: 3, perSecond: 0.01 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++)
        statuses.push(
          (await fetch(`${limited.url}/v1/projects`, { headers: { 'x-api-key': `sk_guess${i}` } })).status,
        );
      expect(statuses).toEqual([401, 401, 401, 429]);
      // Blocked before auth: even a valid token from this address waits.
      const blocked = await fetch(`${limited.url}/v1/projects`, {
        headers: { authorization: `Bearer ${await tokenFor()}` },
      });
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await blocked.json()).toMatchObject({ code: 'auth_rate_limited' });
    } finally {
      await limited.app.close();
    }
  });

  it('are keyed by the socket address, so a forged X-Forwarded-For does not evade the limit', async () => {
    const limited = await startServer(t.db, { authFailureLimit: { burst: 2, perSecond: 0.01 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++)
        statuses.push(
          (
            await fetch(`${limited.url}/v1/projects`, {
              headers: { 'x-api-key': 'sk_guess', 'x-forwarded-for': `203.0.113.${i}` },
            })
          ).status,
        );
      expect(statuses).toEqual([401, 401, 429]);
    } finally {
      await limited.app.close();
    }
  });

  it('behind a trusted proxy, are keyed by the address the proxy saw', async () => {
    const limited = await startServer(t.db, {
      authFailureLimit: { burst: 1, perSecond: 0.01 },
      trustedProxyHops: 1,
    });
    try {
      // The client may prepend anything; the proxy appends the address it saw, the last entry.
      const from = (address: string) =>
        fetch(`${limited.url}/v1/projects`, {
          headers: { 'x-api-key': 'sk_guess', 'x-forwarded-for': `10.9.9.9, ${address}` },
        });
      expect((await from('198.51.100.1')).status).toBe(401);
      expect((await from('198.51.100.1')).status).toBe(429);
      expect((await from('198.51.100.2')).status).toBe(401);
    } finally {
      await limited.app.close();
    }
  });

  it('do not count successful ones', async () => {
    const limited = await startServer(t.db, { authFailureLimit: { burst: 2, perSecond: 0.01 } });
    try {
      const token = await tokenFor();
      for (let i = 0; i < 5; i++)
        expect(
          (await fetch(`${limited.url}/v1/projects`, { headers: { authorization: `Bearer ${token}` } }))
            .status,
        ).toBe(200);
    } finally {
      await limited.app.close();
    }
  });
});

describe("the web page's security headers", () => {
  let t: TestDatabase;
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    t = await freshPglite();
    server = await startServer(t.db, {
      webAuth: { supabaseUrl: 'https://abc.supabase.co', supabaseAnonKey: 'anon-key' },
    });
  });
  afterAll(async () => {
    await server?.app.close();
    await t?.dispose();
  });

  it('forbid framing, sniffing and foreign scripts on the page that takes tokens', async () => {
    for (const pathname of ['/', '/docs']) {
      const response = await fetch(server.url + pathname);
      expect(response.status).toBe(200);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    }
    // The page signs in against its Supabase project, so only that origin is added to connect-src.
    const page = (await fetch(server.url)).headers.get('content-security-policy') ?? '';
    expect(page).toMatch(/connect-src 'self' https:\/\/abc\.supabase\.co(;|$)/);
  });

  it('send nosniff on every answer, problems included', async () => {
    for (const pathname of ['/app.js', '/openapi.json', '/v1/projects', '/nothing'])
      expect((await fetch(server.url + pathname)).headers.get('x-content-type-options'), pathname).toBe(
        'nosniff',
      );
  });
});
