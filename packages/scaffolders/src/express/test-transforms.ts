import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Where a generated Express project's test loader (test/typescript-loader.mjs) keeps its transforms. */
export const transformCacheDir = '.cache/typescript';

/**
 * esbuild's options for a file, as test/typescript-loader.mjs asks for them: its source map names the
 * file alone, so a transform fits the file in any folder. The loader's own copy of this and of
 * `cacheEntryName` must give the same entries (test-transforms.test.ts renders the loader and checks).
 */
function transformOptions(fileName: string) {
  return {
    loader: 'ts',
    format: 'esm',
    target: 'node20',
    sourcemap: 'inline',
    sourcefile: path.posix.basename(fileName),
  } as const;
}

/** The cache entry holding what esbuild `version` makes of `text`, the content of `fileName`. */
export function cacheEntryName(version: string, fileName: string, text: string): string {
  const hash = createHash('sha256')
    .update(JSON.stringify([version, transformOptions(fileName)]))
    .update('\0')
    .update(text);
  return `${hash.digest('hex')}.js`;
}

interface Esbuild {
  readonly version: string;
  transform(text: string, options: ReturnType<typeof transformOptions>): Promise<{ code: string }>;
}

/** esbuild as installed in each dependency set: the same binary the loader would start. */
const esbuilds = new Map<string, Esbuild>();
/**
 * Transforms made, by cache entry: most files of every project are the same template text, so a
 * process that tests many projects transforms each only once. Bounded, oldest first out.
 */
const made = new Map<string, string>();
const madeLimit = 2048;

/**
 * The transforms a generated Express project's tests would make as they load (each `.ts` file of
 * `files`, but declaration files, which the tests never load), as files to add to the project:
 * `.cache/typescript/<entry>`, which its loader then reads instead of starting esbuild in the test
 * run. Made with the esbuild of the dependency set at `nodeModulesDir`, the one the tests would use, so
 * each entry is byte for byte what the loader would make. A file esbuild cannot transform gets no
 * entry: the test run meets the same error and reports it as it always has.
 */
export async function expressTestTransforms(
  files: Readonly<Record<string, string>>,
  nodeModulesDir: string,
): Promise<Record<string, string>> {
  const esbuild = esbuildIn(nodeModulesDir);
  const entries = await Promise.all(
    Object.entries(files)
      .filter(([file]) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
      .map(async ([file, text]) => {
        const entry = cacheEntryName(esbuild.version, file, text);
        let code = made.get(entry);
        if (code === undefined) {
          code = await esbuild.transform(text, transformOptions(file)).then(
            (result) => result.code,
            () => undefined,
          );
          if (code === undefined) return [];
          remember(entry, code);
        }
        return [[`${transformCacheDir}/${entry}`, code] as const];
      }),
  );
  return Object.fromEntries(entries.flat());
}

function esbuildIn(nodeModulesDir: string): Esbuild {
  let esbuild = esbuilds.get(nodeModulesDir);
  if (!esbuild) {
    // By its folder, so that only this dependency set's esbuild is ever used, never one found above it.
    esbuild = createRequire(import.meta.url)(path.join(nodeModulesDir, 'esbuild')) as Esbuild;
    esbuilds.set(nodeModulesDir, esbuild);
  }
  return esbuild;
}

function remember(entry: string, code: string): void {
  made.set(entry, code);
  if (made.size > madeLimit) made.delete(made.keys().next().value!);
}
