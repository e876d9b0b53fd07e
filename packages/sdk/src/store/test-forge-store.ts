import { describe, expect, it } from 'vitest';
import type { ForgeStore, GenerationRecord } from './forge-store.js';

const record = (id: string, createdAt: string, extra: Partial<GenerationRecord> = {}): GenerationRecord => ({
  id,
  status: 'running',
  input: { prompt: 'A pet store API: pets have a name' },
  stack: 'express',
  createdAt,
  updatedAt: createdAt,
  repairs: [],
  warnings: [],
  timings: {},
  ...extra,
});

/**
 * The behaviour every ForgeStore must have. `factory` returns a fresh, empty store for each test;
 * stores add their own cases (persistence, limits) beside this call.
 */
export function testForgeStore(name: string, factory: () => Promise<ForgeStore> | ForgeStore): void {
  describe(`${name} (ForgeStore conformance)`, () => {
    it('declares version v1 and starts empty', async () => {
      const store = await factory();
      expect(store.specificationVersion).toBe('v1');
      expect(await store.listGenerations()).toEqual([]);
      expect(await store.getGeneration('missing')).toBeUndefined();
    });

    it('returns what was saved, with every field intact', async () => {
      const store = await factory();
      const full = record('gen-1', '2025-01-01T00:00:00.000Z', {
        status: 'failed',
        design: { name: 'pets', title: 'Pets', resources: [] } as unknown as GenerationRecord['design'],
        openapi: { openapi: '3.1.0', paths: { '/pets': {} } },
        files: { 'openapi.yaml': 'openapi: 3.1.0\n', 'src/app.ts': 'export {};\n' },
        test: { passed: 3, failed: 1, skipped: 0, durationMs: 1200 },
        repairs: [{ attempt: 1, stage: 'test', failures: ['not ok 1'], planner: 'llm:x', durationMs: 5 }],
        timings: { plan: 3, test: 1200 },
        error: { stage: 'test', code: 'project_tests_failed', message: 'boom', failures: ['not ok 1'] },
      });
      await store.saveGeneration(full);
      expect(await store.getGeneration('gen-1')).toEqual(full);
    });

    it('replaces a record saved again under the same id', async () => {
      const store = await factory();
      await store.saveGeneration(record('gen-1', '2025-01-01T00:00:00.000Z'));
      const done = record('gen-1', '2025-01-01T00:00:00.000Z', {
        status: 'succeeded',
        updatedAt: '2025-01-01T00:00:09.000Z',
      });
      await store.saveGeneration(done);
      expect(await store.getGeneration('gen-1')).toEqual(done);
      expect(await store.listGenerations()).toHaveLength(1);
    });

    it('lists newest first', async () => {
      const store = await factory();
      await store.saveGeneration(record('b', '2025-01-02T00:00:00.000Z'));
      await store.saveGeneration(record('c', '2025-01-03T00:00:00.000Z'));
      await store.saveGeneration(record('a', '2025-01-01T00:00:00.000Z'));
      expect((await store.listGenerations()).map((entry) => entry.id)).toEqual(['c', 'b', 'a']);
    });

    it('hands out copies: changing a returned record does not change the store', async () => {
      const store = await factory();
      await store.saveGeneration(record('gen-1', '2025-01-01T00:00:00.000Z'));
      const fetched = (await store.getGeneration('gen-1')) as unknown as { warnings: string[] };
      fetched.warnings.push('changed');
      expect((await store.getGeneration('gen-1'))?.warnings).toEqual([]);
    });

    it('refuses ids that are not safe names with a typed error, and finds nothing under them', async () => {
      const store = await factory();
      await expect(
        store.saveGeneration(record('../escape', '2025-01-01T00:00:00.000Z')),
      ).rejects.toMatchObject({
        code: 'store_failed',
      });
      expect(await store.getGeneration('../escape')).toBeUndefined();
    });
  });
}
