import { asRead } from './read-plan.test-util.js';
import { describe, expect, it } from 'vitest';
import type { ApiDesign } from '../../design/api-design.js';
import { createEmbeddedPlanner } from '../embedded-planner.js';
import { analyse } from './nlp.js';

const planner = createEmbeddedPlanner();
const plan = async (prompt: string) => asRead((await planner.plan(prompt)).design);
const names = (design: ApiDesign) => design.resources.map((r) => r.name).sort();
const fieldsOf = (design: ApiDesign, name: string) =>
  design.resources.find((r) => r.name === name)?.fields.map((f) => f.name) ?? [];
const tagOf = (sentence: string, word: string) => analyse(sentence).find((w) => w.text === word)?.pos;

describe('verbs the model reads as the first noun of a compound', () => {
  it('are verbs for every reader, not only the clause reader', () => {
    expect(tagOf('managers post openings with a title and a salary', 'post')).toBe('VERB');
    expect(tagOf('farms offer delivery slots with a start time', 'offer')).toBe('VERB');
    // A probe of one or two words is the model's own reading.
    expect(tagOf('the post', 'post')).toBe('NOUN');
  });

  it('are verbs before a plural object the model took for a verb of its own', async () => {
    expect(tagOf('climbers log ascents with a grade', 'log')).toBe('VERB');
    expect(tagOf('members log runs with a distance and a time', 'runs')).toBe('NOUN');
    expect(fieldsOf(await plan('members log runs with a distance and a pace'), 'run')).toEqual(
      expect.arrayContaining(['distance', 'pace']),
    );
  });

  it('never become part of a resource name', async () => {
    const slots = await plan(
      'Farms offer delivery slots with a start time and a capacity. Farms have a name.',
    );
    expect(names(slots)).toEqual(['delivery_slot', 'farm']);
    const tickets = await plan('Customers open support tickets with a subject and a priority.');
    expect(names(tickets)).toContain('support_ticket');
    expect(names(tickets)).not.toContain('open_support_ticket');
  });

  it('give a value list after the object to the object its knowledge base entity describes', async () => {
    const design = await plan('Managers post openings with a title and a salary. Managers have a name.');
    expect(names(design)).toEqual(['manager', 'opening']);
    expect(fieldsOf(design, 'opening')).toEqual(expect.arrayContaining(['title', 'salary', 'manager_id']));
  });

  it('leave things named after "with" behind the object to the act', async () => {
    const design = await plan(
      'Owners book grooming sessions with groomers; each session has a date and a price.',
    );
    expect(fieldsOf(design, 'groomer')).not.toContain('grooming_session_id');
  });

  it('with a particle that ends the clause take no list of values', async () => {
    const design = await plan('Notes app: writers sign in and only read their own notes. Notes have a body.');
    for (const field of ['writer_in', 'read', 'in']) expect(fieldsOf(design, 'writer')).not.toContain(field);
  });
});

describe('the thing counted after "every" or "each"', () => {
  it('is a noun even where the model reads the word as a verb or a particle', async () => {
    expect(tagOf('we note every recharge with the cost', 'recharge')).toBe('NOUN');
    expect(tagOf('i write down each top-up and the date', 'top-up')).toBe('NOUN');
    expect(tagOf('the kids each bring a snack', 'bring')).toBe('VERB');
    const design = await plan('three of us share a van. we note every recharge with the cost and who paid');
    expect(names(design)).toContain('recharge');
    expect(fieldsOf(design, 'recharge')).toContain('cost');
  });
});
