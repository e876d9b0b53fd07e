import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { OutputExistsError } from './errors.js';

/** Refuses to write into a non-empty folder unless overwriting was asked for. */
export async function prepareOutputDir(outDir: string, overwrite: boolean): Promise<void> {
  const existing = await readdir(outDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  if (existing.length > 0 && !overwrite) throw new OutputExistsError(outDir);
  await mkdir(outDir, { recursive: true });
}

/** Writes project files under outDir; paths are relative and were produced by our own scaffolders. */
export async function writeProjectFiles(
  outDir: string,
  files: Readonly<Record<string, string>>,
): Promise<void> {
  const targets = Object.entries(files).map(
    ([relative, content]) => [inside(outDir, relative), content] as const,
  );
  // Each folder once, then every file at once: a project is ~100 small files, and awaiting a trip
  // through the thread pool for each mkdir and write in turn took several times as long.
  const folders = new Set(targets.map(([target]) => path.dirname(target)));
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
  await Promise.all(targets.map(([target, content]) => writeFile(target, content)));
}

/**
 * Deletes files an earlier write put in outDir that the next project does not have (a repaired
 * design may drop a resource), so they cannot break its build. Files we did not write stay.
 */
export async function removeStaleFiles(
  outDir: string,
  written: readonly string[],
  next: Readonly<Record<string, string>>,
): Promise<void> {
  for (const relative of written)
    if (!(relative in next)) await rm(inside(outDir, relative), { force: true });
}

function inside(outDir: string, relative: string): string {
  const root = path.resolve(outDir);
  const target = path.resolve(root, relative);
  if (!target.startsWith(root + path.sep)) throw new Error(`Refusing to write outside ${root}: ${relative}`);
  return target;
}
