import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** Built or installed inside the sandbox (or mounted from the dependency cache), never copied in. */
const SKIPPED = new Set(['node_modules', 'dist', '.git']);

/**
 * Reads a project folder into a workspace-relative file map. Symbolic links are skipped (readdir
 * reports them as links, not files): followed on the host, a link in a generated project could carry
 * any host file into the sandbox.
 */
export async function readProjectFiles(dir: string): Promise<Record<string, Uint8Array>> {
  const files: Record<string, Uint8Array> = {};
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory() && !SKIPPED.has(entry.name)) await walk(path);
      else if (entry.isFile()) files[relative(dir, path)] = await readFile(path);
    }
  };
  await walk(dir);
  return files;
}
