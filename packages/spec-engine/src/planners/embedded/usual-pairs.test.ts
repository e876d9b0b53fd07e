import { describe, expect, it } from 'vitest';
import { readPlan } from './read-plan.test-util.js';

// Requests written for these tests; none comes from the eval sets.
describe('two things the knowledge base pairs through a record of its own', () => {
  it('links them as that record would, not many-to-many, when the record is more than the pairing', async () => {
    const { links, design } = await readPlan('Piano tuner app: clients (name, phone), pianos (brand, model)');
    expect(links).toContain('piano>client');
    expect(design.relations.filter((r) => r.kind === 'many-to-many')).toEqual([]);
  });

  it('still pairs two things whose usual record is only their pairing', async () => {
    const { design } = await readPlan('Scout troop: scouts (name), badges (title)');
    expect(design.relations.some((r) => r.kind === 'many-to-many')).toBe(true);
  });
});
