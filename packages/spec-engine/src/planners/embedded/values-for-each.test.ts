import { describe, expect, it } from 'vitest';
import { readPlan } from './read-plan.test-util.js';

// Requests written for these tests; none comes from the eval sets.
describe('a value said for each row of a resource, in a sentence of its own', () => {
  it('adds the value to that resource, after a wish or not', async () => {
    const hives = await readPlan(
      'i keep bees. want to log my hives (name, colour) and inspections w/ date and temper. a photo for each inspection would be great',
    );
    expect(hives.resources.inspection).toEqual(expect.arrayContaining(['date', 'photo']));
    const beds = await readPlan('Garden beds have a name and a size. Also a soil type per bed.');
    expect(beds.resources.garden_bed ?? beds.resources.bed).toContain('soil_type');
  });

  it('leaves a thing that is a resource to the link readers', async () => {
    const { resources } = await readPlan(
      'Kennels have a number. Dogs have a name and a breed. A dog for each kennel.',
    );
    expect(resources.kennel).not.toContain('dog');
  });
});
