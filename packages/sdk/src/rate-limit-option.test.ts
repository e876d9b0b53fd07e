import { describe, expect, it } from 'vitest';
import { parseRateLimit } from './cli/generate-command.js';
import { InvalidOptionError } from './errors.js';
import { rateLimitEnv } from './rate-limit-option.js';

describe('rate limit option', () => {
  it('becomes the generated API’s RATE_LIMIT and RATE_LIMIT_WINDOW, with a 60 s window by default', () => {
    expect(rateLimitEnv(undefined)).toEqual({});
    expect(rateLimitEnv({ requests: 600 })).toEqual({ RATE_LIMIT: '600', RATE_LIMIT_WINDOW: '60' });
    expect(rateLimitEnv({ requests: 5, windowSeconds: 1 })).toEqual({
      RATE_LIMIT: '5',
      RATE_LIMIT_WINDOW: '1',
    });
  });

  it('refuses budgets no server can keep, naming the option', () => {
    for (const bad of [{ requests: 0 }, { requests: 1.5 }, { requests: 10, windowSeconds: 0 }]) {
      expect(() => rateLimitEnv(bad)).toThrow(InvalidOptionError);
    }
    expect(() => rateLimitEnv({ requests: 10, windowSeconds: -1 })).toThrow(/rateLimit.windowSeconds/);
  });

  it('reads the CLI’s N or N/SECONDS', () => {
    expect(parseRateLimit('600')).toEqual({ requests: 600, windowSeconds: 60 });
    expect(parseRateLimit(' 100/10 ')).toEqual({ requests: 100, windowSeconds: 10 });
    for (const bad of ['', 'many', '0', '10/0', '-5', '10/5/2', '1e3'])
      expect(parseRateLimit(bad)).toBeNull();
  });
});
