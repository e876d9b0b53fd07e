import { createRequire } from 'node:module';
import { ScaffoldError } from '../naming.js';
import { formatCache, formatKey } from './format-cache.js';
import { loadPrettierSeed } from './format-seed.js';

/**
 * The project's files as its own `prettier --check .` expects them: every file Prettier has a parser
 * for and `.prettierignore` does not exclude is formatted with the project's `.prettierrc.json`, so
 * a fresh project passes its format check and later diffs and merges show only real changes.
 * Synchronous (Prettier runs in a worker) so that scaffolding stays a pure function; the Prettier
 * version is the one the project itself pins, so both agree byte for byte.
 */
export function formatWithPrettier(files: Readonly<Record<string, string>>): Record<string, string> {
  const config = JSON.parse(files['.prettierrc.json'] ?? '{}') as Record<string, unknown>;
  const ignored = ignoreMatcher(files['.prettierignore'] ?? '');
  const formatted: Record<string, string> = {};
  for (const [file, content] of Object.entries(files)) {
    formatted[file] = ignored(file) ? content : cachedFormat(file, content, config);
  }
  return formatted;
}

const cached = formatCache(4096, loadPrettierSeed);
let recording: Map<string, string> | undefined;

/**
 * Runs `work` (which scaffolds), returning every formatting it looked up, by key: what a format seed
 * is made of (see format-seed.ts).
 */
export function recordPrettierFormatting(work: () => void): Map<string, string> {
  const recorded = (recording = new Map());
  try {
    work();
  } finally {
    recording = undefined;
  }
  return recorded;
}

type SyncPrettier = typeof import('@prettier/sync').default;
let prettier: SyncPrettier | undefined;

// Loaded on the first format, not at import: loading it starts Prettier's worker thread, which
// processes that only plan, deploy or scaffold FastAPI projects should not pay for.
function syncPrettier(): SyncPrettier {
  prettier ??= createRequire(import.meta.url)('@prettier/sync') as SyncPrettier;
  return prettier;
}

function cachedFormat(file: string, content: string, config: Record<string, unknown>): string {
  const key = [file, config, content];
  const formatted = cached(key, () => format(file, content, config));
  recording?.set(formatKey(key), formatted);
  return formatted;
}

// Prettier picks the parser from the path as `prettier --check .` does; files it has none for
// (Dockerfile, .gitignore) are left as they are, as the check leaves them.
function format(file: string, content: string, config: Record<string, unknown>): string {
  try {
    return syncPrettier().format(content, { ...config, filepath: file });
  } catch (cause) {
    const message = (cause as Error).message ?? String(cause);
    if (message.includes('No parser could be inferred')) return content;
    // A template that renders invalid code: say which file, rather than ship it unformatted.
    throw new ScaffoldError(`Generated ${file} cannot be parsed for formatting: ${message}`, { file });
  }
}

// The subset of .gitignore syntax the generated .prettierignore files use: `dir/` matches a folder
// at any depth, any other line a file or folder name at any depth or a path from the root.
function ignoreMatcher(ignoreFile: string): (file: string) => boolean {
  const patterns = ignoreFile
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  return (file) => {
    const parts = file.split('/');
    return patterns.some((pattern) => {
      const name = pattern.replace(/^\/|\/$/g, '');
      if (name.includes('/')) return file === name || file.startsWith(`${name}/`);
      const candidates = pattern.endsWith('/') ? parts.slice(0, -1) : parts;
      return candidates.includes(name);
    });
  };
}
