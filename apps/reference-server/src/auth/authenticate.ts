import type { IncomingMessage } from 'node:http';
import { ForgeError } from '@smartapiforge/errors';
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { unauthorized } from '../errors.js';
import { isUuid } from '../ids.js';
import type { Store } from '../store/store.js';

export interface AuthOptions {
  /** Supabase's JWT secret (HS256), e.g. from SUPABASE_JWT_SECRET. */
  readonly jwtSecret?: string;
  /** The project's JWKS URL, for asymmetric Supabase signing keys. */
  readonly jwksUrl?: string;
  /** Expected `aud`; Supabase access tokens use `authenticated`. */
  readonly audience?: string;
}

/**
 * Resolves the caller's user id from `Authorization: Bearer <jwt>` or `?access_token=` (a Supabase
 * access token; `sub` is the owner) or from an API key (`X-API-Key`, or a token starting with `sk_`).
 */
export function createAuthenticator(store: Store, options: AuthOptions) {
  const key: Uint8Array | JWTVerifyGetKey | undefined = options.jwksUrl
    ? createRemoteJWKSet(new URL(options.jwksUrl))
    : options.jwtSecret
      ? new TextEncoder().encode(options.jwtSecret)
      : undefined;

  async function verifyJwt(token: string): Promise<string> {
    if (!key) throw unauthorized('This server has no JWT secret or JWKS configured; use an API key.');
    try {
      const { payload } = await jwtVerify(token, key as Uint8Array, {
        ...(options.audience ? { audience: options.audience } : {}),
      });
      if (typeof payload.sub !== 'string' || !isUuid(payload.sub))
        throw unauthorized('The access token has no user id (sub).');
      return payload.sub;
    } catch (error) {
      if (ForgeError.isInstance(error)) throw error;
      throw unauthorized(`The access token is invalid: ${(error as Error).message}. Sign in again.`);
    }
  }

  async function verifyApiKey(apiKey: string): Promise<string> {
    const owner = await store.resolveApiKey(apiKey);
    if (!owner) throw unauthorized('The API key is unknown or revoked.');
    return owner;
  }

  return async function authenticate(req: IncomingMessage): Promise<string> {
    const apiKey = req.headers['x-api-key'];
    if (typeof apiKey === 'string') return verifyApiKey(apiKey);
    // Browsers cannot set headers on WebSocket or EventSource requests, hence the query parameter.
    const token =
      /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1]?.trim() ??
      new URL(req.url ?? '/', 'http://localhost').searchParams.get('access_token');
    if (!token) throw unauthorized('Send `Authorization: Bearer <access token>` or `X-API-Key: <key>`.');
    return token.startsWith('sk_') ? verifyApiKey(token) : verifyJwt(token);
  };
}

export type Authenticate = ReturnType<typeof createAuthenticator>;
