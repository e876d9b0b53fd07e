import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadTemplates } from '../template-set.js';
import { dependencyEsbuild } from './dependency-esbuild.js';

/**
 * What the generated `scripts/build.mjs` passes to esbuild (the build command's own copy: the two must
 * make the same files, which build-ahead.test.ts proves by running the rendered script beside this).
 */
const buildOptions = {
  entryPoints: ['src/**/*.ts'],
  outdir: 'dist',
  outbase: 'src',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
} as const;

/**
 * The files `node scripts/build.mjs` would write in the generated Express project at `dir` (its
 * `dist/`, by path from `dir`), made here with esbuild as installed in the dependency set at
 * `nodeModulesDir`, the binary the script would start: a deployer given them needs no build of its
 * own, which in a sandbox costs a Node.js and an esbuild start (~0.3 CPU-s) before the app can start.
 * Undefined, and the project is built where it runs as before, when the project's build script is not
 * the generated one (edited, it may do anything) or esbuild refuses the sources (the build in place
 * then reports why).
 */
export async function expressBuildAhead(
  dir: string,
  nodeModulesDir: string,
): Promise<Record<string, string> | undefined> {
  const script = await readFile(path.join(dir, 'scripts/build.mjs'), 'utf8').catch(() => undefined);
  if (script === undefined || script !== generatedBuildScript()) return undefined;
  try {
    const { outputFiles } = await dependencyEsbuild(nodeModulesDir).build({
      ...buildOptions,
      absWorkingDir: dir,
      write: false,
      logLevel: 'silent',
    });
    return Object.fromEntries(
      outputFiles.map((file) => [path.relative(dir, file.path).split(path.sep).join('/'), file.text]),
    );
  } catch {
    return undefined;
  }
}

let buildScript: string | undefined;

/** `scripts/build.mjs` as every Express project is generated with it (its template takes no values). */
function generatedBuildScript(): string {
  buildScript ??= loadTemplates('./express/templates')
    .find((template) => template.output === 'scripts/build.mjs')!
    .render({});
  return buildScript;
}
