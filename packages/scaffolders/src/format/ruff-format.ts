import { createRequire } from 'node:module';
import type { Diagnostic, Workspace } from '@astral-sh/ruff-wasm-nodejs';
import { ScaffoldError } from '../naming.js';
import { formatCache } from './format-cache.js';
import { ignoredRules, readRuffSettings, type RuffSettings } from './ruff-settings.js';

type RuffModule = typeof import('@astral-sh/ruff-wasm-nodejs');
type RuffOptions = Record<string, unknown>;

/**
 * The project's files as its own `ruff format --check .` expects them: every `.py` file formatted
 * with the project's ruff settings (line length, target version, quote style…) by ruff itself,
 * compiled to WebAssembly and run in-process. The version is the one the project pins, so both agree
 * byte for byte. Synchronous and deterministic, so scaffolding stays a pure function. Lint rules are
 * the templates' job (checkWithRuff says where they fall short): running ruff's linter on every file
 * as well would more than double the cost of a first scaffold.
 */
export function formatWithRuff(files: Readonly<Record<string, string>>): Record<string, string> {
  const options = formatOptions(readRuffSettings(files));
  const formatted: Record<string, string> = {};
  for (const [file, content] of Object.entries(files)) {
    formatted[file] = isPython(file)
      ? cached([file, options, content], () => format(options, file, content))
      : content;
  }
  return formatted;
}

/** A finding of `ruff check` (or of `ruff format --check`, as rule `format`) in one file. */
export interface RuffFinding {
  readonly file: string;
  readonly line: number;
  readonly code: string;
  readonly message: string;
}

/**
 * What `ruff format --check .` and `ruff check .` would report on the project: files the formatter
 * would change, and every lint diagnostic under the project's rules and per-file ignores.
 */
export function checkWithRuff(files: Readonly<Record<string, string>>): RuffFinding[] {
  const settings = readRuffSettings(files);
  return Object.entries(files)
    .filter(([file]) => isPython(file))
    .flatMap(([file, content]) => {
      const unformatted =
        format(formatOptions(settings), file, content) === content ? [] : [formatFinding(file)];
      const lint = workspace(lintOptions(settings, ignoredRules(settings, file))).check(
        content,
      ) as Diagnostic[];
      return [...unformatted, ...lint.map((diagnostic) => lintFinding(file, diagnostic))];
    });
}

const cached = formatCache();

function format(options: RuffOptions, file: string, content: string): string {
  try {
    return workspace(options).format(content);
  } catch (cause) {
    // A template that renders invalid Python: say which file, rather than ship it unformatted.
    throw new ScaffoldError(`Generated ${file} cannot be parsed for formatting: ${String(cause)}`, { file });
  }
}

function isPython(file: string): boolean {
  return file.endsWith('.py');
}

function formatFinding(file: string): RuffFinding {
  return { file, line: 1, code: 'format', message: 'Would reformat' };
}

function lintFinding(file: string, diagnostic: Diagnostic): RuffFinding {
  const { code, message, start_location: start } = diagnostic;
  return { file, line: start.row, code: code ?? 'syntax-error', message };
}

// The 10 MB WebAssembly module is compiled on first use, not at import: processes that never
// scaffold a FastAPI project never pay for it, and those that do pay once.
let ruff: RuffModule | undefined;
const workspaces = new Map<string, Workspace>();

// The formatter reads no lint settings: leaving them out lets projects whose first-party modules
// differ share one workspace and the formatted files cached for it.
function formatOptions(settings: RuffSettings): RuffOptions {
  const { lint: _lint, ...options } = settings.options;
  return options;
}

// The in-process ruff checks text without a path, so a file's per-file ignores become ignored rules.
function lintOptions(settings: RuffSettings, ignored: readonly string[]): RuffOptions {
  const lint = settings.options.lint as RuffOptions;
  const ignore = [...((lint.ignore as string[] | undefined) ?? []), ...ignored];
  return { ...settings.options, lint: { ...lint, ignore } };
}

// One workspace per distinct options, freed when the bounded set is cleared.
function workspace(options: RuffOptions): Workspace {
  const key = JSON.stringify(options);
  let found = workspaces.get(key);
  if (found === undefined) {
    ruff ??= createRequire(import.meta.url)('@astral-sh/ruff-wasm-nodejs') as RuffModule;
    try {
      found = new ruff.Workspace(options, ruff.PositionEncoding.Utf16);
    } catch (cause) {
      throw new ScaffoldError(`The project's ruff settings are not valid: ${String(cause)}`);
    }
    if (workspaces.size >= 64) {
      for (const stale of workspaces.values()) stale.free();
      workspaces.clear();
    }
    workspaces.set(key, found);
  }
  return found;
}
