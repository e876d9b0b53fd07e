import { describe, expect, it } from 'vitest';
import { prepareProjectRuntime } from './project-runtime.js';

describe('prepareProjectRuntime', () => {
  it('names the runtime, marks the dependency mount as its own, and reports a ready cache at once', async () => {
    const calls: boolean[] = [];
    // The second call finds the cache the first (or setup) filled.
    await prepareProjectRuntime('express');
    const runtime = await prepareProjectRuntime('express', {
      onInstalling: (fromCache) => calls.push(fromCache),
    });
    expect(calls).toEqual([true]);
    expect(runtime.name).toBe('node20-express');
    expect(runtime.mounts).toEqual([
      {
        hostPath: expect.stringMatching(/node_modules$/),
        sandboxPath: 'node_modules',
        runtime: 'node20-express',
      },
    ]);
  });
});
