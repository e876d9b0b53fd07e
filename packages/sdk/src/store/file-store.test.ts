import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileStore } from './file-store.js';
import type { GenerationRecord } from './forge-store.js';
import { testForgeStore } from './test-forge-store.js';

const tempDir = () => mkdtemp(path.join(tmpdir(), 'forge-store-'));

testForgeStore('file store', async () => createFileStore({ dir: path.join(await tempDir(), 'generations') }));

const record: GenerationRecord = {
  id: 'gen-1',
  status: 'succeeded',
  input: { prompt: 'x' },
  stack: 'express',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  repairs: [],
  warnings: [],
  timings: {},
};

describe('file store', () => {
  it('keeps one readable JSON file per generation, which a new store over the folder finds', async () => {
    const dir = path.join(await tempDir(), 'generations');
    await createFileStore({ dir }).saveGeneration(record);
    expect(await readdir(dir)).toEqual(['gen-1.json']);
    expect(JSON.parse(await readFile(path.join(dir, 'gen-1.json'), 'utf8'))).toEqual(record);
    expect(await createFileStore({ dir }).getGeneration('gen-1')).toEqual(record);
  });

  it('reports a folder it cannot write to, or a corrupt record, with a typed error', async () => {
    const parent = await tempDir();
    const blocker = path.join(parent, 'not-a-folder');
    await writeFile(blocker, 'a file where the folder should be');
    await expect(createFileStore({ dir: blocker }).saveGeneration(record)).rejects.toMatchObject({
      code: 'store_failed',
      message: expect.stringMatching(/Could not save generation gen-1 .*Check that the folder is writable/),
    });
    const dir = path.join(parent, 'generations');
    const store = createFileStore({ dir });
    await store.saveGeneration(record);
    await writeFile(path.join(dir, 'gen-1.json'), '{ half a rec');
    await expect(store.getGeneration('gen-1')).rejects.toMatchObject({ code: 'store_failed' });
  });
});
