import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { compileOpenApi } from '@smartapiforge/spec-engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureDesigns } from '../../test/fixtures/designs.js';
import { recipeDir } from '../dependency-cache.js';
import { ensureDependencyCache } from '../index.js';
import { scaffoldExpress } from '../express/scaffold-express.js';
import { formatWithPrettier } from './prettier-format.js';

const dirs: string[] = [];
let nodeModulesDir: string;

beforeAll(async () => {
  ({ nodeModulesDir } = await ensureDependencyCache('express'));
}, 300_000);

afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('formatWithPrettier', { timeout: 180_000 }, () => {
  it('uses the Prettier version generated projects pin, so both format byte for byte alike', async () => {
    const own = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const recipe = JSON.parse(await readFile(path.join(recipeDir('express'), 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    expect(own.dependencies.prettier).toBe(recipe.devDependencies.prettier);
  });

  it("formats with the project's config and leaves ignored files and files without a parser alone", () => {
    const files = {
      '.prettierrc.json': '{ "singleQuote": true }\n',
      '.prettierignore': 'migrations/\nopenapi.json\n',
      'src/a.ts': 'const a = "x"\n',
      'migrations/001.sql': 'SELECT  1;\n',
      'openapi.json': '{"a":1}\n',
      Dockerfile: 'FROM  node\n',
    };
    expect(formatWithPrettier(files)).toEqual({
      ...files,
      '.prettierrc.json': '{ "singleQuote": true }\n',
      'src/a.ts': "const a = 'x';\n",
    });
  });

  it("applies the config's overrides to the files they match, in order, as Prettier's config resolution does", () => {
    const config = {
      overrides: [
        { files: ['*.ts'], options: { singleQuote: true } },
        { files: 'src/**/*.ts', options: { semi: false } },
      ],
    };
    const files = {
      '.prettierrc.json': JSON.stringify(config),
      'a.ts': 'const a = "x"\n',
      'src/deep/b.ts': 'const b = "y"\n',
      'c.js': 'const c = "z"\n',
    };
    const formatted = formatWithPrettier(files);
    expect(formatted['a.ts']).toBe("const a = 'x';\n");
    expect(formatted['src/deep/b.ts']).toBe("const b = 'y'\n");
    expect(formatted['c.js']).toBe('const c = "z";\n');
  });

  it.each(['library', 'notes-jwt', 'every-field-type'])(
    'leaves a fresh Express project (%s) passing its own format:check',
    async (name) => {
      const design = fixtureDesigns[name]!.design;
      const project = scaffoldExpress(design, compileOpenApi(design));
      const dir = await mkdtemp(path.join(tmpdir(), `forge-format-${name}-`));
      dirs.push(dir);
      for (const [file, content] of Object.entries(project.files)) {
        await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
        await writeFile(path.join(dir, file), content);
      }
      await symlink(nodeModulesDir, path.join(dir, 'node_modules'), 'dir');
      // What `npm run format:check` runs, without npm.
      const check = await promisify(execFile)(
        process.execPath,
        ['node_modules/prettier/bin/prettier.cjs', '--check', '.'],
        { cwd: dir },
      ).catch((error: { stdout: string; stderr: string }) => error);
      expect(`${check.stdout}${check.stderr}`).toContain('All matched files use Prettier code style!');
    },
  );
});
