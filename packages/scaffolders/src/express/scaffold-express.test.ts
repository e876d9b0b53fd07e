import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ForgeError } from '@smartapiforge/errors';
import { libraryDesign } from '../../test/fixtures/library-design.js';
import libraryOpenApi from '../../test/fixtures/library-openapi.json' with { type: 'json' };
import { recipeDir } from '../dependency-cache.js';
import { scaffoldExpress } from './scaffold-express.js';
import { compileOpenApi } from '@smartapiforge/spec-engine';
import { fixtureDesigns } from '../../test/fixtures/designs.js';
import { expectGoldenFiles, field, withResource } from '../../test/support/golden.js';

const goldenDir = new URL('./__golden__/library-api/', import.meta.url).pathname;

// Formatting runs Prettier in a worker, whose start takes seconds on a loaded machine.
describe('scaffoldExpress', { timeout: 120_000 }, () => {
  it('is deterministic and matches the golden project (UPDATE_GOLDEN=1 rewrites it)', async () => {
    const project = scaffoldExpress(libraryDesign, libraryOpenApi);
    expect(scaffoldExpress(structuredClone(libraryDesign), structuredClone(libraryOpenApi))).toEqual(project);
    await expectGoldenFiles(goldenDir, Object.entries(project.files));
  });

  it('lays out one router, repository and test per resource, with sorted keys', () => {
    const project = scaffoldExpress(libraryDesign, libraryOpenApi);
    const files = Object.keys(project.files);
    expect(files).toEqual([...files].sort());
    expect(files).toEqual(
      expect.arrayContaining([
        'package.json',
        'openapi.json',
        'src/app.ts',
        'src/server.ts',
        'src/routes/authors.ts',
        'src/routes/books.ts',
        'src/repositories/author-repository.ts',
        'src/repositories/book-repository.ts',
        'test/authors.test.ts',
        'test/books.test.ts',
        'README.md',
        '.gitignore',
        'migrations/001_schema.sql',
        'Dockerfile',
        '.dockerignore',
        '.env.example',
        'fly.toml',
        'vercel.json',
        'api/index.ts',
        '.github/dependabot.yml',
        '.github/workflows/ci.yml',
      ]),
    );
    // Without auth there is no auth code and no Supabase schema.
    expect(files.filter((file) => file === 'src/http/auth.ts' || file.startsWith('supabase/'))).toEqual([]);
    expect(files.filter((file) => file.endsWith('.ejs') || file.includes('__resource__'))).toEqual([]);
    expect(JSON.parse(project.files['openapi.json']!)).toEqual(libraryOpenApi);
    expect(project.commands.test).toEqual({
      command: 'node',
      args: [
        '--disable-wasm-trap-handler',
        '--liftoff-only',
        '--enable-source-maps',
        '--test-reporter=spec',
        '--test-reporter-destination=stdout',
        '--test-reporter=junit',
        '--test-reporter-destination=test-results/junit.xml',
        'test/run-tests.mjs',
      ],
    });
    expect(project.commands.testReport).toBe('test-results/junit.xml');
    expect(files).toEqual(
      expect.arrayContaining([
        'test/run-tests.mjs',
        'test/typescript-loader.mjs',
        'eslint.config.js',
        '.prettierrc.json',
        'scripts/build.mjs',
      ]),
    );
  });

  it('adds authentication, owner scoping and a Supabase schema when the design asks', () => {
    const { design } = fixtureDesigns['notes-jwt']!;
    const { files } = scaffoldExpress(design, compileOpenApi(design));
    expect(files['src/http/auth.ts']).toContain(
      "algorithms: config.jwksUrl ? ['RS256', 'ES256', 'EdDSA'] : ['HS256']",
    );
    expect(files['src/http/auth.ts']).toContain("requiredClaims: ['exp']");
    expect(files['src/http/auth.ts']).toContain('audience: config.jwtAudience,');
    expect(files['src/app.ts']).toContain('const guarded = [authenticated, ...limits.slice(1)];');
    expect(files['src/app.ts']).toContain(
      "app.use('/notes', ...guarded);\n  notesRouter(context, app.router);",
    );
    expect(files['src/routes/notes.ts']).toContain('repositories.note.getJson(req.params.id, callerOf(res))');
    // Tags are everyone's; the note-tag pairs listed under one are the caller's own.
    expect(files['src/routes/tags.ts']).not.toMatch(/repositories\.tag\.\w+\([^)]*callerOf/);
    expect(files['src/routes/tags.ts']).toContain(
      'repositories.note_tag.listJson({ ...query, filters: { ...query.filters, tag_id: req.params.id } }, callerOf(res))',
    );
    // Each side lists the other through the caller's pairs.
    expect(files['src/routes/notes.ts']).toContain(
      "const through = { table: 'note_tags', key: 'tag_id', by: 'note_id', id: req.params.id, owner: callerOf(res) };",
    );
    expect(files['src/routes/tags.ts']).toContain("router.get('/tags/:id/notes', async (req, res) => {");
    // Each pair is stored once per owner, and linking it again is a 409 naming both fields.
    expect(files['migrations/001_schema.sql']).toContain(
      'CONSTRAINT "note_tags_note_id_tag_id_key" UNIQUE ("owner_id", "note_id", "tag_id")',
    );
    expect(files['src/repositories/note-tag-repository.ts']).toContain(
      "uniqueConstraints: { note_tags_note_id_tag_id_key: ['note_id', 'tag_id'] },",
    );
    const supabase = files['supabase/migrations/20250101000000_schema.sql']!;
    // notebooks, notes, tags and the note-tag pairs.
    expect(supabase.match(/ENABLE ROW LEVEL SECURITY/g)).toHaveLength(4);
    expect(supabase).toContain(
      'CREATE POLICY "notes_owner_all" ON "notes" FOR ALL TO authenticated USING ("owner_id" = (SELECT auth.uid())::text)',
    );
    expect(files['.env.example']).toMatch(/^JWT_SECRET=$/m);
  });

  it('ships a Prisma schema only for advanced designs', () => {
    const { design } = fixtureDesigns['minimal-advanced']!;
    const advanced = scaffoldExpress(design, compileOpenApi(design)).files;
    expect(advanced['prisma/schema.prisma']).toContain('@@map("counters")');
    expect(advanced['README.md']).toContain('npx prisma generate');
    const plain = scaffoldExpress(libraryDesign, libraryOpenApi).files;
    expect(Object.keys(plain).filter((file) => file.startsWith('prisma/'))).toEqual([]);
  });

  it('pins dependency versions from the committed recipe', async () => {
    const recipe = JSON.parse(await readFile(path.join(recipeDir('express'), 'package.json'), 'utf8'));
    const manifest = JSON.parse(scaffoldExpress(libraryDesign, libraryOpenApi).files['package.json']!);
    expect(manifest.dependencies).toEqual(recipe.dependencies);
    expect(manifest.devDependencies).toEqual(recipe.devDependencies);
    for (const version of Object.values({ ...manifest.dependencies, ...manifest.devDependencies })) {
      expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    }
    expect(manifest.scripts).toMatchObject({
      build: 'node scripts/build.mjs',
      test: 'node --disable-wasm-trap-handler --liftoff-only --enable-source-maps --test-reporter=spec --test-reporter-destination=stdout --test-reporter=junit --test-reporter-destination=test-results/junit.xml test/run-tests.mjs',
      start: 'node --disable-wasm-trap-handler --liftoff-only --enable-source-maps dist/server.js',
      typecheck: 'tsc -p tsconfig.json',
      lint: 'eslint --max-warnings=0 .',
    });
  });

  it('turns snake_case names into safe identifiers, files and paths', () => {
    const design = withResource({ name: 'line_item', plural: 'line_items', fields: [field('delete')] });
    const { files } = scaffoldExpress(design, {});
    expect(files['src/app.ts']).toContain('lineItemsRouter(context, app.router);');
    expect(files['src/routes/line-items.ts']).toContain('export function lineItemsRouter(');
    expect(files['src/routes/line-items.ts']).toContain(".route('/line-items/:id')");
    expect(files['src/repositories/line-item-repository.ts']).toContain(
      'export interface LineItem extends Entity',
    );
    expect(files['src/app.ts']).toContain("import { lineItemsRouter } from './routes/line-items.js';");
  });

  it.each([
    ['a resource name with code in it', { name: 'x); process.exit(1); //', plural: 'xs' }],
    ['a path-traversing plural', { name: 'x', plural: '../etc' }],
    ['an upper-case field', { name: 'x', plural: 'xs', fields: [field('Title')] }],
  ])('refuses %s', (_label, resource) => {
    const design = withResource({ fields: [field('title')], ...resource });
    const attempt = () => scaffoldExpress(design, {});
    expect(attempt).toThrow(/snake_case/);
    try {
      attempt();
    } catch (error) {
      expect(ForgeError.isInstance(error) && error.code).toBe('invalid_design');
    }
  });

  it('refuses relations to unknown resources', () => {
    const design = { ...withResource({ name: 'x', plural: 'xs', fields: [field('title')] }) };
    design.relations = [{ kind: 'belongs-to', from: 'x', to: 'ghost', field: 'ghost_id', required: false }];
    expect(() => scaffoldExpress(design, {})).toThrow(/unknown resource "ghost"/);
  });
});
