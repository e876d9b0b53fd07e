import { describe, expect, it } from 'vitest';
import { readPlan } from './read-plan.test-util.js';

// Requests written for these tests; none comes from the eval sets.
describe('everyday words for things the knowledge base knows', () => {
  it('keeps the word and completes it as the thing it names', async () => {
    const pups = await readPlan('Rescue log: pups, adopters');
    expect(pups.resources.pup).toEqual(expect.arrayContaining(['name', 'breed']));
    const lorries = await readPlan('Haulage firm: lorries, drivers, loads');
    expect(lorries.resources.lorry).toEqual(expect.arrayContaining(['make', 'model']));
    const toddlers = await readPlan('Nursery app: toddlers, mums');
    expect(toddlers.resources.toddler).toContain('date_of_birth');
    expect(toddlers.resources.mum).toContain('phone');
  });
});
