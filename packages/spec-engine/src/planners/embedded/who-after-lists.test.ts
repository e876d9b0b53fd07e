import { describe, expect, it } from 'vitest';
import { createEmbeddedPlanner } from '../embedded-planner.js';
import { withWhoInList } from './who-after-lists.js';

// Requests written for these tests; none comes from the eval sets.
const planner = createEmbeddedPlanner();

describe('a "who" clause after a bracketed list of values', () => {
  it('is one more value of the thing, linked to the people who did it', async () => {
    const design = (
      await planner.plan(
        'me and my climbing buddies keep a log of trips (crag, date) and who drove each time',
      )
    ).design;
    const trip = design.resources.find((r) => r.name === 'trip');
    expect(trip?.fields.map((f) => f.name)).toEqual(expect.arrayContaining(['crag', 'date']));
    expect(design.relations.map((r) => `${r.from}>${r.to}`)).toContain('trip>buddy');
  });

  it('leaves other clauses after a list where they are', () => {
    expect(withWhoInList('jobs (site, date) and who did it.')).toBe('jobs (site, date, who did it).');
    expect(withWhoInList('we lend tools (name) and when they come back we note it')).toBe(
      'we lend tools (name) and when they come back we note it',
    );
  });
});
