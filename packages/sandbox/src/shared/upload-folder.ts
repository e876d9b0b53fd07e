import { readdir, readFile } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';
import { SandboxMountError } from '../errors.js';
import type { SandboxMount } from '../sandbox-provider.js';

/** Beyond these a mount is refused rather than uploaded: it is a dependency tree, not project input. */
export const MAX_UPLOAD_BYTES = 64 * 1024 * 1024;
export const MAX_UPLOAD_FILES = 5_000;

/**
 * Copies a host folder into a cloud sandbox at the mount's path, file by file, refusing (before any
 * upload) a folder over the size or file-count cap. Symbolic links are skipped, as in project reads.
 */
export async function uploadFolder(
  provider: string,
  mount: SandboxMount,
  write: (path: string, content: Uint8Array) => Promise<unknown>,
): Promise<void> {
  const files: { path: string; content: Buffer }[] = [];
  let bytes = 0;
  const refuse = (why: string) =>
    new SandboxMountError(
      `${provider} cannot upload ${mount.hostPath} for the mount at ${mount.sandboxPath}: ${why}. Use a runtime whose template already holds it.`,
      { details: { provider, hostPath: mount.hostPath, sandboxPath: mount.sandboxPath } },
    );
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch((error: unknown) => {
      throw refuse(`it cannot be read (${(error as Error).message})`);
    });
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) {
        const content = await readFile(path);
        bytes += content.byteLength;
        files.push({ path: relative(mount.hostPath, path).split(sep).join('/'), content });
        if (bytes > MAX_UPLOAD_BYTES) throw refuse(`it holds more than ${MAX_UPLOAD_BYTES / 1024 ** 2} MiB`);
        if (files.length > MAX_UPLOAD_FILES) throw refuse(`it holds more than ${MAX_UPLOAD_FILES} files`);
      }
    }
  };
  await walk(mount.hostPath);
  for (const file of files) await write(posix.join(mount.sandboxPath, file.path), file.content);
}
