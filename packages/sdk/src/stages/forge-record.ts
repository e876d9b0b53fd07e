import {
  buildManifest,
  forgeFolderFiles,
  forgeFormatVersion,
  generatorVersion,
  type ForgeState,
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
): ForgeState {
  return {
    formatVersion: forgeFormatVersion,
    generatorVersion: generatorVersion(),
    stack,
    design,
    openapi,
    manifest: buildManifest(files),
    migrations: Object.keys(files)
      .filter((file) => file.startsWith('migrations/') && isMigrationFile(file))
      .sort(),
  };
}

/** The `.forge/` files for a generated project, keyed by path from the project root. */
export function forgeFiles(
  stack: Stack,
  design: ApiDesign,
  openapi: object,
  files: Readonly<Record<string, string>>,
): Record<string, string> {
  return forgeFolderFiles(forgeRecord(stack, design, openapi, files));
}
