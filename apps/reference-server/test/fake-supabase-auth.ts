import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { jwtVerify, SignJWT } from 'jose';

/**
 * A loopback fake of Supabase Auth (GoTrue) behind its gateway, speaking the wire format supabase-js
 * uses for magic links: `POST /auth/v1/otp` "emails" a link (recorded in `mailbox`), the link
 * `GET /auth/v1/verify` answers 303 to `redirect_to#access_token=…` (or `#error=…` once used),
 * `GET /auth/v1/user`, `POST /auth/v1/token?grant_type=refresh_token` (rotating refresh tokens) and
 * `POST /auth/v1/logout`. Access tokens are HS256 JWTs signed with the project's JWT secret, with the
 * claims Supabase puts in them. Errors use API version 2024-01-01's `{ code, message }`.
 */

interface User {
  readonly id: string;
  readonly email: string;
  readonly createdAt: string;
}

export interface RecordedRequest {
  readonly method: string;
  /** Path and query, e.g. `/auth/v1/otp?redirect_to=…`. */
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: unknown;
}

export interface FakeSupabaseAuthOptions {
  /** The JWT secret the reference server verifies access tokens with. */
  readonly jwtSecret: string;
  readonly anonKey?: string;
}

const apiVersion = '2024-01-01';

export async function startFakeSupabaseAuth(options: FakeSupabaseAuthOptions) {
  const anonKey = options.anonKey ?? `anon-${randomBytes(8).toString('hex')}`;
  const secret = new TextEncoder().encode(options.jwtSecret);
  const users = new Map<string, User>(); // by email
  const linkTokens = new Map<string, { user: User; redirectTo: string }>(); // one use each
  const sessions = new Map<string, User>(); // live sessions by id
  const refreshTokens = new Map<string, string>(); // live refresh token → session id
  const requests: RecordedRequest[] = [];
  const mailbox: { email: string; link: string }[] = [];
  let baseUrl = '';

  const userJson = (user: User) => ({
    id: user.id,
    aud: 'authenticated',
    role: 'authenticated',
    email: user.email,
    email_confirmed_at: user.createdAt,
    phone: '',
    confirmed_at: user.createdAt,
    last_sign_in_at: new Date().toISOString(),
    app_metadata: { provider: 'email', providers: ['email'] },
    user_metadata: {},
    identities: [],
    created_at: user.createdAt,
    updated_at: new Date().toISOString(),
    is_anonymous: false,
  });

  /** A session as GoTrue issues one: a signed access token and a single-use refresh token. */
  async function issueSession(user: User, sessionId: string = randomUUID()) {
    sessions.set(sessionId, user);
    const issuedAt = Math.floor(Date.now() / 1000);
    const expiresIn = fake.expiresIn;
    const accessToken = await new SignJWT({
      email: user.email,
      phone: '',
      app_metadata: { provider: 'email', providers: ['email'] },
      user_metadata: {},
      role: 'authenticated',
      aal: 'aal1',
      amr: [{ method: 'otp', timestamp: issuedAt }],
      session_id: sessionId,
      is_anonymous: false,
    })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(`${baseUrl}/auth/v1`)
      .setSubject(user.id)
      .setAudience('authenticated')
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + expiresIn)
      .sign(secret);
    const refreshToken = randomBytes(9).toString('base64url');
    refreshTokens.set(refreshToken, sessionId);
    return {
      access_token: accessToken,
      token_type: 'bearer',
      expires_in: expiresIn,
      expires_at: issuedAt + expiresIn,
      refresh_token: refreshToken,
      user: userJson(user),
    };
  }

  class AuthError extends Error {
    constructor(
      readonly status: number,
      readonly code: string,
      message: string,
    ) {
      super(message);
    }
  }

  /** The user and session of `Authorization: Bearer <access token>`, as GoTrue checks them. */
  async function caller(req: IncomingMessage) {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!token) throw new AuthError(401, 'no_authorization', 'This endpoint requires a Bearer token');
    const { payload } = await jwtVerify(token, secret, { audience: 'authenticated' }).catch(
      (error: Error) => {
        throw new AuthError(
          403,
          'bad_jwt',
          `invalid JWT: unable to parse or verify signature, ${error.message}`,
        );
      },
    );
    const sessionId = String(payload.session_id);
    const user = sessions.get(sessionId);
    if (!user || user.id !== payload.sub)
      throw new AuthError(403, 'session_not_found', 'Session from session_id claim in JWT does not exist');
    return { user, sessionId };
  }

  async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  }

  function send(res: ServerResponse, status: number, body?: unknown) {
    res.writeHead(status, {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      'x-supabase-api-version': apiVersion,
    });
    res.end(body === undefined ? undefined : JSON.stringify(body));
  }

  async function handle(req: IncomingMessage, res: ServerResponse, url: URL, body: Record<string, unknown>) {
    const route = `${req.method} ${url.pathname}`;
    // The magic link is a browser navigation, so it carries no apikey; every API call must.
    if (route === 'GET /auth/v1/verify') {
      const redirectTo = url.searchParams.get('redirect_to') ?? '';
      const pending = linkTokens.get(url.searchParams.get('token') ?? '');
      linkTokens.delete(url.searchParams.get('token') ?? '');
      const session =
        pending && url.searchParams.get('type') === 'magiclink' && (await issueSession(pending.user));
      const fragment = new URLSearchParams(
        session
          ? {
              access_token: session.access_token,
              expires_at: String(session.expires_at),
              expires_in: String(session.expires_in),
              refresh_token: session.refresh_token,
              token_type: 'bearer',
              type: 'magiclink',
            }
          : {
              error: 'access_denied',
              error_code: 'otp_expired',
              error_description: 'Email link is invalid or has expired',
            },
      );
      res.writeHead(303, { location: `${pending?.redirectTo ?? redirectTo}#${fragment}` }).end();
      return;
    }
    if (req.headers.apikey !== anonKey)
      throw new AuthError(401, 'no_api_key', 'No `apikey` request header or url param was found.');
    switch (route) {
      case 'POST /auth/v1/otp': {
        const { email, create_user: createUser } = body;
        if (typeof email !== 'string' || !email.includes('@'))
          throw new AuthError(400, 'validation_failed', 'Unable to validate email address: invalid format');
        let user = users.get(email);
        if (!user && createUser !== true)
          throw new AuthError(422, 'otp_disabled', 'Signups not allowed for otp');
        user ??= { id: randomUUID(), email, createdAt: new Date().toISOString() };
        users.set(email, user);
        const redirectTo = url.searchParams.get('redirect_to') ?? baseUrl;
        const token = randomBytes(28).toString('hex');
        linkTokens.set(token, { user, redirectTo });
        const link = new URL(`${baseUrl}/auth/v1/verify`);
        link.search = new URLSearchParams({ token, type: 'magiclink', redirect_to: redirectTo }).toString();
        mailbox.push({ email, link: link.href });
        return send(res, 200, {});
      }
      case 'GET /auth/v1/user':
        return send(res, 200, userJson((await caller(req)).user));
      case 'POST /auth/v1/token': {
        if (url.searchParams.get('grant_type') !== 'refresh_token')
          throw new AuthError(400, 'validation_failed', 'unsupported_grant_type');
        const sessionId = refreshTokens.get(String(body.refresh_token));
        const user = sessionId && sessions.get(sessionId);
        if (!sessionId || !user)
          throw new AuthError(
            400,
            'refresh_token_not_found',
            'Invalid Refresh Token: Refresh Token Not Found',
          );
        refreshTokens.delete(String(body.refresh_token)); // rotated: each refresh token works once
        return send(res, 200, await issueSession(user, sessionId));
      }
      case 'POST /auth/v1/logout': {
        const { user, sessionId } = await caller(req);
        const scope = url.searchParams.get('scope') ?? 'global';
        for (const [id, owner] of sessions)
          if (scope === 'global' ? owner.id === user.id : id === sessionId) sessions.delete(id);
        return send(res, 204);
      }
      default:
        throw new AuthError(404, 'not_found', `${route} is not part of this fake`);
    }
  }

  const server = createServer((req, res) => {
    // Supabase's gateway answers CORS for browsers on any origin.
    res.setHeader('access-control-allow-origin', req.headers.origin ?? '*');
    res.setHeader('access-control-expose-headers', 'x-supabase-api-version');
    if (req.method === 'OPTIONS') {
      res.setHeader('access-control-allow-methods', 'GET, POST, PUT, DELETE, OPTIONS');
      res.setHeader('access-control-allow-headers', req.headers['access-control-request-headers'] ?? '*');
      res.writeHead(204).end();
      return;
    }
    const url = new URL(req.url ?? '/', baseUrl);
    void readBody(req)
      .then(async (body) => {
        requests.push({
          method: req.method ?? 'GET',
          url: `${url.pathname}${url.search}`,
          headers: req.headers,
          body,
        });
        await handle(req, res, url, body);
      })
      .catch((error: unknown) =>
        error instanceof AuthError
          ? send(res, error.status, { code: error.code, message: error.message })
          : send(res, 500, { code: 'unexpected_failure', message: String(error) }),
      );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const fake = {
    /** The project URL supabase-js is created with (its Auth API is under /auth/v1). */
    url: baseUrl,
    anonKey,
    /** Seconds new access tokens live; under supabase-js's 90 s margin, every use refreshes first. */
    expiresIn: 3600,
    /** Every API request, in order, with its parsed JSON body. */
    requests,
    /** The magic links sent, oldest first. */
    mailbox,
    /** The newest link sent to `email`: what the user would click in the email. */
    linkFor(email: string): string {
      const mail = mailbox.findLast((sent) => sent.email === email);
      if (!mail) throw new Error(`No magic link was sent to ${email}.`);
      return mail.link;
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return fake;
}

export type FakeSupabaseAuth = Awaited<ReturnType<typeof startFakeSupabaseAuth>>;
