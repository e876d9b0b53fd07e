import { createHash } from 'node:crypto';
import { dependencyEsbuild } from './dependency-esbuild.js';

/** Where a generated Express project's test runs keep the trees made of its TypeScript (test/typescript-loader.mjs). */
export const testTreesDir = '.cache/test-js';

// The functions below are test/typescript-loader.mjs's own, in TypeScript: what the forge makes must be
// what the project's test run would make and look for (test-transforms.test.ts renders the loader and
// checks that both agree).

/**
 * Whether `file` (a path from the project's root, with /) goes in the made tree: every TypeScript file
 * but declaration files, outside node_modules, dist and dot folders.
 */
export function treeSource(file: string): boolean {
  if (!file.endsWith('.ts') || file.endsWith('.d.ts')) return false;
  const folders = file.split('/').slice(0, -1);
  return (
    folders[0] !== 'dist' && !folders.some((folder) => folder === 'node_modules' || folder.startsWith('.'))
  );
}

/** Where the tree holds what is made of `file`: the name its importers already use. */
export function madePath(file: string): string {
  return `${file.slice(0, -'.ts'.length)}.js`;
}

/**
 * esbuild's options for `file` in a tree: its source map names the source by its path from the made
 * file, and `import.meta.url` (filename, dirname) is the source's.
 */
export function madeFileOptions(file: string, text: string) {
  const source = `${'../'.repeat(file.split('/').length + 2)}${file}`;
  const options = {
    loader: 'ts',
    format: 'esm',
    target: 'node20',
    sourcemap: 'inline',
    sourcefile: source,
  } as const;
  if (!text.includes('import.meta')) return options;
  return {
    ...options,
    define: {
      'import.meta.url': '__sourceUrl',
      'import.meta.filename': '__sourceFilename',
      'import.meta.dirname': '__sourceDirname',
    },
    banner: `import { dirname as __dirnameOf } from 'node:path'; import { fileURLToPath as __fileURLToPath } from 'node:url'; const __sourceUrl = new URL(${JSON.stringify(source)}, import.meta.url).href, __sourceFilename = __fileURLToPath(__sourceUrl), __sourceDirname = __dirnameOf(__sourceFilename);`,
  };
}

/** The tree's name for `sources` ([path, text] of each `treeSource`, by path) made by esbuild `version`. */
export function treeName(version: string, sources: readonly (readonly [string, string])[]): string {
  const hash = createHash('sha256')
    // The options as they shape every file, so that other options never find this tree.
    .update(JSON.stringify([version, madeFileOptions('src/a.ts', 'import.meta')]));
  for (const [file, text] of sources) hash.update('\0').update(file).update('\0').update(text);
  return hash.digest('hex').slice(0, 32);
}

/**
 * Files made, by esbuild version, path and text: most files of every project are the same template
 * text, so a process that tests many projects makes each only once. Bounded, oldest first out.
 */
const made = new Map<string, string>();
const madeLimit = 2048;

/**
 * The tree a generated Express project's test run would make of its TypeScript (every `treeSource`
 * of `files`), as files to add to the project: `.cache/test-js/<name>/<path>.js`, which its test run
 * then loads instead of starting esbuild. Made with the esbuild of the dependency set at
 * `nodeModulesDir`, the one the test run would use, so each file is byte for byte what it would make.
 * Empty when esbuild cannot transform a file: the test run then meets the same error itself and
 * reports it as it always has.
 */
export async function expressTestTransforms(
  files: Readonly<Record<string, string>>,
  nodeModulesDir: string,
): Promise<Record<string, string>> {
  const esbuild = dependencyEsbuild(nodeModulesDir);
  const sources = Object.entries(files)
    .filter(([file]) => treeSource(file))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const folder = `${testTreesDir}/${treeName(esbuild.version, sources)}`;
  const entries = await Promise.all(
    sources.map(async ([file, text]) => {
      const key = JSON.stringify([esbuild.version, file, createHash('sha256').update(text).digest('hex')]);
      let code = made.get(key);
      if (code === undefined) {
        code = await esbuild.transform(text, madeFileOptions(file, text)).then(
          (result) => result.code,
          () => undefined,
        );
        if (code !== undefined) remember(key, code);
      }
      return [`${folder}/${madePath(file)}`, code] as const;
    }),
  );
  const tree: Record<string, string> = {};
  for (const [file, code] of entries) {
    if (code === undefined) return {};
    tree[file] = code;
  }
  return tree;
}

function remember(key: string, code: string): void {
  made.set(key, code);
  if (made.size > madeLimit) made.delete(made.keys().next().value!);
}
