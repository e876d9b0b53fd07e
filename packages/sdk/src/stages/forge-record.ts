import {
  buildManifest,
  forgeFolderFiles,
  forgeFormatVersion,
  generatorVersion,
  type ForgeState,
  type ManifestEntry,
  type Stack,
} from '@smartapiforge/scaffolders';
import type { ApiDesign } from '@smartapiforge/spec-engine';

/** Migration folders whose files a project's databases apply in name order. */
const migrationFolders = ['migrations/', 'supabase/migrations/'];

export function isMigrationFile(file: string): boolean {
  return migrationFolders.some((folder) => file.startsWith(folder)) && file.endsWith('.sql');
}

/**
 * What a project remembers about what made it (the `.forge/` folder): its design, contract, stack,
 * the generator version, each generated file's hash, and the migrations its databases apply.
 */
export function forgeRecord(
  stack: Stack,
  design: ApiDesign,
  openapi: object,
  files: Readonly<Record<string, string>>,
  manifest: readonly ManifestEntry[] = buildManifest(files),
): ForgeState {
  return {
    formatVersion: forgeFormatVersion,
    generatorVersion: generatorVersion(),
    stack,
    design,
    openapi,
    manifest,
    migrations: Object.keys(files)
      .filter((file) => file.startsWith('migrations/') && isMigrationFile(file))
      .sort(),
  };
}

/**
 * The `.forge/` files for a project, keyed by path from the project root. The manifest defaults to the
 * hashes of `files`, which holds for a fresh generation; after a merge it is the merge's.
 */
export function forgeFiles(
  stack: Stack,
  design: ApiDesign,
  openapi: object,
  files: Readonly<Record<string, string>>,
  manifest?: readonly ManifestEntry[],
): Record<string, string> {
  return forgeFolderFiles(forgeRecord(stack, design, openapi, files, manifest));
}
