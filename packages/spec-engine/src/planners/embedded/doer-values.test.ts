import { describe, expect, it } from 'vitest';
import { readPlan } from './read-plan.test-util.js';

// Requests written for these tests; none comes from the eval sets.
describe('a value named by the person who did the act', () => {
  it('is someone kept, linked from the record, as is the thing the clause names', async () => {
    const { resources, links } = await readPlan(
      'Boats have a name and a length. Each repair records the date, the cost and the yard hand who lifted the boat.',
    );
    expect(Object.keys(resources)).toContain('yard_hand');
    expect(links).toEqual(expect.arrayContaining(['repair>yard_hand', 'repair>boat']));
    expect(resources.repair).not.toContain('yard_hand');
  });

  it('leaves a value whose clause says "that" alone', async () => {
    const { resources } = await readPlan(
      'Crates have a label. Each shipment lists the crate that broke and a date.',
    );
    expect(Object.keys(resources)).not.toContain('broke');
  });
});
