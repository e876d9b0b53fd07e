import { existsSync } from 'node:fs';
import path from 'node:path';
import { ensureDependencyCache, type EnsureDependencyCacheOptions } from './dependency-cache.js';
import type { DependencyRecipe } from './generated-project.js';
import { ensureRuntimeImage } from './runtime-image.js';

/**
 * What a sandbox needs to build, test and run a generated project with no network: read-only
 * mounts (Node projects get their `node_modules` from the dependency cache) and, for stacks whose
 * toolchain is not the host's, a runtime image to use as the sandbox's root.
 */
export interface ProjectRuntime {
  readonly mounts: readonly { readonly hostPath: string; readonly sandboxPath: string }[];
  /** Root filesystem folder of the runtime image, when the stack needs one. */
  readonly image?: string;
  /** Environment for the project's processes (paths relative to the project root). */
  readonly env: Readonly<Record<string, string>>;
  /** True when everything was already prepared (no network, no build). */
  readonly fromCache: boolean;
}

/** Prepares (once, then reuses offline) the dependencies a project's recipe names. */
export async function prepareProjectRuntime(
  recipe: DependencyRecipe,
  options: EnsureDependencyCacheOptions = {},
): Promise<ProjectRuntime> {
  if (recipe === 'python-fastapi') {
    const image = await ensureRuntimeImage(recipe, options);
    return { mounts: [], image: image.rootDir, env: {}, fromCache: image.fromCache };
  }
  const cache = await ensureDependencyCache(recipe, options);
  // The recipe's prepare step leaves an initialised PGlite data folder in the cache (see deps/prepare.mjs).
  const snapshot = 'node_modules/.smartapiforge/pglite-base.tar';
  const hasSnapshot = existsSync(path.join(cache.nodeModulesDir, '..', snapshot));
  return {
    mounts: [{ hostPath: cache.nodeModulesDir, sandboxPath: 'node_modules' }],
    env: hasSnapshot ? { PGLITE_SNAPSHOT: snapshot } : {},
    fromCache: cache.fromCache,
  };
}
