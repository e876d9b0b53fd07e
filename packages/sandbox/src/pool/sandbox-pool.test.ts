import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createBubblewrapSandbox } from '../bubblewrap/bubblewrap-sandbox.js';
import type { Sandbox, SandboxProvider } from '../sandbox-provider.js';
import { testSandboxProvider } from '../testing/index.js';
import { createSandboxPool } from './sandbox-pool.js';

const rootDir = mkdtempSync(join(tmpdir(), 'pool-test-'));
chmodSync(rootDir, 0o711);
const pool = createSandboxPool(createBubblewrapSandbox({ rootDir }), {
  size: 2,
  createOptions: { limits: {} },
});
afterAll(() => pool.close());

testSandboxProvider('bubblewrap behind a warm pool', () => pool);

/** A provider that counts creations and destructions, for the pool's bookkeeping. */
function countingProvider() {
  const stats = { created: 0, destroyed: 0, fail: false };
  const provider: SandboxProvider = {
    specificationVersion: 'v1',
    provider: 'counting',
    capabilities: { network: false, ports: false, limits: 'none' },
    async create() {
      if (stats.fail) throw new Error('boot failed');
      const id = `s${++stats.created}`;
      return { id, destroy: async () => void stats.destroyed++ } as Sandbox;
    },
  };
  return { provider, stats };
}

describe('sandbox pool', () => {
  it('hands out pre-created sandboxes, replenishes, and destroys the idle ones on close', async () => {
    const { provider, stats } = countingProvider();
    const counted = createSandboxPool(provider, { size: 2 });
    await counted.ready();
    expect(counted.idle).toBe(2);
    const first = await counted.create();
    expect(first.id).toBe('s1');
    await counted.ready();
    expect(stats.created).toBe(3);
    // Other options than the pool's cannot be served from it.
    expect((await counted.create({ image: 'python' })).id).toBe('s4');
    await counted.close();
    expect(stats.destroyed).toBe(2);
    await expect(counted.create()).rejects.toMatchObject({ code: 'sandbox_unavailable' });
  });

  it('falls back to a fresh create when empty, and reports a failing refill to ready()', async () => {
    const { provider, stats } = countingProvider();
    stats.fail = true;
    const counted = createSandboxPool(provider, { size: 1 });
    await expect(counted.ready()).rejects.toThrow('boot failed');
    stats.fail = false;
    // The refill that create() starts (s1) boots first; the caller gets a fresh one (s2) meanwhile.
    expect((await counted.create()).id).toBe('s2');
    await counted.ready();
    expect(counted.idle).toBe(1);
    await counted.close();
  });

  it('starts the replacement for a handed-out sandbox refillDelayMs later, and not after close', async () => {
    vi.useFakeTimers();
    try {
      const { provider, stats } = countingProvider();
      const counted = createSandboxPool(provider, { size: 1, refillDelayMs: 50 });
      await counted.ready();
      await counted.create();
      await vi.advanceTimersByTimeAsync(49);
      expect(stats.created).toBe(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(stats.created).toBe(2);
      await counted.create();
      await counted.close();
      await vi.advanceTimersByTimeAsync(100);
      expect(stats.created).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
