import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { assetPath } from '../package-assets.js';

/**
 * Prettier's results for the files many projects share (configuration, HTTP helpers, database and
 * runtime modules, per-auth test helpers), made when the package is built, so that a process's first
 * scaffold formats only what its design makes different. Absent in a source checkout that was never
 * built, and ignored when the installed Prettier is not the one that made it.
 */
export interface PrettierSeed {
  readonly prettier: string;
  /** Format-cache key (see formatKey) → formatted text. */
  readonly entries: Readonly<Record<string, string>>;
}

/** Shipped beside the bundled code (package builds write it; see scripts/seed-format-cache.mjs). */
export const prettierSeedPath = assetPath('./format/prettier-seed.json');

export function prettierVersion(): string {
  return (createRequire(import.meta.url)('prettier/package.json') as { version: string }).version;
}

/** The seed's entries, or none when there is no seed or another Prettier made it. */
export function loadPrettierSeed(): ReadonlyMap<string, string> {
  if (!existsSync(prettierSeedPath)) return new Map();
  const seed = JSON.parse(readFileSync(prettierSeedPath, 'utf8')) as PrettierSeed;
  return seed.prettier === prettierVersion() ? new Map(Object.entries(seed.entries)) : new Map();
}

/**
 * A seed from formatting runs, one per scaffolded project: the results at least two projects looked
 * up. Those are what designs share; a file only one design produced would never be looked up again.
 */
export function prettierSeedFrom(runs: readonly ReadonlyMap<string, string>[]): PrettierSeed {
  const seen = new Map<string, number>();
  for (const run of runs) for (const key of run.keys()) seen.set(key, (seen.get(key) ?? 0) + 1);
  const entries: Record<string, string> = {};
  for (const run of runs) {
    for (const [key, formatted] of run) if (seen.get(key)! >= 2) entries[key] = formatted;
  }
  // Sorted, so that the same builds give a byte-identical file.
  const sorted = Object.fromEntries(Object.entries(entries).sort(([a], [b]) => a.localeCompare(b)));
  return { prettier: prettierVersion(), entries: sorted };
}
