import { createRequire } from 'node:module';
import path from 'node:path';

/** What the forge uses of esbuild: the calls a generated Express project's own scripts make. */
export interface DependencyEsbuild {
  readonly version: string;
  transform(text: string, options: object): Promise<{ code: string }>;
  /** Called with `write: false`, so the files come back instead of being written. */
  build(options: object): Promise<{ outputFiles: { path: string; text: string }[] }>;
}

const loaded = new Map<string, DependencyEsbuild>();

/**
 * esbuild as installed in the dependency set at `nodeModulesDir`, the binary a generated project's test
 * run and build start. Required by its folder, so that only this set's esbuild is ever used, never one
 * found above it or on NODE_PATH.
 */
export function dependencyEsbuild(nodeModulesDir: string): DependencyEsbuild {
  let esbuild = loaded.get(nodeModulesDir);
  if (!esbuild) {
    esbuild = createRequire(import.meta.url)(path.join(nodeModulesDir, 'esbuild')) as DependencyEsbuild;
    loaded.set(nodeModulesDir, esbuild);
  }
  return esbuild;
}
