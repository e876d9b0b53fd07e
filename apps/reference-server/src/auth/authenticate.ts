import type { IncomingMessage } from 'node:http';
import { ForgeError } from '@smartapiforge/errors';
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { unauthorized } from '../errors.js';
import { parseRequestUrl } from '../http/request-handler.js';
import { isUuid } from '../ids.js';
import type { Store } from '../store/store.js';

export interface AuthOptions {
  /** Supabase's JWT secret (HS256), e.g. from SUPABASE_JWT_SECRET. */
  readonly jwtSecret?: string;
  /** The project's JWKS URL, for asymmetric Supabase signing keys (ES256 or RS256). */
  readonly jwksUrl?: string;
  /** Required `aud`. Default `authenticated`, what Supabase puts in its users' access tokens. */
  readonly audience?: string;
  /** Required `iss`, e.g. `https://<ref>.supabase.co/auth/v1`; unchecked when absent. */
  readonly issuer?: string;
  /** Required `role` claim. Default `authenticated`: anon and service_role tokens are not users. */
  readonly role?: string;
}

/** What Supabase signs with: HS256 under the legacy secret, ES256 or RS256 under its signing keys. */
const symmetricAlgorithms = ['HS256'];
const asymmetricAlgorithms = ['ES256', 'RS256'];

/**
 * Why a token failed, in this server's words. jose's messages quote claims and internals; they go to
 * no client. Unknown failures get the generic sentence.
 */
function reasonFor(error: unknown): string {
  const { code, claim } = error as { code?: string; claim?: string };
  if (code === 'ERR_JWT_EXPIRED') return 'The access token has expired; sign in again.';
  if (code === 'ERR_JWT_CLAIM_VALIDATION_FAILED') {
    if (claim === 'exp') return 'The access token has no expiry; this server accepts only expiring tokens.';
    if (claim === 'aud') return 'The access token was issued for another audience, not this server.';
    if (claim === 'iss') return 'The access token was issued by another project.';
    if (claim === 'nbf' || claim === 'iat') return 'The access token is not valid yet; check the clock.';
    if (claim === 'sub') return 'The access token names no user.';
  }
  if (code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' || code === 'ERR_JWKS_NO_MATCHING_KEY')
    return "The access token's signature does not verify with this server's keys; sign in again.";
  if (code === 'ERR_JOSE_ALG_NOT_ALLOWED')
    return 'The access token is signed with an algorithm this server does not accept.';
  if (code === 'ERR_JWS_INVALID' || code === 'ERR_JWT_INVALID')
    return 'The access token is malformed; send it exactly as Supabase issued it.';
  return 'The access token could not be verified; sign in again.';
}

/**
 * Resolves the caller's user id from `Authorization: Bearer <jwt>` or `?access_token=` (a Supabase
 * access token; `sub` is the owner) or from an API key (`X-API-Key`, or a token starting with `sk_`).
 * Tokens are checked as Supabase's own API gateway does: allow-listed algorithms for the key type,
 * a required expiry, the audience and the user role.
 */
export function createAuthenticator(store: Store, options: AuthOptions) {
  const secret = options.jwtSecret ? new TextEncoder().encode(options.jwtSecret) : undefined;
  const jwks = options.jwksUrl ? createRemoteJWKSet(new URL(options.jwksUrl)) : undefined;
  // A project moving to signing keys still has valid legacy HS256 tokens: with both configured, the
  // token's algorithm picks the key (never a public key as an HMAC secret, which the allow-list and
  // this choice both rule out).
  const key: JWTVerifyGetKey | undefined =
    secret || jwks
      ? (header, token) => (header.alg === 'HS256' || !jwks ? secret! : jwks(header, token))
      : undefined;
  const algorithms = [...(secret ? symmetricAlgorithms : []), ...(jwks ? asymmetricAlgorithms : [])];
  const role = options.role ?? 'authenticated';

  async function verifyJwt(token: string): Promise<string> {
    if (!key) throw unauthorized('This server has no token secret or JWKS configured; use an API key.');
    let payload;
    try {
      ({ payload } = await jwtVerify(token, key, {
        algorithms,
        audience: options.audience ?? 'authenticated',
        requiredClaims: ['exp', 'sub'],
        ...(options.issuer ? { issuer: options.issuer } : {}),
      }));
    } catch (error) {
      if (ForgeError.isInstance(error)) throw error;
      throw unauthorized(reasonFor(error));
    }
    if (payload.role !== role)
      throw unauthorized(`The access token is not a signed-in user's (its role must be "${role}").`);
    if (typeof payload.sub !== 'string' || !isUuid(payload.sub))
      throw unauthorized('The access token names no user (its sub is not a user id).');
    return payload.sub;
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
      parseRequestUrl(req.url).searchParams.get('access_token');
    if (!token) throw unauthorized('Send `Authorization: Bearer <access token>` or `X-API-Key: <key>`.');
    return token.startsWith('sk_') ? verifyApiKey(token) : verifyJwt(token);
  };
}

export type Authenticate = ReturnType<typeof createAuthenticator>;
