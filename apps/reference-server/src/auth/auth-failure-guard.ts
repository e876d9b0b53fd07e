import type { IncomingMessage } from 'node:http';
import { ServerError, tooManyRequests } from '../errors.js';
import { clientAddress } from '../http/client-address.js';
import type { RateLimit } from './rate-limiter.js';

/** Default: 10 failed authentications in a burst, then one every 10 s, per client address. */
export const defaultAuthFailureLimit: RateLimit = { burst: 10, perSecond: 0.1 };

/**
 * Rate-limits failed authentications per client address, around the authenticator: each 401 takes a
 * token from the address's bucket (`takeFailure`, a token-bucket limiter that throws a 429 when it is
 * empty), and from then on the address is refused with 429 before its credentials are even looked at,
 * until the bucket has refilled. Guessing API keys or replaying stolen tokens from one address
 * therefore costs time, while callers who authenticate pay nothing.
 */
export function createAuthFailureGuard(
  takeFailure: (address: string) => void | Promise<void>,
  options: { readonly trustedProxyHops?: number; readonly now?: () => number } = {},
) {
  const now = options.now ?? Date.now;
  const blockedUntil = new Map<string, number>();
  /** Drops blocks that have run out, now and then, so addresses seen once do not pile up. */
  const prune = () => {
    if (blockedUntil.size < 10_000) return;
    for (const [address, until] of blockedUntil) if (until <= now()) blockedUntil.delete(address);
  };

  const refuse = (waitMs: number) => {
    const seconds = Math.max(1, Math.ceil(waitMs / 1000));
    return tooManyRequests(
      'auth_rate_limited',
      `Too many failed sign-ins from this address; retry in ${seconds} s.`,
      seconds,
    );
  };

  return async function guarded<T>(req: IncomingMessage, authenticate: () => Promise<T>): Promise<T> {
    const address = clientAddress(req, options.trustedProxyHops);
    const until = blockedUntil.get(address);
    if (until !== undefined) {
      if (until > now()) throw refuse(until - now());
      blockedUntil.delete(address);
    }
    try {
      return await authenticate();
    } catch (error) {
      if (!(error instanceof ServerError) || error.status !== 401) throw error;
      try {
        await takeFailure(address);
      } catch (limited) {
        if (!(limited instanceof ServerError) || limited.status !== 429) throw limited;
        const waitMs = (limited.retryAfterSeconds ?? 1) * 1000;
        prune();
        blockedUntil.set(address, now() + waitMs);
        throw refuse(waitMs);
      }
      throw error;
    }
  };
}
