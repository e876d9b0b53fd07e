import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { libraryDesign } from '../../test/fixtures/library-design.js';
import libraryOpenApi from '../../test/fixtures/library-openapi.json' with { type: 'json' };
import { ensureDependencyCache } from '../dependency-cache.js';
import { expressBuildAhead } from './build-ahead.js';
import { scaffoldExpress } from './scaffold-express.js';

const exec = promisify(execFile);
const { files } = scaffoldExpress(libraryDesign, libraryOpenApi);
let root: string;
let nodeModulesDir: string;

async function project(name: string, tree: Record<string, string>): Promise<string> {
  const dir = path.join(root, name);
  for (const [file, content] of Object.entries(tree)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), content);
  }
  return dir;
}

/** Every file under `dir`, by its path from there. */
async function tree(dir: string): Promise<Record<string, string>> {
  const names = await readdir(dir, { recursive: true, withFileTypes: true });
  const entries = await Promise.all(
    names
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return [path.relative(dir, file), await readFile(file, 'utf8')] as const;
      }),
  );
  return Object.fromEntries(entries);
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'forge-build-ahead-'));
  ({ nodeModulesDir } = await ensureDependencyCache('express'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('expressBuildAhead', { timeout: 60_000 }, () => {
  it("makes byte for byte the dist/ the project's own build script writes", async () => {
    const dir = await project('generated', files);
    const ahead = await expressBuildAhead(dir, nodeModulesDir);

    const built = path.join(root, 'built');
    await cp(dir, built, { recursive: true });
    await symlink(nodeModulesDir, path.join(built, 'node_modules'));
    await exec('node', ['scripts/build.mjs'], { cwd: built });
    const dist = await tree(path.join(built, 'dist'));

    expect(Object.keys(dist).length).toBeGreaterThan(10);
    expect(ahead).toEqual(
      Object.fromEntries(Object.entries(dist).map(([file, text]) => [`dist/${file}`, text])),
    );
    // Made from the folder, not written into it.
    await expect(readdir(path.join(dir, 'dist'))).rejects.toThrow(/ENOENT/);
  });

  it('leaves a project whose build script was edited, or whose sources do not compile, to its own build', async () => {
    const edited = await project('edited', {
      ...files,
      'scripts/build.mjs': `${files['scripts/build.mjs']}console.log('also this');\n`,
    });
    await expect(expressBuildAhead(edited, nodeModulesDir)).resolves.toBeUndefined();

    const broken = await project('broken', { ...files, 'src/app.ts': 'export const = ;\n' });
    await expect(expressBuildAhead(broken, nodeModulesDir)).resolves.toBeUndefined();

    const scriptless = await project('scriptless', { 'src/app.ts': 'export const a = 1;\n' });
    await expect(expressBuildAhead(scriptless, nodeModulesDir)).resolves.toBeUndefined();
  });
});
