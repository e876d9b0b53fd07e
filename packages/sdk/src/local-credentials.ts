import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import type { ApiDesign } from '@smartapiforge/spec-engine';

/**
 * Credentials made for one deployment of an API that requires auth: the environment that configures
 * the server, and two users' credentials (to call it, and for the contract suite's ownership checks).
 */
export interface LocalCredentials {
  readonly type: 'bearer-jwt' | 'api-key';
  /** Environment variables the server needs (JWT_SECRET or API_KEYS). */
  readonly env: Readonly<Record<string, string>>;
  /** Two users' credentials: bearer JWTs, or API keys. */
  readonly tokens: readonly [string, string];
  /** The header to send each token in, e.g. `Authorization: Bearer <token>` or `X-API-Key: <key>`. */
  readonly header: string;
}

const tokenLifetimeSeconds = 7 * 24 * 3600;

/** Fresh secrets per deployment, so nothing generated ships with a shared default secret. */
export function createLocalCredentials(design: ApiDesign): LocalCredentials | undefined {
  if (design.auth.type === 'api-key') {
    const tokens = [randomBytes(24).toString('base64url'), randomBytes(24).toString('base64url')] as const;
    return {
      type: 'api-key',
      env: { API_KEYS: tokens.join(',') },
      tokens,
      header: design.auth.apiKeyHeader ?? 'X-API-Key',
    };
  }
  if (design.auth.type === 'bearer-jwt') {
    const secret = randomBytes(32).toString('hex');
    const tokens = [signJwt(secret, randomUUID()), signJwt(secret, randomUUID())] as const;
    // The audience generated APIs require by default, stated so the deployment never depends on it.
    return {
      type: 'bearer-jwt',
      env: { JWT_SECRET: secret, JWT_AUDIENCE: jwtAudience },
      tokens,
      header: 'Authorization: Bearer',
    };
  }
  return undefined;
}

/** The `aud` of Supabase access tokens, which generated APIs check by default. */
export const jwtAudience = 'authenticated';

/** An HS256 JWT shaped like a Supabase access token (`sub`, `aud` and `role: authenticated`, `exp`). */
export function signJwt(secret: string, subject: string, now = Math.floor(Date.now() / 1000)): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode({
    sub: subject,
    aud: jwtAudience,
    role: 'authenticated',
    iat: now,
    exp: now + tokenLifetimeSeconds,
  })}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}
