import { describe, expect, it } from 'vitest';
import { parseDesign } from '../design/validate-design.js';
import { createEmbeddedPlanner } from '../planners/embedded-planner.js';
import { compileOpenApi } from './compile-openapi.js';
import { fixtureDesigns } from './fixtures.js';
import { SpecValidationError } from './spec-validation-error.js';
import { validateOpenApi } from './validate-openapi.js';

// Tests poke at arbitrary depths of the document to break it on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = Record<string, any>;
const compiled = (name = 'pet-store'): Doc => compileOpenApi(parseDesign(fixtureDesigns[name])) as Doc;

async function issuesOf(doc: unknown) {
  const error = await validateOpenApi(doc).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SpecValidationError);
  expect((error as SpecValidationError).code).toBe('invalid_openapi');
  return (error as SpecValidationError).issues;
}

describe('validateOpenApi', () => {
  it.each(Object.keys(fixtureDesigns))('accepts the compiled %s design', async (name) => {
    await expect(validateOpenApi(compiled(name))).resolves.toBeUndefined();
  });

  it('accepts what the embedded planner and compiler produce together', async () => {
    const planner = createEmbeddedPlanner();
    for (const prompt of [
      'Sailing school with skippers (name, licence), boats (name, berth, class: dinghy/keelboat, skipper) and outings (boat, date, crew size, wind speed).',
      'Todo app: tasks have a title, a due date, a priority between 1 and 5 and a done flag. Users log in and see only their own tasks.',
      'River gauges (code, latitude, longitude, website) and samples (gauge, water level, taken at, metadata). Access needs an API key.',
    ]) {
      await expect(
        validateOpenApi(compileOpenApi((await planner.plan(prompt)).design)),
      ).resolves.toBeUndefined();
    }
  });

  it('does not modify the document it checks', async () => {
    const doc = compiled();
    const before = structuredClone(doc);
    await validateOpenApi(doc);
    expect(doc).toEqual(before);
  });

  it('rejects schemas that are not JSON Schema 2020-12, with the pointer to fix', async () => {
    const doc = compiled();
    doc.components.schemas.Pet.properties.name.type = 'strin';
    const issues = await issuesOf(doc);
    expect(issues).toContainEqual({
      path: '/components/schemas/Pet/properties/name/type',
      message: expect.stringMatching(/not valid JSON Schema 2020-12.*"string"/),
    });
  });

  it('rejects inline parameter schemas that are invalid', async () => {
    const doc = compiled();
    doc.paths['/pets'].get.parameters[0].schema.minimum = 'one';
    expect((await issuesOf(doc)).map((i) => i.path)).toContain(
      '/paths/~1pets/get/parameters/0/schema/minimum',
    );
  });

  it('rejects examples that do not match their schema, in components and inline', async () => {
    const doc = compiled();
    doc.components.schemas.Pet.properties.age.examples = [-3];
    doc.components.schemas.PetCreate.examples = [{ name: 'Rex', owner_id: 'not-a-uuid' }];
    doc.paths['/pets'].get.parameters[0].example = 0;
    const issues = await issuesOf(doc);
    expect(issues).toContainEqual({
      path: '/components/schemas/Pet/properties/age/examples/0',
      message: expect.stringMatching(/>= 0/),
    });
    expect(issues).toContainEqual({
      path: '/components/schemas/PetCreate/examples/0/owner_id',
      message: expect.stringMatching(/uuid/),
    });
    expect(issues.map((i) => i.path)).toContain('/paths/~1pets/get/parameters/0/example');
  });

  it('reports $refs that point nowhere', async () => {
    const doc = compiled();
    doc.paths['/pets'].get.responses['200'].content['application/json'].schema.$ref =
      '#/components/schemas/Pets';
    const issues = await issuesOf(doc);
    expect(issues).toContainEqual({
      path: '/paths/~1pets/get/responses/200/content/application~1json/schema/$ref',
      message: '$ref #/components/schemas/Pets points to nothing',
    });
  });

  it('reports structural problems found by swagger-parser', async () => {
    const doc = compiled();
    delete doc.info;
    const issues = await issuesOf(doc);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.map((i) => i.message).join('\n')).toMatch(/info/);
  });

  it('rejects values that are not documents', async () => {
    expect(await issuesOf('openapi: 3.1.0')).toEqual([
      { path: '', message: expect.stringMatching(/OpenAPI document/) },
    ]);
    const circular: Doc = { openapi: '3.1.0' };
    circular['self'] = circular;
    expect((await issuesOf(circular))[0]!.message).toMatch(/JSON/);
  });
});
