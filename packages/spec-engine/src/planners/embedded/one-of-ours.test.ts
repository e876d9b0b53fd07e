import { describe, expect, it } from 'vitest';
import { readPlan } from './read-plan.test-util.js';

describe('"one of our Xs"', () => {
  it.each([
    ['Each rehearsal is held at one of our halls.', 'rehearsal', 'hall'],
    ['Every parcel is sent from one of our depots.', 'parcel', 'depot'],
    [
      'Pottery classes have a title. Each pottery class takes place in one of our studios.',
      'pottery_class',
      'studio',
    ],
  ])('"%s" makes the places a resource the subject belongs to', async (prompt, child, parent) => {
    const { resources, links } = await readPlan(prompt);
    expect(Object.keys(resources)).toEqual(expect.arrayContaining([child, parent]));
    expect(links).toContain(`${child}>${parent}`);
  });

  it("keeps the request's full name for the places over a later head alone", async () => {
    const { resources, links } = await readPlan(
      'Tickets have a price. Every ticket is sold at one of our box offices. Offices have a city.',
    );
    expect(resources.box_office).toContain('city');
    expect(Object.keys(resources)).not.toContain('office');
    expect(links).toContain('ticket>box_office');
  });

  it('reads "which one of my plants" as no place', async () => {
    const { resources } = await readPlan('i want to track which one of my plants needs water');
    expect(Object.keys(resources)).toEqual(['plant']);
  });
});
