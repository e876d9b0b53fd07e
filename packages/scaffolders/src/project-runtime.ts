import { existsSync } from 'node:fs';
import path from 'node:path';
import { ensureDependencyCache, type EnsureDependencyCacheOptions } from './dependency-cache.js';
import type { DependencyRecipe } from './generated-project.js';
import { ensureRuntimeImage } from './runtime-image.js';

/** The runtime a recipe's projects run on: the name cloud sandboxes and deployers know it by. */
export type ProjectRuntimeName = 'node20-express' | 'python-fastapi';

const runtimeOfRecipe: Record<DependencyRecipe, ProjectRuntimeName> = {
  express: 'node20-express',
  'python-fastapi': 'python-fastapi',
};

/**
 * What a sandbox needs to build, test and run a generated project with no network: read-only
 * mounts (Node projects get their `node_modules` from the dependency cache) and, for stacks whose
 * toolchain is not the host's, a runtime image to use as the sandbox's root. Cloud providers are
 * asked for `name` instead: their templates hold the same dependency set.
 */
export interface ProjectRuntime {
  /**
   * The runtime's name (`node20-express`, `python-fastapi`), which cloud providers map to their
   * templates; absent when nothing was prepared.
   */
  readonly name?: ProjectRuntimeName;
  /**
   * Host folders to mount. Each names the runtime whose dependency set it is, so a cloud provider
   * whose template already holds it skips it.
   */
  readonly mounts: readonly {
    readonly hostPath: string;
    readonly sandboxPath: string;
    readonly runtime?: string;
  }[];
  /** Root filesystem folder of the runtime image, when the stack needs one (local sandboxes only). */
  readonly image?: string;
  /** Environment for the project's processes (paths relative to the project root). */
  readonly env: Readonly<Record<string, string>>;
  /** True when everything was already prepared (no network, no build). */
  readonly fromCache: boolean;
}

export interface PrepareProjectRuntimeOptions extends EnsureDependencyCacheOptions {
  /**
   * Called once, as soon as it is known whether anything must be installed: when an install or image
   * build starts (`fromCache` false), or at once when everything is already there (true).
   */
  onInstalling?: (fromCache: boolean) => void;
}

/** Prepares (once, then reuses offline) the dependencies a project's recipe names. */
export async function prepareProjectRuntime(
  recipe: DependencyRecipe,
  options: PrepareProjectRuntimeOptions = {},
): Promise<ProjectRuntime> {
  const { onInstalling, ...ensureOptions } = options;
  let installing = false;
  const onInstall = () => {
    installing = true;
    onInstalling?.(false);
  };
  const name = runtimeOfRecipe[recipe];
  if (recipe === 'python-fastapi') {
    const image = await ensureRuntimeImage(recipe, { ...ensureOptions, onInstall });
    if (!installing) onInstalling?.(true);
    return { name, mounts: [], image: image.rootDir, env: {}, fromCache: image.fromCache };
  }
  const cache = await ensureDependencyCache(recipe, { ...ensureOptions, onInstall });
  if (!installing) onInstalling?.(true);
  // The recipe's prepare step leaves an initialised PGlite data folder in the cache (see deps/prepare.mjs).
  const snapshot = 'node_modules/.smartapiforge/pglite-base.tar';
  const hasSnapshot = existsSync(path.join(cache.nodeModulesDir, '..', snapshot));
  return {
    name,
    mounts: [{ hostPath: cache.nodeModulesDir, sandboxPath: 'node_modules', runtime: name }],
    env: hasSnapshot ? { PGLITE_SNAPSHOT: snapshot } : {},
    fromCache: cache.fromCache,
  };
}
