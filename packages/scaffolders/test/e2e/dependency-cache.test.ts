import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { ensureDependencyCache } from '../../src/index.js';

it('lets racing processes fill one cache entry safely', async () => {
  const cacheDir = await mkdtemp(path.join(tmpdir(), 'forge-race-'));
  try {
    const [first, second] = await Promise.all([
      ensureDependencyCache('express', { cacheDir }),
      ensureDependencyCache('express', { cacheDir }),
    ]);
    expect(first.nodeModulesDir).toBe(second.nodeModulesDir);
    expect(await readdir(first.nodeModulesDir)).toEqual(
      expect.arrayContaining(['express', 'ajv', 'typescript']),
    );
    expect(await readdir(path.join(cacheDir, 'deps'))).toHaveLength(1); // both staging folders are gone
    expect(await ensureDependencyCache('express', { cacheDir })).toEqual({ ...first, fromCache: true });
  } finally {
    await rm(cacheDir, { recursive: true, force: true });
  }
}, 120_000);
