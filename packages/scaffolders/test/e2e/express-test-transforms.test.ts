import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ensureDependencyCache, scaffoldExpress, testRunFiles } from '../../src/index.js';
import { testTreesDir, treeSource } from '../../src/express/test-transforms.js';
import { libraryDesign } from '../fixtures/library-design.js';
import libraryOpenApi from '../fixtures/library-openapi.json' with { type: 'json' };
import { run } from '../support/child-process.js';

let dir: string;
let nodeModulesDir: string;

beforeAll(async () => {
  ({ nodeModulesDir } = await ensureDependencyCache('express'));
  dir = await mkdtemp(path.join(tmpdir(), 'forge-test-transforms-'));
}, 180_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

// A run that finds the tree its sources name loads it as it is: it makes no tree of its own and never
// falls back to the module hooks (which would keep transforms in .cache/typescript), so the whole run
// was served from what testRunFiles made, with the dependency set's real esbuild.
it("serves a generated project's whole test run from the tree made ahead of it", async () => {
  const project = scaffoldExpress(libraryDesign, libraryOpenApi);
  const prepared = await testRunFiles(project, project.files, {
    mounts: [{ hostPath: nodeModulesDir, sandboxPath: 'node_modules' }],
  });
  const trees = new Set(Object.keys(prepared).map((file) => file.split('/').slice(0, 3).join('/')));
  expect([...trees]).toHaveLength(1);
  const [tree] = [...trees] as [string];
  expect(tree.startsWith(`${testTreesDir}/`)).toBe(true);
  expect(Object.keys(prepared).length).toBe(
    Object.keys(project.files).filter((file) => treeSource(file)).length,
  );
  for (const [file, content] of Object.entries({ ...prepared, ...project.files })) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), content);
  }
  await symlink(nodeModulesDir, path.join(dir, 'node_modules'), 'dir');
  const test = await run(project.commands.test, dir, {
    PGLITE_SNAPSHOT: 'node_modules/.smartapiforge/pglite-base.tar',
    NO_COLOR: '1',
  });
  expect(test.output).toMatch(/^\W*fail 0$/m);
  expect(test.code).toBe(0);
  expect(await readdir(path.join(dir, testTreesDir))).toEqual([path.posix.basename(tree)]);
  expect(existsSync(path.join(dir, '.cache/typescript'))).toBe(false);
}, 120_000);
