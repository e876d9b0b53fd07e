import { describe, expect, it } from 'vitest';
import { createEmbeddedPlanner } from '../embedded-planner.js';

const planner = createEmbeddedPlanner();
const links = async (prompt: string) =>
  (await planner.plan(prompt)).design.relations.map((r) => `${r.from}>${r.to}`).sort();

describe('a transaction read as a link beside its own record', () => {
  it('leaves the link to the record when the request keeps one of the act (lends → loan)', async () => {
    expect(
      await links(
        'Our tool library lends power tools to neighbours. A neighbour has a name and a phone. Every tool has a name. A loan records which neighbour took which tool and when it is due back.',
      ),
    ).toEqual(['loan>neighbour', 'loan>tool']);
  });

  it('keeps a link said with ownership wording, and one beside a record of something else', async () => {
    expect(
      await links(
        'Every bike belongs to one customer. Customers have a name. Bikes have a brand. A work order records the bike, the customer and the problem.',
      ),
    ).toContain('bike>customer');
    expect(
      await links(
        'The garden is split into plots, and each plot is rented by a member for a season. Members have a name. Members can report problems with a plot: a description.',
      ),
    ).toContain('plot>member');
  });
});
