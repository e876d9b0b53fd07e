import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { compileOpenApi, planContract } from '@smartapiforge/spec-engine';
import { describe, expect, it } from 'vitest';
import { catalogDesign, fixtureDesigns } from '../../test/fixtures/designs.js';
import { scaffoldContractFastapi } from '../contract-first/scaffold-contract-fastapi.js';
import { devPins } from '../fastapi/project-model.js';
import { isortOrder } from '../fastapi/python-code.js';
import { scaffoldFastapi } from '../fastapi/scaffold-fastapi.js';
import { ScaffoldError } from '../naming.js';
import { checkWithRuff, formatWithRuff } from './ruff-format.js';
import { ignoredRules, readRuffSettings } from './ruff-settings.js';

const pyproject = `[project]
name = "demo"
requires-python = ">=3.11"

[tool.ruff]
line-length = 40

[tool.ruff.format]
quote-style = "single"

[tool.ruff.lint]
select = ["F", "I", "S"]
per-file-ignores = { "tests/*" = ["S101"], "app/main.py" = ["F401"] }
`;

const contract = (file: string) =>
  planContract(readFileSync(new URL(`../../test/fixtures/contracts/${file}`, import.meta.url), 'utf8'));

// The first call in a worker compiles ruff's WebAssembly: seconds on a loaded machine.
describe('formatWithRuff', { timeout: 120_000 }, () => {
  it('is the ruff version generated projects pin, so their own ruff format --check agrees byte for byte', () => {
    const require = createRequire(import.meta.url);
    const { version } = require('@astral-sh/ruff-wasm-nodejs/package.json') as { version: string };
    expect(devPins.ruff).toBe(version);
    const own = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(own.dependencies['@astral-sh/ruff-wasm-nodejs']).toBe(version);
  });

  it("formats Python modules with the project's settings and leaves every other file alone", () => {
    const files = {
      'pyproject.toml': pyproject,
      'app/main.py': 'x = {"a":1,\n"b":[1,2,3]}\ndef f(a,b): return call_something(a, b, "longer")\n',
      'README.md': 'x = {"a":1}\n',
    };
    const formatted = formatWithRuff(files);
    expect(formatted['app/main.py']).toBe(
      "x = {'a': 1, 'b': [1, 2, 3]}\n\n\ndef f(a, b):\n    return call_something(\n        a, b, 'longer'\n    )\n",
    );
    expect(formatted['README.md']).toBe(files['README.md']);
    expect(formatWithRuff(formatted)).toEqual(formatted);
  });

  it('lists generated names in the order ruff sorts imports', () => {
    const names = ['item10', 'item2', 'a_b', 'ab', 'a', 'b_table', 'book_loans', 'books', 'x02', 'x1'];
    const ordered = isortOrder(names);
    const imports = ordered
      .map((name) => `from app.routers.${name} import router as ${name}_router\n`)
      .join('');
    const members = `from app.tables import ${ordered.join(', ')}\n`;
    const project = (module: string) => ({ 'ruff.toml': '[lint]\nselect = ["I"]\n', 'app/m.py': module });
    expect(checkWithRuff(project(imports))).toEqual([]);
    expect(checkWithRuff(project(members))).toEqual([]);
    expect(checkWithRuff(project(members.replace('a, a_b', 'a_b, a')))).toHaveLength(1);
  });

  it('reads ruff.toml before pyproject.toml, and the target version from requires-python', () => {
    const files = { 'pyproject.toml': pyproject, 'ruff.toml': 'line-length = 100\n', 'app/a.py': '' };
    expect(readRuffSettings(files).options).toMatchObject({ 'line-length': 100, 'target-version': 'py311' });
    expect(readRuffSettings({ 'pyproject.toml': pyproject }).options).toMatchObject({
      'line-length': 40,
      'target-version': 'py311',
      format: { 'quote-style': 'single' },
    });
  });

  it("treats the project's own top-level modules as first-party, as ruff finds them on disk", () => {
    const files = {
      'pyproject.toml': pyproject,
      'app/a.py': '',
      'tests/t.py': '',
      'manage.py': '',
      'README.md': '',
    };
    const { lint } = readRuffSettings(files).options as { lint: { isort: Record<string, string[]> } };
    expect(lint.isort['known-first-party']).toEqual(['app', 'manage', 'tests']);
  });

  it("matches per-file ignores as ruff's globs do: * crosses folders, a bare name matches at any depth", () => {
    const settings = readRuffSettings({
      'ruff.toml':
        '[lint.per-file-ignores]\n"tests/*" = ["S101"]\n"conftest.py" = ["S105"]\n"app/?.py" = ["E501"]\n',
    });
    expect(ignoredRules(settings, 'tests/unit/test_a.py')).toEqual(['S101']);
    expect(ignoredRules(settings, 'tests/conftest.py')).toEqual(['S101', 'S105']);
    expect(ignoredRules(settings, 'app/a.py')).toEqual(['E501']);
    expect(ignoredRules(settings, 'app/ab.py')).toEqual([]);
    expect(ignoredRules(settings, 'mytests/a.py')).toEqual([]);
  });

  it('reports what ruff format --check and ruff check would, per-file ignores applied', () => {
    const files = {
      'pyproject.toml': pyproject,
      'app/main.py': 'import os\n',
      'app/other.py': 'import os\n\nassert os\n',
      'tests/test_a.py': 'assert 1 == 1\n',
      'app/messy.py': 'x=1\n',
    };
    expect(checkWithRuff(files)).toEqual([
      { file: 'app/other.py', line: 3, code: 'S101', message: 'Use of `assert` detected' },
      { file: 'app/messy.py', line: 1, code: 'format', message: 'Would reformat' },
    ]);
  });

  it('names the file a template rendered invalid Python into, and the settings ruff refuses', () => {
    const broken = { 'pyproject.toml': pyproject, 'app/broken.py': 'def f(:\n' };
    expect(() => formatWithRuff(broken)).toThrow(ScaffoldError);
    expect(() => formatWithRuff(broken)).toThrow(/app\/broken\.py/);
    const invalid = { 'ruff.toml': 'line-lenght = 100\n', 'app/a.py': 'x = 1\n' };
    expect(() => formatWithRuff(invalid)).toThrow(/ruff settings are not valid/);
    expect(() => formatWithRuff({ 'ruff.toml': 'line-length = \n' })).toThrow(/not valid TOML/);
  });

  it('gives fresh prompt-first FastAPI projects that pass ruff format --check and ruff check', () => {
    const designs = [...Object.values(fixtureDesigns).map((fixture) => fixture.design), catalogDesign];
    for (const design of designs) {
      const { files } = scaffoldFastapi(design, compileOpenApi(design));
      expect(Object.keys(files).filter((file) => file.endsWith('.py')).length).toBeGreaterThan(10);
      expect(checkWithRuff(files), design.name).toEqual([]);
    }
  });

  it('gives fresh spec-first FastAPI projects that pass ruff format --check and ruff check', () => {
    for (const name of ['realworld/openapi.yml', 'museum/openapi.yaml', 'train-travel/openapi.yaml']) {
      const { document, plan } = contract(name);
      const { files } = scaffoldContractFastapi({ name: 'spec-first', document, plan });
      expect(checkWithRuff(files), name).toEqual([]);
      expect(files['.github/workflows/ci.yml']).toContain('ruff format --check .');
    }
  });
});
