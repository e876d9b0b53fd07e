import { mkdir, readdir, writeFile } from 'node:fs/promises';
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
  const root = path.resolve(outDir);
  for (const [relative, content] of Object.entries(files)) {
    const target = path.resolve(root, relative);
    if (!target.startsWith(root + path.sep))
      throw new Error(`Refusing to write outside ${root}: ${relative}`);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
}
