import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { libraryDesign } from '../../test/fixtures/library-design.js';
import libraryOpenApi from '../../test/fixtures/library-openapi.json' with { type: 'json' };
import { scaffoldExpress } from './scaffold-express.js';
import { cacheEntryName, expressTestTransforms, transformCacheDir } from './test-transforms.js';

const exec = promisify(execFile);
const { files } = scaffoldExpress(libraryDesign, libraryOpenApi);
let root: string;

/** A folder holding `tree` (relative path → content). */
async function folder(name: string, tree: Record<string, string>): Promise<string> {
  const dir = path.join(root, name);
  for (const [file, content] of Object.entries(tree)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), content);
  }
  return dir;
}

/** node_modules with an esbuild that says `version` and fails the moment anything starts it. */
const esbuildThatMustNotStart = (version: string) => ({
  'node_modules/esbuild/package.json': JSON.stringify({ name: 'esbuild', version, main: 'main.js' }),
  'node_modules/esbuild/main.js': "throw new Error('esbuild was started');\n",
});

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'forge-test-transforms-'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("a generated Express project's test loader", { timeout: 60_000 }, () => {
  it('names cache entries as the forge does, so what the forge makes is what it reads', async () => {
    const dir = await folder('loader', { 'loader.mjs': files['test/typescript-loader.mjs']! });
    const loader = (await import(pathToFileURL(path.join(dir, 'loader.mjs')).href)) as {
      cacheEntryName(version: string, fileName: string, text: string): string;
    };
    for (const [version, file, text] of [
      ['0.27.7', 'src/app.ts', files['src/app.ts']!],
      ['0.27.7', '/work/api/test/books.test.ts', 'const a: number = 1;\n'],
      ['0.28.0', 'test/books.test.ts', 'const a: number = 1;\n'],
      ['0.27.7', 'a.ts', ''],
    ] as const) {
      expect(loader.cacheEntryName(version, file, text)).toBe(cacheEntryName(version, file, text));
    }
    // Anything that shapes the transform gives another entry: esbuild's version, the file's name, its text.
    const entry = cacheEntryName('1', 'src/a.ts', 'x');
    expect(
      new Set([entry, cacheEntryName('2', 'src/a.ts', 'x'), cacheEntryName('1', 'src/b.ts', 'x')]).size,
    ).toBe(3);
    expect(cacheEntryName('1', 'src/a.ts', 'y')).not.toBe(entry);
    // Not the folder: a transform names the file alone, so it fits the project wherever it is.
    expect(cacheEntryName('1', '/elsewhere/src/a.ts', 'x')).toBe(entry);
  });

  it('runs the tests from cached transforms without starting esbuild, and transforms an edited file', async () => {
    const text =
      "import { test } from 'node:test';\nconst label: string = 'typed';\ntest(label, () => {});\n";
    const cached = "import { test } from 'node:test';\ntest('served from the cache', () => {});\n";
    const dir = await folder('cached-run', {
      'test/run-tests.mjs': files['test/run-tests.mjs']!,
      'test/typescript-loader.mjs': files['test/typescript-loader.mjs']!,
      'test/a.test.ts': text,
      [`${transformCacheDir}/${cacheEntryName('9.9.9', 'test/a.test.ts', text)}`]: cached,
      ...esbuildThatMustNotStart('9.9.9'),
    });
    const run = () => exec('node', ['--test-reporter=spec', 'test/run-tests.mjs'], { cwd: dir });
    const { stdout } = await run();
    expect(stdout).toContain('served from the cache');
    expect(stdout).toMatch(/pass 1\b/);

    // Another text is another entry, so the loader goes to esbuild, which here refuses to start.
    await writeFile(path.join(dir, 'test/a.test.ts'), `${text}// edited\n`);
    await expect(run()).rejects.toThrow(/esbuild was started/);
  });
});

describe('expressTestTransforms', () => {
  it("makes an entry for each TypeScript file the tests may load, with the dependency set's esbuild", async () => {
    const calls: string[] = [];
    const dir = await folder('fake-esbuild', {
      'node_modules/esbuild/package.json': JSON.stringify({
        name: 'esbuild',
        version: '1.2.3',
        main: 'main.cjs',
      }),
      'node_modules/esbuild/main.cjs': `exports.version = '1.2.3';
exports.transform = async (text, options) => {
  globalThis.fakeEsbuildCalls.push(options.sourcefile);
  if (text.includes('syntax error')) throw new Error('Expected ";"');
  return { code: JSON.stringify(options) + '\\n' + text };
};\n`,
    });
    (globalThis as { fakeEsbuildCalls?: string[] }).fakeEsbuildCalls = calls;
    const project = {
      'src/app.ts': 'export const app: number = 1;\n',
      'test/app.test.ts': "import './helpers.js';\n",
      'src/types.d.ts': 'declare const x: number;\n',
      'src/broken.ts': 'syntax error here',
      'package.json': '{}',
      'test/run-tests.mjs': '',
    };
    const nodeModules = path.join(dir, 'node_modules');
    const made = await expressTestTransforms(project, nodeModules);
    const options = (file: string) =>
      JSON.stringify({
        loader: 'ts',
        format: 'esm',
        target: 'node20',
        sourcemap: 'inline',
        sourcefile: file,
      });
    expect(made).toEqual({
      [`.cache/typescript/${cacheEntryName('1.2.3', 'src/app.ts', project['src/app.ts'])}`]: `${options('app.ts')}\n${project['src/app.ts']}`,
      [`.cache/typescript/${cacheEntryName('1.2.3', 'test/app.test.ts', project['test/app.test.ts'])}`]: `${options('app.test.ts')}\n${project['test/app.test.ts']}`,
    });
    expect(calls.sort()).toEqual(['app.test.ts', 'app.ts', 'broken.ts']);
    // A file seen before is not transformed again; one that failed is tried again.
    calls.length = 0;
    expect(await expressTestTransforms(project, nodeModules)).toEqual(made);
    expect(calls).toEqual(['broken.ts']);
    expect(await readdir(nodeModules)).toEqual(['esbuild']);
  });
});
