import { describe, expect, it } from 'vitest';
import { readPlan } from './read-plan.test-util.js';

// Requests written for these tests; none comes from the eval sets.
describe('who took, has or booked a thing, asked in a chatty request', () => {
  it('keeps a loan of the thing to the people it is lent to, with its return', async () => {
    const { resources, links } = await readPlan(
      'i lend my power tools to neighbours a lot. want to list my tools (name, brand) + who took each one and when they gave it back',
    );
    expect(links).toEqual(expect.arrayContaining(['loan>tool', 'loan>neighbour']));
    expect(resources.loan).toContain('returned_at');
    expect(resources.tool).toEqual(['name', 'brand']);
  });

  it('keeps a booking of the thing "which" names by a person, from when till when', async () => {
    const { resources, links } = await readPlan(
      'our studio has 2 recording booths and bands keep fighting over them. want to see who booked which booth and from when till when',
    );
    expect(links).toContain('booking>recording_booth');
    expect(resources.booking).toEqual(expect.arrayContaining(['starts_at', 'ends_at']));
  });

  it('adds a person where the request names no people', async () => {
    const { resources, links } = await readPlan(
      'we share 3 company cameras (model, serial). i just want to know who has it right now and since when',
    );
    expect(links).toContain('loan>person');
    expect(links.some((l) => /^loan>\w*camera$/.test(l))).toBe(true);
    expect(resources.loan).toContain('since');
  });
});

describe('a thing lent to someone, said as a link', () => {
  it('is a loan of the thing to them, not a thing owned by them', async () => {
    const { links } = await readPlan(
      'The parish lends folding tables to residents. Tables have a number. When a table is lent to a resident we note the date.',
    );
    expect(links).toEqual(expect.arrayContaining(['loan>table', 'loan>resident']));
    expect(links).not.toContain('table>resident');
  });

  it('keeps what is noted each time it is lent on the loan', async () => {
    const { resources } = await readPlan(
      'The scout hut lends tents to families. Tents have a size. When a tent is lent to a family we record the deposit and the date it came back.',
    );
    expect(resources.loan).toEqual(expect.arrayContaining(['deposit', 'returned_on']));
    expect(resources.tent).not.toContain('returned_on');
  });

  it('is a loan, or a rental, when the request says it lends or hires things out to people', async () => {
    const lent = await readPlan('we lend sewing machines to members. Each sewing machine has a brand.');
    expect(lent.links).toEqual(expect.arrayContaining(['loan>sewing_machine', 'loan>member']));
    const hired = await readPlan(
      'The marina hires out paddleboards to tourists. Paddleboards have a length.',
    );
    expect(hired.links).toEqual(expect.arrayContaining(['hire>paddleboard', 'hire>tourist']));
  });
});
