import { createHash } from 'node:crypto';
import { ForgeError } from '@smartapiforge/errors';
import type { ApiClient } from '../cloud/api-client.js';
import { readProjectFiles } from '../project-files.js';

/** A project file as Vercel addresses it: by the SHA1 of its content. */
export interface VercelFile {
  readonly file: string;
  readonly sha: string;
  readonly size: number;
  readonly content: Uint8Array;
}

/** Parallel uploads; enough to hide latency without tripping the API's rate limit. */
const UPLOAD_CONCURRENCY = 8;

/** Reads and hashes the project's files (node_modules, dist and .git stay behind; Vercel installs and builds). */
export async function hashProjectFiles(dir: string): Promise<VercelFile[]> {
  const files = await readProjectFiles(dir);
  return Object.entries(files)
    .sort(([left], [right]) => left.localeCompare(right))
    .map(([file, content]) => ({
      file,
      sha: createHash('sha1').update(content).digest('hex'),
      size: content.byteLength,
      content,
    }));
}

/**
 * The SHAs Vercel reports as not yet uploaded when a deployment is created (400 `missing_files`), or
 * undefined for any other error.
 */
export function missingFiles(error: unknown): ReadonlySet<string> | undefined {
  if (!ForgeError.isInstance(error) || error.details.platformCode !== 'missing_files') return undefined;
  const missing = (error.details.response as { error?: { missing?: unknown } } | undefined)?.error?.missing;
  return Array.isArray(missing) ? new Set(missing.map(String)) : undefined;
}

/** Uploads each distinct content once; Vercel stores files by SHA1, so duplicates cost nothing more. */
export async function uploadFiles(
  api: ApiClient,
  files: readonly VercelFile[],
  signal: AbortSignal | undefined,
): Promise<void> {
  const unique = [...new Map(files.map((file) => [file.sha, file])).values()];
  for (let start = 0; start < unique.length; start += UPLOAD_CONCURRENCY) {
    await Promise.all(
      unique.slice(start, start + UPLOAD_CONCURRENCY).map((file) =>
        api('/v2/files', {
          method: 'POST',
          body: file.content,
          headers: {
            'content-type': 'application/octet-stream',
            'content-length': String(file.size),
            'x-vercel-digest': file.sha,
          },
          signal,
        }),
      ),
    );
  }
}
