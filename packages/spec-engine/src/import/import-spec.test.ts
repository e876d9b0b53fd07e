import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDesign } from '../design/validate-design.js';
import { compileOpenApi } from '../openapi/compile-openapi.js';
import { fixtureDesigns } from '../openapi/fixtures.js';
import { toJson, toYaml } from '../openapi/serialize.js';
import { validateOpenApi } from '../openapi/validate-openapi.js';
import { importSpec } from './import-spec.js';
import { SpecImportError } from './spec-import-error.js';

// The OpenAPI Initiative's example specs (CC BY 4.0, see SOURCE.md there) live beside the repository.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const examplesDir = path.resolve(repoRoot, '..', 'shared', 'specs', 'oai-examples');
const exampleFiles = existsSync(examplesDir)
  ? readdirSync(examplesDir).filter((f) => /\.(ya?ml|json)$/.test(f))
  : [];

describe('importSpec', () => {
  describe.skipIf(exampleFiles.length === 0)('the OAI example specs (../shared/specs/oai-examples)', () => {
    it.each(exampleFiles)(
      'imports %s without a crash, into a design that compiles to a valid 3.1 document',
      async (file) => {
        const text = readFileSync(path.join(examplesDir, file), 'utf8');
        let result;
        try {
          result = importSpec(text);
        } catch (error) {
          // A spec without any CRUD route has nothing to make resources from: a typed error, not a crash.
          expect(error).toBeInstanceOf(SpecImportError);
          expect((error as SpecImportError).code).toBe('import_unmappable');
          return;
        }
        await expect(validateOpenApi(compileOpenApi(result.design))).resolves.toBeUndefined();
        // Every route is either a resource operation or listed; every unmapped item has a reason.
        for (const item of result.report.unmapped) expect(item.reason.length).toBeGreaterThan(0);
      },
    );

    it('maps the expanded pet store to a pet resource and keeps non-CRUD tic-tac-toe routes', () => {
      const pets = importSpec(readFileSync(path.join(examplesDir, 'v3.0-petstore-expanded.yaml'), 'utf8'));
      expect(pets.design.resources.map((r) => r.name)).toEqual(['pet']);
      expect(pets.design.resources[0]!.fields.map((f) => [f.name, f.type, f.required])).toEqual([
        ['name', 'text', true],
        ['tag', 'text', false],
      ]);
      expect(pets.report.unmapped).toContainEqual({
        path: '/paths/~1pets~1{id}',
        reason: 'pet.id is "integer"; designs always use UUID ids',
      });
      expect(pets.document['openapi']).toBe('3.1.0');
      const game = importSpec(readFileSync(path.join(examplesDir, 'v3.1-tictactoe.yaml'), 'utf8'));
      expect(game.report.customOperations).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            method: 'GET',
            path: '/board/{row}/{column}',
            operationId: 'get-square',
          }),
          expect.objectContaining({
            method: 'PUT',
            path: '/board/{row}/{column}',
            operationId: 'put-square',
          }),
        ]),
      );
    });
  });

  // A missing input set fails here rather than skipping the imports above without a word.
  it('finds the OAI example specs beside the repository', () => {
    expect(
      exampleFiles.length,
      `${examplesDir} has no OpenAPI examples (it lives in ../shared)`,
    ).toBeGreaterThan(0);
  });

  it.each(Object.keys(fixtureDesigns))('compile → import → compile is a fixed point for %s', (name) => {
    const compiled = toYaml(compileOpenApi(parseDesign(fixtureDesigns[name])));
    expect(toYaml(compileOpenApi(importSpec(compiled).design))).toBe(compiled);
  });

  it('reads unique fields back from their x-unique extension', () => {
    const { design } = importSpec(toJson(compileOpenApi(parseDesign(fixtureDesigns['pet-store']!))));
    const owner = design.resources.find((r) => r.name === 'owner')!;
    expect(owner.fields.filter((f) => f.unique).map((f) => f.name)).toEqual(['email']);
  });

  it('reads links with their own names back from their x-references extension', () => {
    const airline = parseDesign({
      name: 'airline',
      title: 'Airline',
      resources: [
        { name: 'airport', plural: 'airports', fields: [{ name: 'code', type: 'string', required: true }] },
        {
          name: 'flight',
          plural: 'flights',
          fields: [
            { name: 'number', type: 'string', required: true },
            { name: 'origin_airport_id', type: 'reference', references: 'airport', required: true },
          ],
        },
      ],
      relations: [
        { kind: 'belongs-to', from: 'flight', to: 'airport', field: 'origin_airport_id', required: true },
      ],
    });
    const compiled = toYaml(compileOpenApi(airline));
    const { design } = importSpec(compiled);
    const flight = design.resources.find((r) => r.name === 'flight')!;
    expect(flight.fields.find((f) => f.name === 'origin_airport_id')).toMatchObject({
      type: 'reference',
      references: 'airport',
    });
    expect(toYaml(compileOpenApi(design))).toBe(compiled);
  });

  it('upgrades 3.0 nullable and boolean exclusive bounds, and keeps non-CRUD routes as custom operations', () => {
    const result = importSpec({
      openapi: '3.0.3',
      info: { title: 'Shop', version: 'v2' },
      paths: {
        '/items': {
          get: {
            responses: {
              '200': {
                description: 'ok',
                content: {
                  'application/json': {
                    schema: { type: 'array', items: { $ref: '#/components/schemas/Item' } },
                  },
                },
              },
            },
          },
        },
        '/items/{id}/publish': {
          post: {
            operationId: 'publishItem',
            summary: 'Publish',
            responses: { '204': { description: 'done' } },
          },
        },
      },
      components: {
        schemas: {
          Item: {
            type: 'object',
            required: ['title'],
            properties: {
              title: { type: 'string', maxLength: 80 },
              price: { type: 'number', minimum: 0, exclusiveMinimum: true },
              note: { type: 'string', nullable: true },
              itemKind: { type: 'string', enum: ['a', 'b'] },
            },
          },
          Unused: { type: 'object' },
        },
        securitySchemes: { basic: { type: 'http', scheme: 'basic' } },
      },
    });
    expect(result.document['openapi']).toBe('3.1.0');
    expect(JSON.stringify(result.document)).not.toContain('nullable');
    const fields = Object.fromEntries(result.design.resources[0]!.fields.map((f) => [f.name, f]));
    expect(fields['title']).toMatchObject({ type: 'string', required: true, maxLength: 80 });
    expect(fields['price']).toMatchObject({ type: 'number' });
    expect(fields['item_kind']).toMatchObject({ type: 'enum', enumValues: ['a', 'b'] });
    expect(result.report.customOperations).toEqual([
      { method: 'POST', path: '/items/{id}/publish', operationId: 'publishItem', summary: 'Publish' },
    ]);
    expect(result.report.unmapped).toEqual(
      expect.arrayContaining([
        { path: '/components/schemas/Unused', reason: 'no route uses this schema' },
        {
          path: '/components/securitySchemes/basic',
          reason: 'security scheme type "http" has no design equivalent',
        },
        { path: '/info/version', reason: '"v2" is not a semantic version; the design uses 1.0.0' },
      ]),
    );
  });

  it.each([
    ['invalid YAML', 'openapi: 3.1.0\ninfo: [unclosed', 'import_invalid_yaml', /line 2/],
    ['Swagger 2.0', 'swagger: "2.0"\ninfo: {}', 'import_unsupported_version', /converted to OpenAPI 3/],
    ['a wrong version', { openapi: '4.0.0' }, 'import_unsupported_version', /\/openapi/],
    ['not an object', '- a list', 'import_not_openapi', /OpenAPI document/],
    [
      'circular refs',
      {
        openapi: '3.1.0',
        info: { title: 't', version: '1.0.0' },
        paths: {},
        components: {
          schemas: { A: { $ref: '#/components/schemas/B' }, B: { $ref: '#/components/schemas/A' } },
        },
      },
      'import_circular_ref',
      /\/components\/schemas\/A/,
    ],
    [
      'an oversized document',
      `openapi: 3.1.0\n# ${'x'.repeat(10 * 1024 * 1024)}`,
      'import_too_large',
      /10 MB/,
    ],
  ])('rejects %s with a typed error and its location', (_label, input, code, message) => {
    const error = (() => {
      try {
        importSpec(input as string | object);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(SpecImportError);
    expect(error).toMatchObject({ code, message: expect.stringMatching(message) });
  });
});
