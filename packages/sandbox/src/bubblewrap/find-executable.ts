import { accessSync, constants } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';

/** Finds an executable the way a shell would: an absolute path is checked as is, a name on PATH. */
export function findExecutable(nameOrPath: string, searchPath = process.env.PATH ?? ''): string | undefined {
  const candidates = isAbsolute(nameOrPath)
    ? [nameOrPath]
    : searchPath
        .split(delimiter)
        .filter(Boolean)
        .map((dir) => join(dir, nameOrPath));
  return candidates.find(isExecutable);
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
