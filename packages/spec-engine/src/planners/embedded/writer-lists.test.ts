import { describe, expect, it } from 'vitest';
import { readPlan } from './read-plan.test-util.js';

describe('plural things the writer says they have', () => {
  it.each([
    'an api for my theatre group, we have rehearsals, scripts and props',
    'api for our theatre group. we got rehearsals, scripts and props.',
  ])('"%s" makes each a resource, not values of the group', async (prompt) => {
    const { resources } = await readPlan(prompt);
    expect(Object.keys(resources)).toEqual(expect.arrayContaining(['rehearsal', 'script', 'prop']));
    expect(Object.values(resources).flat()).not.toContain('scripts');
  });

  it('leaves the values of "for each X we record …" to X', async () => {
    const { resources } = await readPlan('for each dog we record the name, the breed and the weight');
    expect(resources.dog).toEqual(['name', 'breed', 'weight']);
  });
});
