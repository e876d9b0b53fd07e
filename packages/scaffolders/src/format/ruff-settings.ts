import { parse } from 'smol-toml';
import { ScaffoldError } from '../naming.js';

/** A project's ruff settings, split the way an in-process ruff (which sees one file at a time, no path) needs them. */
export interface RuffSettings {
  /** The `[tool.ruff]` table (or ruff.toml) as ruff's options, less what depends on a file's path. */
  readonly options: Record<string, unknown>;
  /** `per-file-ignores` and `extend-per-file-ignores`: a glob and the rules it turns off. */
  readonly perFileIgnores: readonly (readonly [RegExp, readonly string[]])[];
}

type Table = Record<string, unknown>;

/**
 * The settings `ruff` itself would use at the project's root: `.ruff.toml`, else `ruff.toml`, else
 * `[tool.ruff]` of `pyproject.toml` (ruff's own precedence). Without a `target-version`, ruff derives
 * one from `requires-python`, and so does this. Modules of the project itself are first-party for
 * import sorting, as ruff finds them on disk under its `src` roots.
 */
export function readRuffSettings(files: Readonly<Record<string, string>>): RuffSettings {
  const ruffFile = ['.ruff.toml', 'ruff.toml'].find((file) => files[file] !== undefined);
  const pyproject =
    files['pyproject.toml'] === undefined ? {} : parseToml('pyproject.toml', files['pyproject.toml']);
  const settings = ruffFile
    ? parseToml(ruffFile, files[ruffFile]!)
    : (table(table(pyproject.tool)?.ruff) ?? {});
  const { lint: lintTable, ...top } = settings;
  const {
    'per-file-ignores': ignores,
    'extend-per-file-ignores': extraIgnores,
    ...lint
  } = table(lintTable) ?? {};
  const targetVersion = top['target-version'] ?? pythonTarget(table(pyproject.project)?.['requires-python']);
  const isort = table(lint.isort) ?? {};
  const firstParty = [
    ...new Set([...stringList(isort['known-first-party']), ...projectModules(files, top.src)]),
  ];
  return {
    options: {
      ...top,
      ...(targetVersion === undefined ? {} : { 'target-version': targetVersion }),
      lint: { ...lint, isort: { ...isort, 'known-first-party': firstParty.sort() } },
    },
    perFileIgnores: Object.entries({ ...table(ignores), ...table(extraIgnores) }).map(
      ([pattern, rules]) => [globPattern(pattern), stringList(rules)] as const,
    ),
  };
}

/** The rules the settings turn off for `file` on top of the project-wide ones. */
export function ignoredRules(settings: RuffSettings, file: string): string[] {
  const name = file.slice(file.lastIndexOf('/') + 1);
  return settings.perFileIgnores
    .filter(([pattern]) => pattern.test(file) || pattern.test(name))
    .flatMap(([, rules]) => rules);
}

function parseToml(file: string, text: string): Table {
  try {
    return parse(text) as Table;
  } catch (cause) {
    throw new ScaffoldError(`Generated ${file} is not valid TOML: ${(cause as Error).message}`, { file });
  }
}

function table(value: unknown): Table | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Table) : undefined;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

// ">=3.12" (or "~=3.12", "==3.12.*") gives "py312", the lowest version the project supports.
function pythonTarget(requires: unknown): string | undefined {
  const match = typeof requires === 'string' ? /(?:>=|~=|==)\s*3\.(\d+)/.exec(requires) : null;
  return match ? `py3${match[1]}` : undefined;
}

// ruff's default `src` is the project root and `src/`: a folder or module found directly under one
// of them is the project's own.
function projectModules(files: Readonly<Record<string, string>>, src: unknown): string[] {
  const roots = (src === undefined ? ['.', 'src'] : stringList(src)).map((root) =>
    root === '.' ? '' : `${root.replace(/^\.\/|\/$/g, '')}/`,
  );
  const modules = new Set<string>();
  for (const file of Object.keys(files)) {
    for (const root of roots.filter((prefix) => file.startsWith(prefix))) {
      const [first, ...rest] = file.slice(root.length).split('/');
      if (rest.length > 0) modules.add(first!);
      else if (first!.endsWith('.py')) modules.add(first!.slice(0, -3));
    }
  }
  return [...modules].filter((name) => /^[A-Za-z_]\w*$/.test(name));
}

// ruff matches per-file-ignores with globset's defaults, where `*` also crosses `/`.
function globPattern(glob: string): RegExp {
  const source = glob
    .replace(/^\.\//, '')
    .split(/(\*+|\?|\[[^\]]*\])/)
    .map((part, index) => {
      if (index % 2 === 0) return part.replace(/[.+^${}()|\\/]/g, '\\$&');
      if (part.startsWith('*')) return '.*';
      return part === '?' ? '.' : part.replace(/^\[!/, '[^');
    })
    .join('');
  return new RegExp(`^${source}$`);
}
