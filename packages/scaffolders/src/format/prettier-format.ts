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
 *
 * Generated projects have Prettier read TypeScript with its `babel-ts` parser (an override in their
 * `.prettierrc.json`, which `prettier --check` and editors honour too): for the code the templates
 * render it prints exactly what the default `typescript` parser prints (the golden projects are
 * unchanged by it) in well under half the CPU time, and formatting is on the way to every URL.
 */
export function formatWithPrettier(files: Readonly<Record<string, string>>): Record<string, string> {
  const optionsFor = configResolver(JSON.parse(files['.prettierrc.json'] ?? '{}') as PrettierConfig);
  const ignored = ignoreMatcher(files['.prettierignore'] ?? '');
  const formatted: Record<string, string> = {};
  for (const [file, content] of Object.entries(files)) {
    formatted[file] = ignored(file) ? content : cachedFormat(file, content, optionsFor(file));
  }
  return formatted;
}

interface PrettierConfig {
  readonly overrides?: readonly { readonly files: string | readonly string[]; readonly options: object }[];
  readonly [option: string]: unknown;
}

/**
 * A file's options as Prettier's own config resolution gives them for `prettier --check .`: the base
 * options, then those of every override whose `files` match, in order. `format()` is given options,
 * not a config file, so the overrides are applied here (generated projects set their TypeScript
 * parser in one). Patterns follow Prettier's: without a slash, matched against the file's name.
 */
function configResolver({
  overrides = [],
  ...base
}: PrettierConfig): (file: string) => Record<string, unknown> {
  const matchers = overrides.map(({ files, options }) => ({
    matches: globMatcher(typeof files === 'string' ? [files] : files),
    options,
  }));
  return (file) => {
    let options: Record<string, unknown> = base;
    for (const { matches, options: extra } of matchers) if (matches(file)) options = { ...options, ...extra };
    return options;
  };
}

// The glob subset generated configs use: `*` within one path segment, `**` across segments.
function globMatcher(patterns: readonly string[]): (file: string) => boolean {
  const tests = patterns.map((pattern) => {
    const source = pattern
      .split(/(\*\*\/?|\*)/)
      .map((part) => {
        if (part === '**/') return '(?:.*/)?';
        if (part === '**') return '.*';
        return part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('');
    const regex = new RegExp(`^${source}$`);
    return pattern.includes('/')
      ? (file: string) => regex.test(file)
      : (file: string) => regex.test(file.slice(file.lastIndexOf('/') + 1));
  });
  return (file) => tests.some((test) => test(file));
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
