import { describe, expect, it } from 'vitest';
import { ForgeError } from './index.js';

class StageError extends ForgeError {}

describe('ForgeError', () => {
  it('carries a stable code, cause, retry hint and details', () => {
    const cause = new Error('socket hang up');
    const error = new StageError('stage_failed', 'The stage failed; retry.', {
      cause,
      isRetryable: true,
      details: { stage: 'test' },
    });
    expect(error.name).toBe('StageError');
    expect(error.code).toBe('stage_failed');
    expect(error.cause).toBe(cause);
    expect(error.isRetryable).toBe(true);
    expect(error.toJSON()).toEqual({
      name: 'StageError',
      code: 'stage_failed',
      message: 'The stage failed; retry.',
      details: { stage: 'test' },
    });
  });

  it('recognises instances by brand, not prototype', () => {
    expect(ForgeError.isInstance(new StageError('x', 'y'))).toBe(true);
    expect(ForgeError.isInstance(new Error('plain'))).toBe(false);
    expect(ForgeError.isInstance({ code: 'x' })).toBe(false);
  });
});
