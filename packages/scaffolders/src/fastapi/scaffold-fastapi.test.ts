import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { compileOpenApi, parseDesign } from '@smartapiforge/spec-engine';
import { ForgeError } from '@smartapiforge/errors';
import { describe, expect, it } from 'vitest';
import { fixtureDesigns } from '../../test/fixtures/designs.js';
import { libraryDesign } from '../../test/fixtures/library-design.js';
import { expectGoldenFiles, field, withResource } from '../../test/support/golden.js';
import { scaffoldExpress } from '../express/scaffold-express.js';
import { checkWithRuff } from '../format/ruff-format.js';
import { scaffoldFastapi } from './scaffold-fastapi.js';

// Swagger UI's bundled files are compared with the
// installed package instead, to keep megabytes of vendored code out of the golden folder.
const goldenDir = new URL('./__golden__/library-api/', import.meta.url).pathname;
const vendored = (file: string) =>
  file.startsWith('app/static/swagger-ui/') && !file.endsWith('initializer.js');
const library = parseDesign(libraryDesign);
const libraryContract = compileOpenApi(library);

// Some cases scaffold the Express twin too, which runs Prettier in a worker: seconds on a loaded machine.
describe('scaffoldFastapi', { timeout: 120_000 }, () => {
  it('is deterministic and matches the golden project (UPDATE_GOLDEN=1 rewrites it)', async () => {
    const project = scaffoldFastapi(library, libraryContract);
    expect(scaffoldFastapi(structuredClone(library), structuredClone(libraryContract))).toEqual(project);
    const files = Object.entries(project.files).filter(([file]) => !vendored(file));
    await expectGoldenFiles(goldenDir, files);
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
    expect(files['app/schemas/author.py']).toContain('email: Annotated[Email, Field(max_length=254)]\n');
  });

  it('adds authentication, owner scoping and a Supabase schema when the design asks', () => {
    const { design } = fixtureDesigns['notes-jwt']!;
    const { files } = scaffoldFastapi(design, compileOpenApi(design));
    // HS256 with the secret, or the asymmetric keys of JWKS_URL, never the token's own choice.
    expect(files['app/auth.py']).toContain('jwt.PyJWKClient(settings.jwks_url, lifespan=300, timeout=5)');
    expect(files['app/auth.py']).toContain('_ASYMMETRIC = ["RS256", "ES256", "EdDSA"]');
    expect(files['app/settings.py']).toContain('jwks_url=os.environ.get("JWKS_URL") or None');
    // A token must expire and be meant for this API (Supabase's audience unless JWT_AUDIENCE says otherwise).
    expect(files['app/auth.py']).toContain('options={"require": ["exp", "aud"], "verify_aud": True}');
    expect(files['app/settings.py']).toContain('jwt_audience: str = "authenticated"');
    expect(files['app/dependencies.py']).toContain('limiter.hit(f"caller:{caller}")');
    expect(files['tests/test_auth.py']).toContain(
      'def test_caches_the_jwks_and_fetches_it_again_for_an_unknown_kid(',
    );
    expect(files['app/routers/tags.py']).toContain('dependencies=[Depends(authenticate)]');
    expect(files['app/routers/notes.py']).toContain(
      'await repositories_of(request).note.item_json(id, owner=caller)',
    );
    // Tags are everyone's; the note-tag pairs listed under one are the caller's own.
    expect(files['app/routers/tags.py']).not.toMatch(
      /repositories(_of\(request\))?\.tag\.\w+\([^)]*owner=caller/,
    );
    expect(files['app/routers/tags.py']).toContain('repositories.note_tag.page_json(query, owner=caller)');
    expect(files['app/tables.py']).toContain(
      'UniqueConstraint("owner_id", "note_id", "tag_id", name="note_tags_note_id_tag_id_key")',
    );
    expect(files['app/repositories.py']).toContain('unique_keys=(("note_id", "tag_id"),),');
    // Each side lists the other through the caller's pairs.
    expect(files['app/routers/notes.py']).toContain(
      'through = Through("note_tags", "tag_id", "note_id", id, caller)',
    );
    expect(files['app/routers/tags.py']).toContain('operation_id="listNotesOfTag",');
    expect(files['app/tables.py']).toContain('UniqueConstraint("owner_id", "slug", name="notes_slug_key")');
    expect(files['app/tables.py']).toContain('["notebooks.id", "notebooks.owner_id"]');
    // The very file the Express stack ships.
    const express = scaffoldExpress(design, compileOpenApi(design)).files;
    const supabase = 'supabase/migrations/20250101000000_schema.sql';
    expect(files[supabase]).toBe(express[supabase]);
    expect(files['.env.example']).toMatch(/^JWT_SECRET=$/m);
  });

  it.each(Object.entries(fixtureDesigns))(
    "ships the Express stack's SQL migrations byte for byte, and pins PyJWT where it verifies tokens (%s)",
    (_name, { design }) => {
      const contract = compileOpenApi(design);
      const { files } = scaffoldFastapi(design, contract);
      const express = scaffoldExpress(design, contract).files;
      expect(files['migrations/001_schema.sql']).toBe(express['migrations/001_schema.sql']);
      const supabase = Object.keys(files).filter((file) => file.startsWith('supabase/migrations/'));
      expect(supabase).toEqual(
        design.auth.type === 'none' ? [] : ['supabase/migrations/20250101000000_schema.sql'],
      );
      for (const file of supabase) expect(files[file]).toBe(express[file]);
      const pinned = /^pyjwt\[crypto\]==2\.10\.1$/m.test(files['requirements.txt']!);
      expect(pinned).toBe(design.auth.type === 'bearer-jwt');
    },
  );

  it.each(Object.entries(fixtureDesigns))(
    'passes its own ruff format --check and ruff check (%s)',
    (_name, { design }) => {
      expect(checkWithRuff(scaffoldFastapi(design, compileOpenApi(design)).files)).toEqual([]);
    },
  );

  it('stores uuids, dates, date-times and JSON in portable column types', () => {
    const design = withResource({
      name: 'event',
      plural: 'events',
      fields: [
        { ...field('ref'), type: 'uuid' },
        { ...field('day'), type: 'date' },
        { ...field('starts_at'), type: 'datetime' },
        { ...field('payload'), type: 'json', required: false },
      ],
    });
    const tables = scaffoldFastapi(design, compileOpenApi(design)).files['app/tables.py']!;
    expect(tables).toContain(
      'from app.column_types import DateColumn, JsonColumn, TimestampColumn, UuidColumn\n',
    );
    for (const [column, type] of [
      ['ref', 'UuidColumn'],
      ['day', 'DateColumn'],
      ['starts_at', 'TimestampColumn'],
      ['payload', 'JsonColumn'],
    ]) {
      expect(tables).toContain(`"${column}",\n        ${type},\n`);
    }
  });

  it('makes samples of a unique pattern field distinct when no suffix fits the pattern', () => {
    const isbn = { ...field('isbn'), unique: true, pattern: '^[0-9-]{10,17}$', example: '978-0-13-468599-1' };
    const design = withResource({ name: 'book', plural: 'books', fields: [isbn] });
    const { files } = scaffoldFastapi(design, compileOpenApi(design));
    expect(files['tests/fixtures.py']).toContain('"isbn": "978-0-13-4685" + f"{variant:04d}",');
  });

  it("reads API keys from the design's header and leaves auth code out without auth", () => {
    const { design } = fixtureDesigns['telemetry-api-key']!;
    const { files } = scaffoldFastapi(design, compileOpenApi(design));
    expect(files['app/dependencies.py']).toContain('request.headers.get("x-robot-key")');
    expect(files['app/repositories.py']).toContain('owned=True');
    const plain = Object.keys(scaffoldFastapi(library, libraryContract).files);
    expect(plain.filter((file) => file.endsWith('auth.py') || file.startsWith('supabase/'))).toEqual([]);
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

  it('keeps a resource named with a keyword on the wire and escapes it only where Python needs (class_)', () => {
    const text = JSON.stringify(libraryDesign).replaceAll('authors', 'classes').replaceAll('author', 'class');
    const design = parseDesign(JSON.parse(text) as unknown);
    const contract = compileOpenApi(design);
    const { files } = scaffoldFastapi(design, contract);
    expect(Object.keys(files)).toContain('app/schemas/class_.py');
    expect(files['app/repositories.py']).toContain('self.class_ = Repository(');
    expect(files['app/routers/classes.py']).toContain('from app.schemas.class_ import');
    expect(files['app/routers/classes.py']).toContain('No class with id');
    expect(files['app/routers/books.py']).toContain('repositories.class_.contains(');
    expect(checkWithRuff(files)).toEqual([]);
    // TypeScript allows keywords as property names, so the Express twin keeps the word as it is.
    const express = scaffoldExpress(design, contract).files;
    expect(express['src/repositories/index.ts']).toContain('class: createClassRepository(db, cache),');
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
