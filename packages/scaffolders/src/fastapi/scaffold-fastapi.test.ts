import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { compileOpenApi, parseDesign, type ApiDesign } from '@smartapiforge/spec-engine';
import { ForgeError } from '@smartapiforge/errors';
import { describe, expect, it } from 'vitest';
import { libraryDesign } from '../../test/fixtures/library-design.js';
import { scaffoldFastapi } from './scaffold-fastapi.js';

// Generated files are stored as <path>.golden; Swagger UI's bundled files are compared with the
// installed package instead, to keep megabytes of vendored code out of the golden folder.
const goldenDir = new URL('./__golden__/library-api/', import.meta.url).pathname;
const vendored = (file: string) =>
  file.startsWith('app/static/swagger-ui/') && !file.endsWith('initializer.js');
const library = parseDesign(libraryDesign);
const libraryContract = compileOpenApi(library);

describe('scaffoldFastapi', () => {
  it('is deterministic and matches the golden project (UPDATE_GOLDEN=1 rewrites it)', async () => {
    const project = scaffoldFastapi(library, libraryContract);
    expect(scaffoldFastapi(structuredClone(library), structuredClone(libraryContract))).toEqual(project);
    const files = Object.entries(project.files).filter(([file]) => !vendored(file));
    if (process.env.UPDATE_GOLDEN === '1') {
      await rm(goldenDir, { recursive: true, force: true });
      for (const [file, content] of files) {
        await mkdir(path.dirname(path.join(goldenDir, file)), { recursive: true });
        await writeFile(path.join(goldenDir, `${file}.golden`), content);
      }
    }
    const stored = (await readdir(goldenDir, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) =>
        path.relative(goldenDir, path.join(entry.parentPath, entry.name)).replace(/\.golden$/, ''),
      );
    expect(stored.sort()).toEqual(files.map(([file]) => file));
    for (const [file, content] of files) {
      expect(content, file).toBe(await readFile(path.join(goldenDir, `${file}.golden`), 'utf8'));
    }
  });

  it('lays out one schema module, router and test module per resource, with sorted keys', () => {
    const project = scaffoldFastapi(library, libraryContract);
    const files = Object.keys(project.files);
    expect(files).toEqual([...files].sort());
    expect(files).toEqual(
      expect.arrayContaining([
        'app/main.py',
        'app/schemas/author.py',
        'app/schemas/book.py',
        'app/routers/authors.py',
        'app/routers/books.py',
        'tests/test_authors.py',
        'tests/test_books.py',
        'pyproject.toml',
        'Dockerfile',
        '.github/workflows/ci.yml',
      ]),
    );
    expect(files.filter((file) => file.endsWith('.ejs') || file.includes('__resource__'))).toEqual([]);
    expect(JSON.parse(project.files['app/openapi.json']!)).toEqual(libraryContract);
    expect(project).toMatchObject({ stack: 'fastapi', dependencyRecipe: 'python-fastapi' });
    expect(project.commands.start).toEqual({ command: 'python3', args: ['-m', 'app'] });
  });

  it('bundles Swagger UI from the pinned swagger-ui-dist, so /docs needs no CDN', async () => {
    const { files } = scaffoldFastapi(library, libraryContract);
    const dist = path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
    expect(files['app/static/swagger-ui/swagger-ui-bundle.js']).toBe(
      await readFile(path.join(dist, 'swagger-ui-bundle.js'), 'utf8'),
    );
    expect(files['app/static/swagger-ui/LICENSE']).toContain('Apache License');
    expect(Object.values(files).join('\n')).not.toMatch(/cdn\.jsdelivr|unpkg\.com/);
  });

  it('takes routes, schema names and list limits from the contract', () => {
    const { files } = scaffoldFastapi(library, libraryContract);
    expect(files['app/routers/authors.py']).toContain('    "/authors/{id}/books",\n');
    expect(files['app/routers/authors.py']).toContain('operation_id="listAuthorBooks"');
    expect(files['app/schemas/book.py']).toContain('class BookCreate(WriteModel):');
    expect(files['app/schemas/book.py']).toContain('limit: Annotated[int, Field(ge=1, le=100)] = 20');
    expect(files['app/schemas/author.py']).toContain('email: Email\n');
  });

  it('gives fields that would shadow pydantic attributes an alias', () => {
    const design = withResource({
      name: 'note',
      plural: 'notes',
      fields: [field('json'), field('model_name')],
    });
    const { files } = scaffoldFastapi(design, compileOpenApi(design));
    expect(files['app/schemas/note.py']).toContain(
      'json_: Annotated[str, Field(max_length=255)] = Field(alias="json")',
    );
    expect(files['app/schemas/note.py']).toContain('@field_validator("json_", "model_name_", mode="before")');
    expect(files['app/tables.py']).toContain('"json",');
  });

  it.each([
    ['a resource name with code in it', { name: 'x); import os #', plural: 'xs' }],
    ['a path-traversing plural', { name: 'x', plural: '../etc' }],
  ])('refuses %s', (_label, resource) => {
    const design = withResource({ fields: [field('title')], ...resource });
    expect(() => scaffoldFastapi(design, {})).toThrow(/snake_case/);
  });

  it('refuses a contract that was not compiled from the design', () => {
    const attempt = () => scaffoldFastapi(library, { openapi: '3.1.0', paths: {} });
    expect(attempt).toThrow(/no components\.schemas\.Author/);
    try {
      attempt();
    } catch (error) {
      expect(ForgeError.isInstance(error) && error.code).toBe('invalid_design');
    }
  });
});

function field(name: string): ApiDesign['resources'][number]['fields'][number] {
  return { name, type: 'string', required: true, unique: false, readOnly: false };
}

function withResource(resource: Partial<ApiDesign['resources'][number]>): ApiDesign {
  return {
    ...library,
    relations: [],
    resources: [
      { name: 'thing', plural: 'things', ownership: 'none', fields: [field('title')], ...resource },
    ],
  };
}
