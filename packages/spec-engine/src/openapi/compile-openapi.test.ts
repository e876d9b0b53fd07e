import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { oas31 } from 'openapi3-ts';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseDesign } from '../design/validate-design.js';
import { DEFAULT_MAX_LENGTHS } from '../design/field-values.js';
import { compileOpenApi } from './compile-openapi.js';
import { OWNER_SCOPED_EXTENSION } from './field-schema.js';
import { fixtureDesigns } from './fixtures.js';
import { toJson, toYaml } from './serialize.js';

const goldenDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '__golden__');
const compile = (name: string) => compileOpenApi(parseDesign(fixtureDesigns[name]));
const schema = (doc: oas31.OpenAPIObject, name: string) =>
  doc.components!.schemas![name] as oas31.SchemaObject;
const op = (doc: oas31.OpenAPIObject, p: string, method: 'get' | 'post' | 'patch' | 'delete') =>
  doc.paths![p]![method]! as oas31.OperationObject & {
    responses: Record<string, { headers?: Record<string, unknown> } & Record<string, unknown>>;
  };
const paramNames = (operation: oas31.OperationObject) =>
  (operation.parameters as oas31.ParameterObject[]).map((p) => p.name);

describe('compileOpenApi: the contract', () => {
  const doc = compile('pet-store');

  it('emits an OpenAPI 3.1 root with the OAS 3.1 base dialect (JSON Schema 2020-12) and the design info', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect((doc as { jsonSchemaDialect?: string }).jsonSchemaDialect).toBe(
      'https://spec.openapis.org/oas/3.1/dialect/base',
    );
    expect(doc.info).toEqual({
      title: 'Pet Store API',
      version: '1.0.0',
      description: 'Pets and their owners.',
    });
    expect(doc.servers).toEqual([{ url: '/' }]);
    expect(doc.security).toBeUndefined();
  });

  it('emits CRUD paths, nested list routes and operationIds by convention', () => {
    expect(Object.keys(doc.paths!).sort()).toEqual([
      '/owners',
      '/owners/{id}',
      '/owners/{id}/pets',
      '/pets',
      '/pets/{id}',
    ]);
    expect(op(doc, '/pets', 'get').operationId).toBe('listPets');
    expect(op(doc, '/pets', 'post').operationId).toBe('createPet');
    expect(op(doc, '/pets/{id}', 'get').operationId).toBe('getPet');
    expect(op(doc, '/pets/{id}', 'patch').operationId).toBe('updatePet');
    expect(op(doc, '/pets/{id}', 'delete').operationId).toBe('deletePet');
    expect(op(doc, '/owners/{id}/pets', 'get').operationId).toBe('listOwnerPets');
    expect(op(doc, '/pets', 'get').tags).toEqual(['pets']);
    const id = (op(doc, '/pets/{id}', 'get').parameters as oas31.ParameterObject[])[0]!;
    expect(id).toMatchObject({
      name: 'id',
      in: 'path',
      required: true,
      schema: { type: 'string', format: 'uuid' },
    });
  });

  it('uses kebab-case segments and PascalCase names for multi-word resources', () => {
    const telemetry = compile('telemetry-api-key');
    expect(Object.keys(telemetry.paths!)).toContain('/robots/{id}/telemetry-events');
    expect(op(telemetry, '/telemetry-events', 'get').operationId).toBe('listTelemetryEvents');
    expect(op(telemetry, '/robots/{id}/telemetry-events', 'get').operationId).toBe(
      'listRobotTelemetryEvents',
    );
    expect(Object.keys(telemetry.components!.schemas!)).toContain('TelemetryEventCreate');
  });

  it('builds read, create, update and list schemas with nullable optional fields', () => {
    const pet = schema(doc, 'Pet');
    expect(pet.required).toEqual([
      'id',
      'created_at',
      'updated_at',
      'name',
      'species',
      'age',
      'bio',
      'attributes',
      'born_at',
      'owner_id',
    ]);
    expect(pet.properties!['id']).toMatchObject({ type: 'string', format: 'uuid', readOnly: true });
    expect(pet.properties!['name']).toMatchObject({ type: 'string', maxLength: 255 });
    expect(pet.properties!['species']).toMatchObject({
      type: ['string', 'null'],
      enum: ['dog', 'cat', 'bird', null],
      default: 'dog',
    });
    expect(pet.properties!['age']).toMatchObject({ type: ['integer', 'null'], minimum: 0, maximum: 40 });
    expect(pet.properties!['attributes']).toMatchObject({ type: ['object', 'array', 'null'] });
    expect(pet.properties!['owner_id']).toMatchObject({ type: 'string', format: 'uuid' });
    // Uniqueness is a vendor extension on read and write properties, never on filters.
    const ownerEmail = { type: 'string', format: 'email', 'x-unique': true };
    expect(schema(doc, 'Owner').properties!['email']).toMatchObject(ownerEmail);
    expect(schema(doc, 'OwnerCreate').properties!['email']).toMatchObject(ownerEmail);
    expect(pet.properties!['name']).not.toHaveProperty('x-unique');
    const emailFilter = (op(doc, '/owners', 'get').parameters as oas31.ParameterObject[]).find(
      (p) => p.name === 'email',
    );
    expect(emailFilter!.schema).not.toHaveProperty('x-unique');
    const create = schema(doc, 'PetCreate');
    expect(create).toMatchObject({ additionalProperties: false, required: ['name', 'owner_id'] });
    expect(Object.keys(create.properties!)).not.toContain('id');
    const update = schema(doc, 'PetUpdate');
    expect(update).toMatchObject({ additionalProperties: false, minProperties: 1 });
    expect(update.required).toBeUndefined();
    expect(schema(doc, 'PetList')).toMatchObject({
      required: ['data', 'meta'],
      properties: { data: { type: 'array', items: { $ref: '#/components/schemas/Pet' } } },
    });
    expect(schema(doc, 'Problem').properties).toHaveProperty('errors');
  });

  it('keeps read-only fields out of request bodies', () => {
    const notes = compile('notes-jwt');
    expect(schema(notes, 'Note').properties!['word_count']).toMatchObject({ readOnly: true });
    expect(Object.keys(schema(notes, 'NoteCreate').properties!)).not.toContain('word_count');
  });

  it('gives list routes paging, sort and per-field equality filters', () => {
    const list = op(doc, '/pets', 'get');
    expect(paramNames(list)).toEqual([
      'limit',
      'offset',
      'sort',
      'name',
      'species',
      'age',
      'born_at',
      'owner_id',
    ]);
    const params = list.parameters as oas31.ParameterObject[];
    expect(params[0]!.schema).toEqual({ type: 'integer', minimum: 1, maximum: 100, default: 20 });
    expect(params[1]!.schema).toEqual({ type: 'integer', minimum: 0, default: 0 });
    expect((params[2]!.schema as oas31.SchemaObject).enum).toEqual([
      'name',
      '-name',
      'species',
      '-species',
      'age',
      '-age',
      'born_at',
      '-born_at',
      'created_at',
      '-created_at',
      'updated_at',
      '-updated_at',
    ]);
    expect(params[4]!.schema).toEqual({ type: 'string', enum: ['dog', 'cat', 'bird'] });
    expect(paramNames(op(doc, '/owners/{id}/pets', 'get'))).not.toContain('owner_id');
    expect(compile('notes-jwt').paths!['/notes']!.get!.parameters).toContainEqual(
      expect.objectContaining({ name: 'limit', schema: expect.objectContaining({ maximum: 50 }) }),
    );
    // A cap below the usual page size of 20 lowers the default with it, so defaults stay valid.
    const tiny = compile('minimal-advanced');
    expect((tiny.paths!['/counters']!.get!.parameters as oas31.ParameterObject[])[0]!.schema).toEqual({
      type: 'integer',
      minimum: 1,
      maximum: 1,
      default: 1,
    });
  });

  it('maps statuses to success bodies and shared problem responses', () => {
    const create = op(doc, '/owners', 'post');
    expect(Object.keys(create.responses)).toEqual(['201', '400', '409', '413', '422', '429', '500']);
    expect(create.responses['201'].headers.Location).toBeDefined();
    expect(create.responses['409']).toEqual({ $ref: '#/components/responses/Conflict' });
    expect(Object.keys(op(doc, '/pets', 'post').responses)).not.toContain('409');
    // 400: a malformed id (a broken %-escape) is a bad request, not a crash or a 404.
    expect(Object.keys(op(doc, '/pets/{id}', 'get').responses)).toEqual(['200', '400', '404', '429', '500']);
    expect(Object.keys(op(doc, '/pets/{id}', 'delete').responses)).toEqual([
      '204',
      '400',
      '404',
      '429',
      '500',
    ]);
    expect(Object.keys(op(doc, '/pets', 'get').responses)).toEqual(['200', '400', '422', '429', '500']);
    const notFound = doc.components!.responses!['NotFound'] as oas31.ResponseObject;
    expect(notFound.content!['application/problem+json']!.schema).toEqual({
      $ref: '#/components/schemas/Problem',
    });
    expect(doc.components!.responses).not.toHaveProperty('Unauthorized');
  });

  it('adds security schemes and 401/403 when auth is on', () => {
    const notes = compile('notes-jwt');
    expect(notes.components!.securitySchemes).toEqual({
      BearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
    });
    expect(notes.security).toEqual([{ BearerAuth: [] }]);
    expect(Object.keys(op(notes, '/notes/{id}', 'get').responses)).toEqual([
      '200',
      '400',
      '401',
      '403',
      '404',
      '429',
      '500',
    ]);
    const telemetry = compile('telemetry-api-key');
    expect(telemetry.components!.securitySchemes).toEqual({
      ApiKeyAuth: { type: 'apiKey', in: 'header', name: 'X-Robot-Key' },
    });
  });

  it("bounds every free-text string with a maxLength: the field's own, else its type's default", () => {
    const doc = compileOpenApi(
      parseDesign({
        name: 'posts-api',
        title: 'Posts API',
        resources: [
          {
            name: 'post',
            plural: 'posts',
            fields: [
              { name: 'title', type: 'string' },
              { name: 'body', type: 'text' },
              { name: 'summary', type: 'text', maxLength: 500 },
              { name: 'essay', type: 'text', minLength: 20_000 },
              { name: 'contact', type: 'email' },
              { name: 'homepage', type: 'url' },
            ],
          },
        ],
      }),
    );
    const properties = schema(doc, 'PostCreate').properties as Record<string, oas31.SchemaObject>;
    const limits = Object.fromEntries(Object.entries(properties).map(([name, p]) => [name, p.maxLength]));
    expect(limits).toEqual({
      title: DEFAULT_MAX_LENGTHS.string,
      body: 10_000,
      summary: 500,
      essay: 20_000,
      contact: 254,
      homepage: 2_048,
    });
  });

  it('marks the paths of owner-scoped resources with x-owner-scoped', () => {
    const shop = compile('shop-owned-jwt');
    const owned = Object.entries(shop.paths!)
      .filter(([, item]) => (item as Record<string, unknown>)[OWNER_SCOPED_EXTENSION] === true)
      .map(([path]) => path);
    expect(owned).toEqual(expect.arrayContaining(['/orders', '/orders/{id}']));
    expect(owned).not.toContain('/products');
    expect(Object.values(compile('pet-store').paths!).some((item) => OWNER_SCOPED_EXTENSION in item)).toBe(
      false,
    );
  });

  it('serves a many-to-many link through its join: pair routes, 409 on a pair linked twice, and each side listing the other', () => {
    const doc = compile('courses-many-to-many');
    expect(
      Object.keys(doc.paths!).filter((p) => /student|course/.test(p) && !p.startsWith('/lessons')),
    ).toEqual(
      expect.arrayContaining([
        '/student-courses',
        '/student-courses/{id}',
        '/students/{id}/student-courses',
        '/courses/{id}/student-courses',
        '/students/{id}/courses',
        '/courses/{id}/students',
      ]),
    );
    expect(Object.keys(op(doc, '/student-courses', 'post').responses)).toContain('409');
    expect(schema(doc, 'StudentCourse')['x-many-to-many']).toEqual(['Student', 'Course']);
    const linked = op(doc, '/students/{id}/courses', 'get');
    expect(linked.operationId).toBe('listCoursesOfStudent');
    expect(linked.responses['200']).toMatchObject({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/CourseList' } } },
    });
    expect(Object.keys(linked.responses)).toContain('404');
    expect(doc.paths!['/courses/{id}/students']!['x-through']).toBe('StudentCourse');
  });

  it('is deterministic: the same design gives the same bytes', () => {
    expect(toYaml(compile('notes-jwt'))).toBe(toYaml(compile('notes-jwt')));
    expect(toJson(compile('pet-store'))).toBe(toJson(compile('pet-store')));
    // Built with every map in another order, the same document serialises identically (schema
    // property order aside, which is the author's and is kept).
    const reverse = (value: unknown, key = ''): unknown => {
      if (Array.isArray(value)) return value.map((v) => reverse(v));
      if (typeof value !== 'object' || value === null) return value;
      const entries = key === 'properties' ? Object.entries(value) : Object.entries(value).reverse();
      return Object.fromEntries(
        entries.map(([k, v]) => [k, k === 'examples' || k === 'example' ? v : reverse(v, k)]),
      );
    };
    expect(toYaml(reverse(compile('pet-store')) as object)).toBe(toYaml(compile('pet-store')));
    expect(parse(toYaml(compile('pet-store')))).toEqual(JSON.parse(toJson(compile('pet-store'))));
  });
});

describe('golden files (UPDATE_GOLDEN=1 to regenerate)', () => {
  for (const name of Object.keys(fixtureDesigns)) {
    it(`${name}.yaml matches byte for byte`, () => {
      const file = path.join(goldenDir, `${name}.yaml`);
      const actual = toYaml(compile(name));
      if (process.env['UPDATE_GOLDEN'] === '1') {
        mkdirSync(goldenDir, { recursive: true });
        writeFileSync(file, actual);
      }
      expect(existsSync(file), `missing ${file}; run pnpm golden:update`).toBe(true);
      expect(actual).toBe(readFileSync(file, 'utf8'));
    });
  }
});
