import { describe, expect, it } from 'vitest';
import { readPlan } from './read-plan.test-util.js';

describe('questions about people asked of each thing', () => {
  it('reads "whose turn it is … for each X" as a link from X to the people the request names', async () => {
    const { resources, links } = await readPlan(
      'my housemates and i cook dinner in turns, i want to know whose turn it is for each dinner. dinners have a date and a dish',
    );
    expect(resources['housemate']).toBeDefined();
    expect(links).toContain('dinner>housemate');
  });

  it('reads "who has which X and since when" with a lending verb as a dated loan of X to them', async () => {
    const { resources, links } = await readPlan(
      'we lend our ladders to neighbours, i need to see who has which ladder and since when. ladders have a length',
    );
    expect(resources['loan']).toEqual(expect.arrayContaining(['lent_at']));
    expect([...links].sort()).toEqual(['loan>ladder', 'loan>neighbour']);
  });

  it('makes no link when the request names no people', async () => {
    const { links } = await readPlan('i need to know whose turn it is for each shift. shifts have a date');
    expect(links).toEqual([]);
  });
});
