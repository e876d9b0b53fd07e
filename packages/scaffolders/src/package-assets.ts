import { fileURLToPath } from 'node:url';

/**
 * Absolute path of a non-code asset (templates, dependency recipes) shipped with this package.
 * Vitest runs this file from `src/`; tsup bundles it into a file directly under `dist/`, where
 * `scripts/copy-assets.mjs` mirrors the same folders, so one relative URL serves both.
 */
export function assetPath(relative: string): string {
  return fileURLToPath(new URL(relative, import.meta.url));
}
