import { describe, expect, it } from 'vitest';
import { readPlan } from './read-plan.test-util.js';

describe('a record that links two things and has values of its own', () => {
  it.each([
    'kayaks have a hull number. paddlers have a name. a rental links a paddler to a kayak and has a start date and a deposit.',
    'kayaks have a hull number. paddlers have a name. a rental links a paddler with a kayak and has a start date and a deposit.',
  ])('"%s" gives the values after "and has" to the linking record', async (prompt) => {
    const { resources, links } = await readPlan(prompt);
    expect(resources.rental).toEqual(expect.arrayContaining(['start_date', 'deposit']));
    expect(resources.paddler).not.toContain('deposit');
    expect(resources.kayak).not.toContain('deposit');
    expect(links).toEqual(expect.arrayContaining(['rental>paddler', 'rental>kayak']));
  });
});
