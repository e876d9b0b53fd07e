import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, copyFile, mkdir, mkdtemp, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { resolveCacheRoot } from './cache-root.js';
import { ForgeError } from '@smartapiforge/errors';
import type { DependencyRecipe } from './generated-project.js';
import { assetPath } from './package-assets.js';

export interface EnsureDependencyCacheOptions {
  /**
   * Root of the cache; defaults to $SMARTAPIFORGE_CACHE_DIR, else /var/cache/smartapiforge for root, else
   * $XDG_CACHE_HOME (or ~/.cache)/smartapiforge.
   */
  cacheDir?: string;
  /** Receives npm's output line by line while the cache is being filled. */
  onLog?: (line: string) => void;
  /** Called when an install starts (not when the cache is already there). */
  onInstall?: () => void;
  signal?: AbortSignal;
}

export interface DependencyCache {
  /** Ready-to-link `node_modules` folder; never modified after it first appears. */
  readonly nodeModulesDir: string;
  /** True when the folder already existed, i.e. no install (and no network) was needed. */
  readonly fromCache: boolean;
}

/** Filling the dependency cache failed; `details` names the recipe, folder and npm's exit status. */
export class DependencyCacheError extends ForgeError {
  constructor(message: string, options: ConstructorParameters<typeof ForgeError>[2] = {}) {
    super('dependency_cache_failed', message, options);
  }
}

/** The committed package.json + package-lock.json every project of this stack installs from. */
export function recipeDir(recipe: DependencyRecipe): string {
  return assetPath(`./${recipe}/deps`);
}

/**
 * Returns a `node_modules` folder holding exactly the recipe's lockfile. The first call installs it
 * with `npm ci` into a private staging folder and renames that into place, so concurrent callers
 * (other processes included) never see a half-written cache; every later call is a stat, offline.
 */
export async function ensureDependencyCache(
  recipe: DependencyRecipe,
  options: EnsureDependencyCacheOptions = {},
): Promise<DependencyCache> {
  const source = recipeDir(recipe);
  const lockfile = await readFile(path.join(source, 'package-lock.json'));
  const prepareScript = await readFile(path.join(source, 'prepare.mjs')).catch(() => undefined);
  // What the cache holds depends on the lockfile and on the recipe's prepare step, so both name it.
  const hash = createHash('sha256').update(lockfile);
  if (prepareScript) hash.update(prepareScript);
  const key = `${recipe}-${hash.digest('hex').slice(0, 12)}`;
  const depsRoot = path.join(resolveCacheRoot(options.cacheDir), 'deps');
  const entryDir = path.join(depsRoot, key);
  const nodeModulesDir = path.join(entryDir, 'node_modules');
  if (await isDirectory(nodeModulesDir)) return { nodeModulesDir, fromCache: true };

  options.onInstall?.();
  await mkdir(depsRoot, { recursive: true });
  // Staging beside the final folder keeps the rename on one filesystem, hence atomic.
  const staging = await mkdtemp(path.join(depsRoot, `.${key}-`));
  try {
    await copyFile(path.join(source, 'package.json'), path.join(staging, 'package.json'));
    await copyFile(path.join(source, 'package-lock.json'), path.join(staging, 'package-lock.json'));
    await runNpmCi(staging, recipe, options);
    if (prepareScript) {
      await copyFile(path.join(source, 'prepare.mjs'), path.join(staging, 'prepare.mjs'));
      await runInStaging(
        staging,
        recipe,
        'the prepare step (prepare.mjs)',
        process.execPath,
        ['--disable-wasm-trap-handler', 'prepare.mjs'],
        options,
      );
    }
    // mkdtemp makes the folder private; sandboxes mount the cache as an unprivileged user, so open it up.
    await chmod(staging, 0o755);
    try {
      await rename(staging, entryDir);
    } catch (error) {
      // Another process finished first: its folder is equally complete, so use it.
      if (!(await isDirectory(nodeModulesDir))) {
        throw new DependencyCacheError(`Could not move the installed dependencies into ${entryDir}.`, {
          cause: error,
          details: { recipe, entryDir },
        });
      }
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return { nodeModulesDir, fromCache: false };
}

async function isDirectory(dir: string): Promise<boolean> {
  return (await stat(dir).catch(() => undefined))?.isDirectory() ?? false;
}

function runNpmCi(
  cwd: string,
  recipe: DependencyRecipe,
  options: EnsureDependencyCacheOptions,
): Promise<void> {
  const args = ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline'];
  return runInStaging(cwd, recipe, 'npm ci', 'npm', args, options);
}

/** What to do when a step fails, by program. */
const failureHints: Record<string, { missing: string; failed: string; retryable: boolean }> = {
  npm: {
    missing: 'npm was not found on PATH; install Node.js 20+ with npm and retry.',
    failed: 'Check that the npm registry is reachable (proxy, .npmrc) and retry',
    retryable: true,
  },
};
const defaultHint = { missing: 'the program was not found.', failed: 'See its output', retryable: false };

function runInStaging(
  cwd: string,
  recipe: DependencyRecipe,
  step: string,
  command: string,
  args: readonly string[],
  options: EnsureDependencyCacheOptions,
): Promise<void> {
  const hint = failureHints[command] ?? defaultHint;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], signal: options.signal });
    const tail: string[] = [];
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split(/\r?\n/)) {
        if (!line.trim()) continue;
        tail.push(line);
        if (tail.length > 20) tail.shift();
        options.onLog?.(line);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.name === 'AbortError') return reject(options.signal?.reason ?? error);
      const reason = error.code === 'ENOENT' ? hint.missing : error.message;
      reject(
        new DependencyCacheError(`Could not run ${step} to fill the ${recipe} dependency cache: ${reason}`, {
          cause: error,
          details: { recipe, cwd },
        }),
      );
    });
    child.on('close', (exitCode) => {
      if (exitCode === 0) return resolve();
      if (options.signal?.aborted) return reject(options.signal.reason);
      reject(
        new DependencyCacheError(
          `${step} failed (exit ${exitCode}) while filling the ${recipe} dependency cache. ` +
            `${hint.failed}; it said:\n${tail.join('\n')}`,
          { isRetryable: hint.retryable, details: { recipe, cwd, exitCode } },
        ),
      );
    });
  });
}
