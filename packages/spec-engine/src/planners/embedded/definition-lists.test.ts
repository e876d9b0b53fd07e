import { describe, expect, it } from 'vitest';
import { readPlan } from './read-plan.test-util.js';

// Requests written for these tests; none comes from the eval sets.
describe('a titled list whose items define resources', () => {
  it('reads each "Name: field, field" item as a resource, whatever its brackets say about one field', async () => {
    const { resources, design } = await readPlan(
      'Our models:\n- Kiln: code (unique), max_temp, built_on\n- Firing: kiln, started_at (datetime), cone (integer, >= 1)',
    );
    expect(Object.keys(resources)).toEqual(['kiln', 'firing']);
    expect(resources['kiln']).toEqual(['code', 'max_temp', 'built_on']);
    expect(resources['firing']).toEqual(expect.arrayContaining(['started_at', 'cone']));
    const kiln = design.resources[0]!.fields[0]!;
    expect([kiln.name, kiln.unique]).toEqual(['code', true]);
  });

  it('keeps a list of one-field definitions under a resource as its fields', async () => {
    const { resources } = await readPlan(
      'Kilns:\n- code: string, unique\n- max_temp: integer, >= 0\n- built_on: date',
    );
    expect(resources).toEqual({ kiln: ['code', 'max_temp', 'built_on'] });
  });
});
