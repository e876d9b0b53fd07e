import { InvalidOptionError } from './errors.js';
import type { RateLimitOption } from './forge-types.js';

/**
 * The environment that switches a generated API's rate limit on (both stacks read `RATE_LIMIT` and
 * `RATE_LIMIT_WINDOW`), checked before any stage runs so a bad value costs nothing.
 */
export function rateLimitEnv(rateLimit: RateLimitOption | undefined): Record<string, string> {
  if (rateLimit === undefined) return {};
  const { requests, windowSeconds = 60 } = rateLimit;
  if (!Number.isInteger(requests) || requests < 1) {
    throw new InvalidOptionError(
      'rateLimit.requests',
      `rateLimit.requests must be a whole number of requests of at least 1, not ${String(requests)}.`,
    );
  }
  if (!Number.isInteger(windowSeconds) || windowSeconds < 1) {
    throw new InvalidOptionError(
      'rateLimit.windowSeconds',
      `rateLimit.windowSeconds must be a whole number of seconds of at least 1, not ${String(windowSeconds)}.`,
    );
  }
  return { RATE_LIMIT: String(requests), RATE_LIMIT_WINDOW: String(windowSeconds) };
}
