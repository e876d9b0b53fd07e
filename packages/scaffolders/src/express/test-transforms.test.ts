import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { libraryDesign } from '../../test/fixtures/library-design.js';
import libraryOpenApi from '../../test/fixtures/library-openapi.json' with { type: 'json' };
import { scaffoldExpress } from './scaffold-express.js';
import {
  expressTestTransforms,
  madeFileOptions,
  madePath,
  testTreesDir,
  treeName,
  treeSource,
} from './test-transforms.js';

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

/** node_modules with an esbuild that says `version` and gives back each text as it is (JavaScript already). */
const esbuildThatKeepsText = (version: string) => ({
  'node_modules/esbuild/package.json': JSON.stringify({ name: 'esbuild', version, main: 'main.js' }),
  'node_modules/esbuild/main.js': `exports.version = '${version}';\nexports.transform = async (text) => ({ code: text });\n`,
});

interface Loader {
  treeSource(file: string): boolean;
  madePath(file: string): string;
  madeFileOptions(file: string, text: string): unknown;
  treeName(version: string, sources: [string, string][]): string;
}

describe("a generated Express project's test run", { timeout: 60_000 }, () => {
  it('makes and names its tree as the forge does, so what the forge makes is what it finds', async () => {
    const dir = await folder('loader', { 'loader.mjs': files['test/typescript-loader.mjs']! });
    const loader = (await import(pathToFileURL(path.join(dir, 'loader.mjs')).href)) as Loader;
    const paths = [
      'src/app.ts',
      'test/books.test.ts',
      'api/index.ts',
      'src/types.d.ts',
      'src/app.js',
      'dist/server.ts',
      'node_modules/x/index.ts',
      '.forge/design.ts',
      'src/.hidden/a.ts',
      'tools/dist/a.ts',
    ];
    expect(paths.map((file) => loader.treeSource(file))).toEqual(paths.map(treeSource));
    expect(paths.filter(treeSource)).toEqual([
      'src/app.ts',
      'test/books.test.ts',
      'api/index.ts',
      'tools/dist/a.ts',
    ]);
    for (const [file, text] of [
      ['src/app.ts', files['src/app.ts']!],
      ['src/openapi.ts', files['src/openapi.ts']!],
      ['test/books.test.ts', 'const a: number = 1;\n'],
    ] as const) {
      expect(loader.madePath(file)).toBe(madePath(file));
      expect(loader.madeFileOptions(file, text)).toEqual(madeFileOptions(file, text));
    }
    // A file that finds things next to itself keeps its own location; the source map names the source.
    expect(madeFileOptions('src/openapi.ts', files['src/openapi.ts']!)).toMatchObject({
      sourcefile: '../../../../src/openapi.ts',
      define: { 'import.meta.url': '__sourceUrl' },
    });
    const sources: [string, string][] = [
      ['src/a.ts', 'x'],
      ['test/a.test.ts', 'y'],
    ];
    expect(loader.treeName('0.27.7', sources)).toBe(treeName('0.27.7', sources));
    // Anything that shapes the tree names another: esbuild's version, a file's path, its text.
    const name = treeName('1', sources);
    expect(
      new Set([
        name,
        treeName('2', sources),
        treeName('1', [['src/b.ts', 'x'], sources[1]!]),
        treeName('1', [['src/a.ts', 'x2'], sources[1]!]),
        treeName('1', sources.slice(0, 1)),
      ]).size,
    ).toBe(5);
  });

  it('runs the tests from a made tree without starting esbuild, and makes another for an edited file', async () => {
    const text =
      "import { test } from 'node:test';\nconst label: string = 'typed';\ntest(label, () => {});\n";
    const made = "import { test } from 'node:test';\ntest('served from the tree', () => {});\n";
    const dir = await folder('tree-run', {
      'test/run-tests.mjs': files['test/run-tests.mjs']!,
      'test/typescript-loader.mjs': files['test/typescript-loader.mjs']!,
      'test/a.test.ts': text,
      [`${testTreesDir}/${treeName('9.9.9', [['test/a.test.ts', text]])}/test/a.test.js`]: made,
      ...esbuildThatMustNotStart('9.9.9'),
    });
    const run = () => exec('node', ['--test-reporter=spec', 'test/run-tests.mjs'], { cwd: dir });
    const { stdout } = await run();
    expect(stdout).toContain('served from the tree');
    expect(stdout).toMatch(/pass 1\b/);

    // Another text names another tree, so the run goes to esbuild, which here refuses to start.
    await writeFile(path.join(dir, 'test/a.test.ts'), `${text}// edited\n`);
    await expect(run()).rejects.toThrow(/esbuild was started/);
  });

  it('makes its tree itself, and loads through module hooks what a tree cannot hold', async () => {
    const dir = await folder('own-tree', {
      'test/run-tests.mjs': files['test/run-tests.mjs']!,
      'test/typescript-loader.mjs': files['test/typescript-loader.mjs']!,
      'test/a.test.ts': "import { test } from 'node:test';\ntest('ran from the made tree', () => {});\n",
      'test/b.test.ts': "import { test } from 'node:test';\ntest('ran beside it', () => {});\n",
      ...esbuildThatKeepsText('1.0.0'),
    });
    // Trees an edit left behind: one no run has used for two days, one used an hour ago.
    const twoDaysAgo = new Date(Date.now() - 48 * 60 * 60 * 1000);
    const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
    for (const [name, used] of [
      ['unused', twoDaysAgo],
      ['recent', hourAgo],
    ] as const) {
      await mkdir(path.join(dir, testTreesDir, name, 'test'), { recursive: true });
      await writeFile(path.join(dir, testTreesDir, name, 'test/a.test.js'), '');
      await utimes(path.join(dir, testTreesDir, name), used, used);
    }
    const run = () => exec('node', ['--test-reporter=spec', 'test/run-tests.mjs'], { cwd: dir });
    expect((await run()).stdout).toMatch(/pass 2\b/);
    const [tree, ...others] = (await readdir(path.join(dir, testTreesDir))).sort(
      (a, b) => b.length - a.length,
    );
    expect(others).toEqual(['recent']);
    expect(tree).toMatch(/^[0-9a-f]{32}$/);
    expect((await readdir(path.join(dir, testTreesDir, tree!, 'test'))).sort()).toEqual([
      'a.test.js',
      'b.test.js',
    ]);
    expect(existsSync(path.join(dir, '.cache/typescript'))).toBe(false);

    // A module the tree does not hold (plain JavaScript): nothing runs twice, the hooks load it all.
    await writeFile(path.join(dir, 'test/plain.mjs'), 'export const value = 42;\n');
    await writeFile(
      path.join(dir, 'test/c.test.ts'),
      "import assert from 'node:assert/strict';\nimport { test } from 'node:test';\nimport { value } from './plain.mjs';\ntest('reads plain JavaScript', () => assert.equal(value, 42));\n",
    );
    const { stdout } = await run();
    expect(stdout).toMatch(/pass 3\b/);
    expect(stdout.match(/ran from the made tree/g)).toHaveLength(1);
    expect(existsSync(path.join(dir, '.cache/typescript'))).toBe(true);
  });
});

describe('expressTestTransforms', () => {
  it("makes the tree of the TypeScript files the tests may load, with the dependency set's esbuild", async () => {
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
    const project: Record<string, string> = {
      'test/app.test.ts': "import './helpers.js';\n",
      'src/app.ts': 'export const app: number = 1;\n',
      'src/types.d.ts': 'declare const x: number;\n',
      'package.json': '{}',
      'test/run-tests.mjs': '',
    };
    const nodeModules = path.join(dir, 'node_modules');
    const made = await expressTestTransforms(project, nodeModules);
    const tree = `${testTreesDir}/${treeName('1.2.3', [
      ['src/app.ts', project['src/app.ts']!],
      ['test/app.test.ts', project['test/app.test.ts']!],
    ])}`;
    const code = (file: string) =>
      `${JSON.stringify(madeFileOptions(file, project[file]!))}\n${project[file]}`;
    expect(made).toEqual({
      [`${tree}/src/app.js`]: code('src/app.ts'),
      [`${tree}/test/app.test.js`]: code('test/app.test.ts'),
    });
    expect(calls.sort()).toEqual(['../../../../src/app.ts', '../../../../test/app.test.ts']);
    // A file seen before is not transformed again.
    calls.length = 0;
    expect(await expressTestTransforms(project, nodeModules)).toEqual(made);
    expect(calls).toEqual([]);
    // A file esbuild refuses means no tree: the test run makes its own and meets the same error.
    expect(
      await expressTestTransforms({ ...project, 'src/broken.ts': 'syntax error here' }, nodeModules),
    ).toEqual({});
    expect(await readdir(nodeModules)).toEqual(['esbuild']);
  });
});
