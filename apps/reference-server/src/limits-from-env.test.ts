import { describe, expect, it } from 'vitest';
import { limitsFromEnv } from './limits-from-env.js';

describe('limitsFromEnv', () => {
  it('keeps the defaults when nothing is set', () => {
    expect(limitsFromEnv({})).toEqual({});
  });

  it('reads each setting', () => {
    expect(
      limitsFromEnv({
        AUTH_FAILURE_BURST: '5',
        AUTH_FAILURE_REFILL_SECONDS: '30',
        MAX_LIVE_DEPLOYMENTS: '1',
        DEPLOYMENT_IDLE_MINUTES: '0.5',
      }),
    ).toEqual({
      authFailureLimit: { burst: 5, perSecond: 1 / 30 },
      deployments: { maxLive: 1, idleTimeoutMs: 30_000 },
    });
    expect(limitsFromEnv({ MAX_LIVE_DEPLOYMENTS: '7' })).toEqual({ deployments: { maxLive: 7 } });
    expect(limitsFromEnv({ TRUSTED_PROXY_HOPS: '2' })).toEqual({ trustedProxyHops: 2 });
  });

  it('refuses values that are not positive numbers, naming the variable', () => {
    for (const [name, value] of [
      ['MAX_LIVE_DEPLOYMENTS', '0'],
      ['MAX_LIVE_DEPLOYMENTS', '2.5'],
      ['AUTH_FAILURE_BURST', 'ten'],
      ['DEPLOYMENT_IDLE_MINUTES', '-1'],
      ['AUTH_FAILURE_REFILL_SECONDS', 'Infinity'],
    ])
      expect(() => limitsFromEnv({ [name!]: value }), `${name}=${value}`).toThrow(
        expect.objectContaining({ code: 'config_invalid', message: expect.stringContaining(name!) }),
      );
  });
});
