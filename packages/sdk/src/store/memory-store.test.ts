import { describe, expect, it } from 'vitest';
import { createMemoryStore } from './memory-store.js';
import { testForgeStore } from './test-forge-store.js';

testForgeStore('memory store', () => createMemoryStore());

describe('memory store', () => {
  it('keeps only the newest records beyond its limit', async () => {
    const store = createMemoryStore({ limit: 2 });
    for (const day of ['01', '02', '03']) {
      await store.saveGeneration({
        id: `gen-${day}`,
        status: 'succeeded',
        input: { prompt: 'x' },
        stack: 'express',
        createdAt: `2025-01-${day}T00:00:00.000Z`,
        updatedAt: `2025-01-${day}T00:00:00.000Z`,
        repairs: [],
        warnings: [],
        timings: {},
      });
    }
    expect((await store.listGenerations()).map((record) => record.id)).toEqual(['gen-03', 'gen-02']);
    expect(await store.getGeneration('gen-01')).toBeUndefined();
  });
});
