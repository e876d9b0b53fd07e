import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DependencyCacheError, ensureDependencyCache, recipeDir } from './dependency-cache.js';

describe('ensureDependencyCache', () => {
  let cacheDir: string;
  beforeEach(async () => {
    cacheDir = await mkdtemp(path.join(tmpdir(), 'forge-cache-'));
  });
  afterEach(async () => {
    vi.unstubAllEnvs();
    await rm(cacheDir, { recursive: true, force: true });
  });

  async function entryFor(root: string): Promise<string> {
    const lockfile = await readFile(path.join(recipeDir('express'), 'package-lock.json'));
    // Keyed by the lockfile and the recipe's prepare step: a change to either fills a new entry.
    const prepare = await readFile(path.join(recipeDir('express'), 'prepare.mjs'));
    const hash = createHash('sha256').update(lockfile).update(prepare).digest('hex').slice(0, 12);
    return path.join(root, 'deps', `express-${hash}`, 'node_modules');
  }

  it('reuses an existing entry keyed by the lockfile hash, without running npm', async () => {
    vi.stubEnv('SMARTAPIFORGE_CACHE_DIR', cacheDir);
    vi.stubEnv('PATH', ''); // npm cannot even be found, so only a cache hit can succeed
    const nodeModulesDir = await entryFor(cacheDir);
    await mkdir(nodeModulesDir, { recursive: true });
    await expect(ensureDependencyCache('express')).resolves.toEqual({ nodeModulesDir, fromCache: true });
  });

  it('fails with a typed, actionable error and leaves no partial entry when npm cannot install', async () => {
    // An unreachable registry and an empty npm cache make `npm ci` fail fast and offline.
    vi.stubEnv('npm_config_registry', 'http://127.0.0.1:9/');
    vi.stubEnv('npm_config_cache', path.join(cacheDir, 'npm'));
    vi.stubEnv('npm_config_fetch_retries', '0');
    const lines: string[] = [];
    const error = await ensureDependencyCache('express', {
      cacheDir,
      onLog: (line) => lines.push(line),
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DependencyCacheError);
    expect(error).toMatchObject({ code: 'dependency_cache_failed', isRetryable: true });
    expect((error as Error).message).toMatch(/npm ci failed .* registry is reachable/s);
    expect(lines.length).toBeGreaterThan(0);
    expect(await readdir(path.join(cacheDir, 'deps'))).toEqual([]);
  }, 60_000);

  it('says how to fix a missing npm', async () => {
    vi.stubEnv('PATH', '');
    await expect(ensureDependencyCache('express', { cacheDir })).rejects.toThrow(/npm was not found on PATH/);
  });
});
