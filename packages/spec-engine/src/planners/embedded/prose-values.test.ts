import { asRead } from './read-plan.test-util.js';
import { describe, expect, it } from 'vitest';
import type { ApiDesign } from '../../design/api-design.js';
import { createEmbeddedPlanner } from '../embedded-planner.js';
import { readField } from './field-reader.js';

// Requests written for these tests; none comes from the eval sets.
const planner = createEmbeddedPlanner();
const plan = async (prompt: string) => asRead((await planner.plan(prompt)).design);
const fieldsOf = (design: ApiDesign, name: string) =>
  Object.fromEntries(design.resources.find((r) => r.name === name)?.fields.map((f) => [f.name, f]) ?? []);
const names = (design: ApiDesign) => design.resources.map((r) => r.name).sort();
const links = (design: ApiDesign) => design.relations.map((r) => `${r.from}>${r.to}`).sort();

describe('values said in prose', () => {
  it('reads "when the rehearsal is" as the row’s moment, not a field named after the row', () => {
    expect(readField('when the rehearsal is')).toMatchObject({ name: 'date', type: 'datetime' });
    expect(readField('when it is')?.name).toBe('date');
    expect(readField('when it was shipped')?.name).toBe('shipped_at');
  });

  it('reads what may happen to a row as a yes/no of that state', () => {
    expect(readField('can be archived')).toMatchObject({ name: 'archived', type: 'boolean' });
    expect(readField('may get refunded')).toMatchObject({ name: 'refunded', type: 'boolean' });
  });

  it('reads a participle made from a value’s name as that value', async () => {
    expect(readField('numbered')?.name).toBe('number');
    const design = await plan('Berths have a length and are numbered.');
    expect(fieldsOf(design, 'berth').number?.type).not.toBe('boolean');
    expect(readField('insured')?.name).toBe('insured');
  });

  it('reads "measured in" a unit as the value in that unit', async () => {
    const design = await plan('Each crate records the weight measured in kilograms and the origin.');
    expect(Object.keys(fieldsOf(design, 'crate'))).toEqual(['weight_kilograms', 'origin']);
  });
});

describe('what is kept of each thing, said in the passive or with "of each"', () => {
  it.each([
    'For each race the winning time is recorded.',
    'The winning time is recorded for every race.',
    'The winning time of each race is stored.',
    'We need to keep the winning time of each race.',
  ])('"%s" gives the thing its value', async (prompt) => {
    const design = await plan(prompt);
    expect(fieldsOf(design, 'race')).toHaveProperty('winning_time');
  });

  it('leaves things named in a relative clause to the clause reader', async () => {
    const design = await plan('We keep the essays that pupils hand in for each term. Essays have a title.');
    expect(names(design)).toContain('essay');
  });

  it('takes "we store" for a verb, not for a shop the request is about', async () => {
    const design = await plan('We store the reading of each meter.');
    expect(names(design)).toEqual(['meter']);
  });
});

describe('an act on one thing', () => {
  it('keeps the record the verb names, linking the doer and the thing', async () => {
    const design = await plan('Members reserve a kayak.');
    expect(names(design)).toEqual(['kayak', 'member', 'reservation']);
    expect(links(design)).toEqual(['reservation>kayak', 'reservation>member']);
  });

  it('reads a thing counted once that nothing else names, when the act is a record', async () => {
    const design = await plan('Anglers rent a rowboat.');
    expect(names(design)).toEqual(['angler', 'rental', 'rowboat']);
    expect(names(await plan('Members pay a fee.'))).toEqual(['member']);
  });

  it('links no doer to the thing itself when the thing is described', async () => {
    const design = await plan('Members reserve a kayak. Kayaks have a colour.');
    expect(links(design)).not.toContain('kayak>member');
  });
});
