import { describe, expect, it } from 'vitest';
import { readPlan } from './read-plan.test-util.js';

describe('bounds on how many', () => {
  it.each([
    ['workshops have a title and max seats', 'workshop', 'max_seats'],
    ['hikes have a date and maximum hikers', 'hike', 'maximum_hikers'],
    ['boats have a name and min crew', 'boat', 'min_crew'],
  ])('"%s" is a count on the resource, not rows of their own', async (prompt, name, field) => {
    const { resources, design } = await readPlan(prompt);
    expect(Object.keys(resources)).toEqual([name]);
    const found = design.resources[0]!.fields.find((f) => f.name === field);
    expect(found).toMatchObject({ type: 'integer' });
  });
});
