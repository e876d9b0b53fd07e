import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ForgeError } from '@smartapiforge/errors';
import { describe, expect, it } from 'vitest';
import type { ApiDesign } from '../design/api-design.js';
import { parseDesign } from '../design/validate-design.js';
import { compileOpenApi } from '../openapi/compile-openapi.js';
import { fixtureDesigns } from '../openapi/fixtures.js';
import { toYaml } from '../openapi/serialize.js';
import { diffOpenApi } from './diff-openapi.js';
import { nextVersion } from './next-version.js';
import type { OpenApiDiff } from './types.js';

// The OpenAPI Initiative's example specs (CC BY 4.0) live beside the repository; a missing one fails the test.
const examples = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../../shared/specs/oai-examples',
);
const example = (file: string) => readFileSync(path.join(examples, file), 'utf8');

const petStore = () => parseDesign(fixtureDesigns['pet-store']);
const edited = (edit: (design: ApiDesign) => void): ApiDesign => {
  const design = structuredClone(petStore());
  edit(design);
  return parseDesign(design);
};
const pet = (design: ApiDesign) => design.resources.find((r) => r.name === 'pet')!;
const lines = (diff: OpenApiDiff) => diff.changes.map((c) => `${c.impact} ${c.kind} ${c.path}`);
const field = { unique: false, readOnly: false, required: false } as const;

// Generous: the first test loads the NLP model, the knowledge base and the compiler on a shared, loaded machine.
describe('diffOpenApi on the OpenAPI Initiative examples', { timeout: 60_000 }, () => {
  const before = example('v3.0-petstore.yaml');
  const after = example('v3.0-petstore-expanded.yaml');
  const diff = diffOpenApi(before, after);

  it('finds the breaking changes between petstore and petstore-expanded', () => {
    expect(diff.breaking).toBe(true);
    expect(lines(diff)).toEqual(
      expect.arrayContaining([
        'breaking response-removed /paths/~1pets/post/responses/201',
        'breaking operation-id-changed /paths/~1pets/post/operationId',
        // {petId} became {id} (the same parameter), typed integer instead of string.
        'breaking type-changed /paths/~1pets~1{id}/get/parameters/path:id/schema/type',
        'compatible operation-added /paths/~1pets~1{id}/delete',
        'compatible parameter-added /paths/~1pets/get/parameters/query:tags',
        'compatible constraint-widened /paths/~1pets/get/parameters/query:limit/schema/maximum',
        'documentation documentation-changed /info/description',
      ]),
    );
  });

  it('is sorted by path and the same on every run', () => {
    const paths = diff.changes.map((c) => c.path);
    expect(paths).toEqual([...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(JSON.stringify(diffOpenApi(before, after))).toBe(JSON.stringify(diff));
  });

  it('finds nothing between each example and itself', () => {
    const files = readdirSync(examples).filter((f) => /\.ya?ml$/.test(f));
    expect(files.length).toBeGreaterThanOrEqual(9);
    for (const file of files)
      expect(diffOpenApi(example(file), example(file)), file).toEqual({ breaking: false, changes: [] });
  });

  it('compares webhooks: their payload is read by clients, like a response', () => {
    const hook = example('v3.1-webhook-example.yaml');
    const dropped = hook.replace(/\n {8}tag:\n {10}type: string\n?/, '\n');
    expect(dropped).not.toBe(hook);
    expect(lines(diffOpenApi(hook, dropped))).toEqual([
      'breaking property-removed /webhooks/newPet/post/requestBody/content/application~1json/schema/properties/tag',
    ]);
    expect(lines(diffOpenApi(hook, hook.replace('newPet:', 'petAdopted:')))).toEqual([
      'breaking webhook-removed /webhooks/newPet',
      'compatible webhook-added /webhooks/petAdopted',
    ]);
  });

  it('reads the reverse direction as the mirror: the added DELETE is a removal', () => {
    expect(lines(diffOpenApi(after, before))).toContain(
      'breaking operation-removed /paths/~1pets~1{petId}/delete',
    );
  });
});

describe('diffOpenApi on compiled designs', { timeout: 60_000 }, () => {
  const base = compileOpenApi(petStore());

  it('calls an added optional field non-breaking, and the version a minor bump', () => {
    const after = compileOpenApi(
      edited((d) => pet(d).fields.push({ ...field, name: 'vaccinated', type: 'boolean' })),
    );
    const diff = diffOpenApi(base, after);
    expect(diff.breaking).toBe(false);
    expect(lines(diff)).toEqual(
      expect.arrayContaining([
        'compatible property-added /paths/~1pets/post/requestBody/content/application~1json/schema/properties/vaccinated',
        'compatible property-added /paths/~1pets~1{id}/get/responses/200/content/application~1json/schema/properties/vaccinated',
      ]),
    );
    expect(nextVersion('1.0.0', diff)).toBe('1.1.0');
  });

  it('calls a removed field, a narrowed enum, a new required field and new auth breaking: a major bump', () => {
    const removed = diffOpenApi(base, compileOpenApi(edited((d) => pet(d).fields.splice(3, 1))));
    expect(lines(removed)).toContain(
      'breaking property-removed /paths/~1pets~1{id}/get/responses/200/content/application~1json/schema/properties/bio',
    );
    const narrowed = diffOpenApi(
      base,
      compileOpenApi(
        edited((d) => (pet(d).fields.find((f) => f.name === 'species')!.enumValues = ['dog', 'cat'])),
      ),
    );
    expect(lines(narrowed)).toContain(
      'breaking enum-value-removed /paths/~1pets/post/requestBody/content/application~1json/schema/properties/species/enum',
    );
    const required = diffOpenApi(
      base,
      compileOpenApi(
        edited((d) => pet(d).fields.push({ ...field, name: 'chip', type: 'string', required: true })),
      ),
    );
    expect(lines(required)).toContain(
      'breaking property-added /paths/~1pets/post/requestBody/content/application~1json/schema/properties/chip',
    );
    const secured = diffOpenApi(base, compileOpenApi(edited((d) => (d.auth = { type: 'api-key' }))));
    expect(lines(secured)).toContain('breaking security-added /paths/~1pets/get/security');
    for (const diff of [removed, narrowed, required, secured]) {
      expect(diff.breaking).toBe(true);
      expect(nextVersion('1.4.2', diff)).toBe('2.0.0');
    }
  });

  it('calls a widened enum compatible and words-only changes a patch', () => {
    const widened = diffOpenApi(
      base,
      compileOpenApi(
        edited((d) =>
          pet(d)
            .fields.find((f) => f.name === 'species')!
            .enumValues!.push('fish'),
        ),
      ),
    );
    expect(widened.breaking).toBe(false);
    expect(lines(widened)).toContain(
      'compatible enum-value-added /paths/~1pets/post/requestBody/content/application~1json/schema/properties/species/enum',
    );
    const words = diffOpenApi(
      base,
      compileOpenApi(edited((d) => (d.description = 'Pets, owners and their bonds.'))),
    );
    expect(words.changes.length).toBeGreaterThan(0);
    expect(words.changes.every((c) => c.impact === 'documentation')).toBe(true);
    expect(nextVersion('1.1.0', words)).toBe('1.1.1');
  });

  it('reads YAML text and objects alike', () => {
    const after = compileOpenApi(edited((d) => pet(d).fields.splice(3, 1)));
    expect(diffOpenApi(toYaml(base), toYaml(after))).toEqual(diffOpenApi(base, after));
  });
});

describe('diffOpenApi on hand-written documents', { timeout: 60_000 }, () => {
  const doc = (schema: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    openapi: '3.0.3',
    info: { title: 't', version: '1' },
    paths: {
      '/nodes': {
        post: {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Node' } } },
          },
          responses: {
            '200': {
              description: 'ok',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Node' } } },
            },
          },
        },
      },
    },
    components: { schemas: { Node: schema } },
    ...extra,
  });
  const node = (properties: Record<string, unknown>, required: string[] = []) => ({
    type: 'object',
    required,
    properties: { children: { type: 'array', items: { $ref: '#/components/schemas/Node' } }, ...properties },
  });

  it('follows recursive $refs to the end and reports a nested change once per place', () => {
    const diff = diffOpenApi(
      doc(node({ label: { type: 'string' } })),
      doc(node({ label: { type: 'string', nullable: true } })),
    );
    expect(lines(diff)).toEqual([
      'compatible nullable-added /paths/~1nodes/post/requestBody/content/application~1json/schema/properties/label/type',
      'breaking nullable-added /paths/~1nodes/post/responses/200/content/application~1json/schema/properties/label/type',
    ]);
  });

  it('still finds a change under a shared schema whose own text is unchanged', () => {
    const withLeaf = (leaf: Record<string, unknown>) => ({
      ...doc(node({ leaf: { $ref: '#/components/schemas/Leaf' } })),
      components: { schemas: { Node: node({ leaf: { $ref: '#/components/schemas/Leaf' } }), Leaf: leaf } },
    });
    const diff = diffOpenApi(
      withLeaf({ type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' } } }),
      withLeaf({ type: 'object', properties: { a: { type: 'string' } } }),
    );
    expect(lines(diff)).toContain(
      'breaking property-removed /paths/~1nodes/post/responses/200/content/application~1json/schema/properties/leaf/properties/b',
    );
  });

  it('compares response headers: a removed required header breaks clients, a new one does not', () => {
    const withHeaders = (headers: Record<string, unknown>) => {
      const base = doc(node({}));
      const post = base.paths['/nodes'].post as { responses: Record<string, Record<string, unknown>> };
      post.responses['200'] = { ...post.responses['200'], headers };
      return base;
    };
    const diff = diffOpenApi(
      withHeaders({
        'X-Rate-Limit': { required: true, schema: { type: 'integer' } },
        ETag: { schema: { type: 'string' } },
      }),
      withHeaders({ etag: { schema: { type: 'string' } }, 'X-Request-Id': { schema: { type: 'string' } } }),
    );
    expect(lines(diff)).toEqual([
      'breaking response-header-removed /paths/~1nodes/post/responses/200/headers/x-rate-limit',
      'compatible response-header-added /paths/~1nodes/post/responses/200/headers/x-request-id',
    ]);
  });

  it('tells a new required request property (breaking) from a new optional one', () => {
    const required = diffOpenApi(doc(node({})), doc(node({ tag: { type: 'string' } }, ['tag'])));
    expect(lines(required)).toContain(
      'breaking property-added /paths/~1nodes/post/requestBody/content/application~1json/schema/properties/tag',
    );
    const optional = diffOpenApi(doc(node({})), doc(node({ tag: { type: 'string' } })));
    expect(optional.breaking).toBe(false);
  });

  it('reads integer → number as widening a request and changed security as breaking', () => {
    const widened = diffOpenApi(doc(node({ n: { type: 'integer' } })), doc(node({ n: { type: 'number' } })));
    expect(lines(widened)).toContain(
      'compatible type-widened /paths/~1nodes/post/requestBody/content/application~1json/schema/properties/n/type',
    );
    const schemes = {
      components: {
        schemas: { Node: node({}) },
        securitySchemes: {
          a: { type: 'http', scheme: 'bearer' },
          b: { type: 'apiKey', in: 'header', name: 'X-Key' },
        },
      },
    };
    const changed = diffOpenApi(
      doc(node({}), { ...schemes, security: [{ a: [] }] }),
      doc(node({}), { ...schemes, security: [{ b: [] }] }),
    );
    expect(lines(changed)).toContain('breaking security-changed /paths/~1nodes/post/security');
  });

  it('refuses a document that is not OpenAPI 3.x with a code that says what to pass', () => {
    const swagger = { swagger: '2.0', info: { title: 't', version: '1' }, paths: {} };
    const error = (() => {
      try {
        diffOpenApi(swagger, doc(node({})));
      } catch (caught) {
        return caught;
      }
    })();
    expect(ForgeError.isInstance(error) && error.code).toBe('openapi_diff_invalid_document');
    expect((error as Error).message).toMatch(/old document is not OpenAPI 3\.x/);
    expect(() => diffOpenApi(doc(node({})), 'openapi: [')).toThrow(/new document is not JSON or YAML/);
  });
});
