import { createRequire } from 'node:module';
import type { Diagnostic, Workspace } from '@astral-sh/ruff-wasm-nodejs';
import { ScaffoldError } from '../naming.js';
import { formatCache } from './format-cache.js';
import { ignoredRules, readRuffSettings, type RuffSettings } from './ruff-settings.js';

type RuffModule = typeof import('@astral-sh/ruff-wasm-nodejs');

/**
 * The project's files as its own `ruff format --check .` and `ruff check .` expect them: every `.py`
 * file has its imports sorted where the project selects isort's rule (as `ruff check --select I
 * --fix` sorts them) and is formatted with the project's ruff settings (line length, target version,
 * quote style…), by ruff itself compiled to WebAssembly and run in-process. The version is the one
 * the project pins, so both agree byte for byte. Synchronous and deterministic, so scaffolding stays
 * a pure function.
 */
export function formatWithRuff(files: Readonly<Record<string, string>>): Record<string, string> {
  const settings = readRuffSettings(files);
  const formatted: Record<string, string> = {};
  for (const [file, content] of Object.entries(files)) {
    formatted[file] = isPython(file)
      ? cached([file, settings.options, content], () => format(settings, file, content))
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
      const unformatted = format(settings, file, content) === content ? [] : [formatFinding(file)];
      const lint = workspace(settings, ignoredRules(settings, file)).check(content) as Diagnostic[];
      return [...unformatted, ...lint.map((diagnostic) => lintFinding(file, diagnostic))];
    });
}

const cached = formatCache();

function format(settings: RuffSettings, file: string, content: string): string {
  try {
    return workspace(settings, []).format(sortImports(settings, content));
  } catch (cause) {
    // A template that renders invalid Python: say which file, rather than ship it unformatted.
    throw new ScaffoldError(`Generated ${file} cannot be parsed for formatting: ${String(cause)}`, { file });
  }
}

// Import order depends on generated names (one router per resource), which a template cannot sort
// as isort does; ruff's own fix does, with the project's isort settings.
function sortImports(settings: RuffSettings, content: string): string {
  const lint = settings.options.lint as Record<string, unknown>;
  const selected = [
    ...stringList(lint.select, ['E4', 'E7', 'E9', 'F']),
    ...stringList(lint['extend-select'], []),
  ];
  if (!selected.some((rule) => ['ALL', 'I', 'I0', 'I00', 'I001'].includes(rule))) return content;
  const isort = { ...lint, select: ['I001'], 'extend-select': [], ignore: [] };
  const diagnostics = workspace({ ...settings, options: { ...settings.options, lint: isort } }, []).check(
    content,
  );
  const edits = (diagnostics as Diagnostic[]).flatMap((diagnostic) => diagnostic.fix?.edits ?? []);
  return applyEdits(content, edits);
}

type Edit = NonNullable<Diagnostic['fix']>['edits'][number];

// Rows and columns are 1-based, columns in UTF-16 code units (the encoding the workspace is made
// with), which is how JavaScript strings index. Applied last first, so earlier offsets stay valid.
function applyEdits(content: string, edits: readonly Edit[]): string {
  const lineStarts = [0];
  for (let index = content.indexOf('\n'); index !== -1; index = content.indexOf('\n', index + 1)) {
    lineStarts.push(index + 1);
  }
  const offset = ({ row, column }: { row: number; column: number }) => lineStarts[row - 1]! + column - 1;
  const ordered = [...edits].sort((a, b) => offset(b.location) - offset(a.location));
  return ordered.reduce(
    (text, edit) =>
      text.slice(0, offset(edit.location)) + (edit.content ?? '') + text.slice(offset(edit.end_location)),
    content,
  );
}

function stringList(value: unknown, fallback: string[]): string[] {
  return Array.isArray(value) ? value.map(String) : fallback;
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

// One workspace per distinct settings: per-file ignores become extra ignored rules, since the
// in-process ruff checks text without a path.
function workspace(settings: RuffSettings, ignored: readonly string[]): Workspace {
  const lint = settings.options.lint as Record<string, unknown>;
  const extraIgnores = [...((lint.ignore as string[] | undefined) ?? []), ...ignored];
  const options =
    ignored.length === 0
      ? settings.options
      : { ...settings.options, lint: { ...lint, ignore: extraIgnores } };
  const key = JSON.stringify(options);
  let found = workspaces.get(key);
  if (found === undefined) {
    ruff ??= createRequire(import.meta.url)('@astral-sh/ruff-wasm-nodejs') as RuffModule;
    try {
      found = new ruff.Workspace(options, ruff.PositionEncoding.Utf16);
    } catch (cause) {
      throw new ScaffoldError(`The project's ruff settings are not valid: ${String(cause)}`, {
        file: 'pyproject.toml',
      });
    }
    if (workspaces.size >= 64) workspaces.clear();
    workspaces.set(key, found);
  }
  return found;
}
