import { describe, expect, it } from 'vitest';
import { parseDesign } from '../design/validate-design.js';
import { compileOpenApi } from './compile-openapi.js';
import { fixtureDesigns } from './fixtures.js';
import { lintOpenApi } from './lint-openapi.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = Record<string, any>;
const compiled = (name = 'pet-store'): Doc => compileOpenApi(parseDesign(fixtureDesigns[name])) as Doc;
const rulesHit = (doc: unknown) => lintOpenApi(doc).map((f) => `${f.severity} ${f.ruleId} ${f.path}`);

describe('lintOpenApi', () => {
  it.each(Object.keys(fixtureDesigns))('finds no error or warning in the compiled %s design', (name) => {
    const serious = lintOpenApi(compiled(name)).filter(
      (f) => f.severity === 'error' || f.severity === 'warn',
    );
    expect(serious).toEqual([]);
  });

  it('reports duplicate operationIds, missing docs and undefined tags', () => {
    const doc = compiled();
    doc.paths['/pets'].get.operationId = 'createPet';
    delete doc.paths['/pets'].post.description;
    delete doc.paths['/pets'].post.summary;
    doc.paths['/owners'].get.tags = ['people'];
    doc.paths['/owners/{id}'].get.tags = [];
    expect(rulesHit(doc)).toEqual(
      expect.arrayContaining([
        'error operation-operationId-unique /paths/~1pets/post/operationId',
        'warn operation-description /paths/~1pets/post',
        'warn operation-summary /paths/~1pets/post',
        'warn operation-tag-defined /paths/~1owners/get/tags/0',
        'warn operation-tags /paths/~1owners~1{id}/get',
      ]),
    );
  });

  it('checks path parameters both ways, and equivalent paths', () => {
    const doc = compiled();
    doc.paths['/pets/{petId}'] = structuredClone(doc.paths['/pets/{id}']);
    for (const op of Object.values(doc.paths['/pets/{petId}']) as Doc[]) op.operationId += 'Again';
    doc.paths['/owners/{id}'].get.parameters = [];
    expect(rulesHit(doc)).toEqual(
      expect.arrayContaining([
        'error path-params /paths/~1pets~1{petId}',
        'error path-params /paths/~1pets~1{petId}/get/parameters/0',
        'error path-params /paths/~1owners~1{id}/get',
      ]),
    );
  });

  it('reports $ref siblings outside schemas, badly typed enums and examples that fail their schema', () => {
    const doc = compiled();
    doc.paths['/pets'].get.responses['400'].headers = {
      'X-Why': { $ref: '#/components/headers/X', schema: {} },
    };
    doc.components.schemas.Pet.properties.species.enum = ['dog', 3, 'dog'];
    doc.components.schemas.Pet.examples[0].age = 'old';
    const findings = rulesHit(doc);
    expect(findings).toEqual(
      expect.arrayContaining([
        'error no-$ref-siblings /paths/~1pets/get/responses/400/headers/X-Why',
        'warn typed-enum /components/schemas/Pet/properties/species/enum/1',
        'warn duplicated-entry-in-enum /components/schemas/Pet/properties/species/enum/2',
        'warn oas3-valid-schema-example /components/schemas/Pet/examples/0/age',
      ]),
    );
    // 3.1 allows siblings inside Schema Objects.
    doc.components.schemas.Pet.properties.owner_id = { $ref: '#/components/schemas/Owner', description: 'x' };
    expect(rulesHit(doc).filter((f) => f.includes('no-$ref-siblings /components'))).toEqual([]);
  });

  it('grades info-contact as info: designs carry no contact to compile', () => {
    expect(lintOpenApi(compiled())).toContainEqual(
      expect.objectContaining({ ruleId: 'info-contact', severity: 'info' }),
    );
    expect(lintOpenApi('nope')).toEqual([expect.objectContaining({ severity: 'error' })]);
  });
});
