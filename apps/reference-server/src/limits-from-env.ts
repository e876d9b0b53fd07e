import { ForgeError } from '@smartapiforge/errors';
import type { RateLimit } from './auth/rate-limiter.js';
import type { DeploymentLimits } from './deployments/idle-deployments.js';

type Env = Readonly<Record<string, string | undefined>>;

/** A positive number from the environment, or undefined when unset; anything else stops the start. */
function positive(env: Env, name: string, integer: boolean): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!(value > 0) || !Number.isFinite(value) || (integer && !Number.isInteger(value)))
    throw new ForgeError(
      'config_invalid',
      `${name}=${raw} is not a positive ${integer ? 'whole ' : ''}number; unset it for the default.`,
    );
  return value;
}

/**
 * The abuse limits main.ts reads from the environment: AUTH_FAILURE_BURST failed authentications per
 * client address, then one more every AUTH_FAILURE_REFILL_SECONDS; MAX_LIVE_DEPLOYMENTS per user;
 * DEPLOYMENT_IDLE_MINUTES before an unused deployment is stopped; TRUSTED_PROXY_HOPS, the proxies in
 * front that append to X-Forwarded-For. Unset ones keep the server's defaults.
 */
export function limitsFromEnv(env: Env): {
  authFailureLimit?: RateLimit;
  deployments?: Partial<DeploymentLimits>;
  trustedProxyHops?: number;
} {
  const hops = positive(env, 'TRUSTED_PROXY_HOPS', true);
  const burst = positive(env, 'AUTH_FAILURE_BURST', true);
  const refillSeconds = positive(env, 'AUTH_FAILURE_REFILL_SECONDS', false);
  const maxLive = positive(env, 'MAX_LIVE_DEPLOYMENTS', true);
  const idleMinutes = positive(env, 'DEPLOYMENT_IDLE_MINUTES', false);
  return {
    ...(hops !== undefined ? { trustedProxyHops: hops } : {}),
    ...(burst !== undefined || refillSeconds !== undefined
      ? { authFailureLimit: { burst: burst ?? 10, perSecond: 1 / (refillSeconds ?? 10) } }
      : {}),
    ...(maxLive !== undefined || idleMinutes !== undefined
      ? {
          deployments: {
            ...(maxLive !== undefined ? { maxLive } : {}),
            ...(idleMinutes !== undefined ? { idleTimeoutMs: idleMinutes * 60_000 } : {}),
          },
        }
      : {}),
  };
}
