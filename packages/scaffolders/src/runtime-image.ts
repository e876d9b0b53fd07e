import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { resolveCacheRoot } from './cache-root.js';
import { ForgeError } from '@smartapiforge/errors';
import { assetPath } from './package-assets.js';

/** Root filesystems a sandbox can run generated projects in; one per non-Node stack. */
export type RuntimeImageName = 'python-fastapi';

export interface EnsureRuntimeImageOptions {
  /**
   * Root of the cache; images go to `<cacheDir>/runtimes/`. Defaults to $SMARTAPIFORGE_CACHE_DIR, else
   * /var/cache/smartapiforge for root, else $XDG_CACHE_HOME (or ~/.cache)/smartapiforge.
   */
  cacheDir?: string;
  /** Receives the build's progress (debootstrap's output) line by line. */
  onLog?: (line: string) => void;
  /** Called when a build starts (not when the image is already there). */
  onInstall?: () => void;
  signal?: AbortSignal;
}

export interface RuntimeImage {
  /** A complete root filesystem, never modified once it appears; mount it read-only as `/`. */
  readonly rootDir: string;
  /** True when it already existed, so nothing was built and no network was used. */
  readonly fromCache: boolean;
}

/** Building a runtime image failed; the message says what to install or fix. */
export class RuntimeImageError extends ForgeError {
  constructor(message: string, options: ConstructorParameters<typeof ForgeError>[2] = {}) {
    super('runtime_image_failed', message, options);
  }
}

/** The shell script that builds an image; CI may run it directly (see its header). */
export function runtimeImageScript(image: RuntimeImageName): string {
  return assetPath(`./runtime-image/build-${image}.sh`);
}

/** Written last into a finished image, so its presence means complete. */
const marker = 'etc/smartapiforge-runtime';

/**
 * Returns a root filesystem holding the image's interpreter and packages (for 'python-fastapi':
 * Debian trixie's python3 with FastAPI, pydantic 2, SQLAlchemy 2, psycopg2, asyncpg, PyJWT with cryptography,
 * pytest, httpx and uvicorn). The first call runs the image's build script, which debootstraps into a
 * staging folder and renames it into place, so racing processes never see half an image; later calls
 * are a stat, offline. The folder is named after a hash of the script, so a changed recipe builds a
 * new image.
 */
export async function ensureRuntimeImage(
  image: RuntimeImageName,
  options: EnsureRuntimeImageOptions = {},
): Promise<RuntimeImage> {
  options.signal?.throwIfAborted();
  const script = runtimeImageScript(image);
  const hash = createHash('sha256')
    .update(await readFile(script))
    .digest('hex')
    .slice(0, 12);
  const cacheRoot = resolveCacheRoot(options.cacheDir);
  const rootDir = path.join(cacheRoot, 'runtimes', `${image}-${hash}`);
  if (await isFile(path.join(rootDir, marker))) return { rootDir, fromCache: true };
  options.onInstall?.();
  await runBuildScript(script, cacheRoot, image, options);
  if (!(await isFile(path.join(rootDir, marker)))) {
    throw new RuntimeImageError(`The ${image} build script finished but ${rootDir} is incomplete.`, {
      details: { image, rootDir },
    });
  }
  return { rootDir, fromCache: false };
}

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isFile() ?? false;
}

/** What the script's exit status means, and what to do about it. */
const exitHints: Record<number, { hint: string; retryable: boolean }> = {
  3: {
    hint: 'building it needs root (debootstrap creates device nodes and chroots): run as root, or build it once with sudo',
    retryable: false,
  },
  4: { hint: 'debootstrap is not installed: run apt-get install -y debootstrap', retryable: false },
  5: {
    hint: "debootstrap or the image's smoke test failed; check that the Debian mirror (DEBIAN_MIRROR) is reachable",
    retryable: true,
  },
};

function runBuildScript(
  script: string,
  cacheRoot: string,
  image: RuntimeImageName,
  options: EnsureRuntimeImageOptions,
): Promise<void> {
  return new Promise((resolve, reject) => {
    // Its own process group, so an abort also stops debootstrap and the script's cleanup runs.
    const child = spawn('bash', [script, cacheRoot], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    const tail: string[] = [];
    child.stderr.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split(/\r?\n/)) {
        if (!line.trim()) continue;
        tail.push(line);
        if (tail.length > 20) tail.shift();
        options.onLog?.(line);
      }
    });
    const abort = () => {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    };
    options.signal?.addEventListener('abort', abort, { once: true });
    child.on('error', (error) => {
      options.signal?.removeEventListener('abort', abort);
      reject(
        new RuntimeImageError(`Could not run bash to build the ${image} runtime image: ${error.message}`, {
          cause: error,
          details: { image, script },
        }),
      );
    });
    child.on('close', (exitCode) => {
      options.signal?.removeEventListener('abort', abort);
      if (exitCode === 0) return resolve();
      if (options.signal?.aborted) return reject(options.signal.reason);
      const known = exitHints[exitCode ?? -1];
      reject(
        new RuntimeImageError(
          `Building the ${image} runtime image failed (exit ${exitCode}): ` +
            `${known?.hint ?? 'see the output below'}. The script said:\n${tail.join('\n')}`,
          { isRetryable: known?.retryable ?? false, details: { image, script, cacheRoot, exitCode } },
        ),
      );
    });
  });
}
