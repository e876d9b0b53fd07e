import { describe, expect, it } from 'vitest';
import { readPlan } from './read-plan.test-util.js';

// Requests written for these tests; none comes from the eval sets.
describe('two sides assigned to each other for an occasion', () => {
  it('makes the occasion the record of the pairing, belonging to both', async () => {
    const { links } = await readPlan(
      'Nurses have a name and a grade. Wards have a name. Nurses are assigned to wards for a shift, and each shift has a date.',
    );
    expect(links).toEqual(expect.arrayContaining(['shift>nurse', 'shift>ward']));
    expect(links).not.toContain('nurse>ward');
  });
});
