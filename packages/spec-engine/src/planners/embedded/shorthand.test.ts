import { asRead } from './read-plan.test-util.js';
import { describe, expect, it } from 'vitest';
import type { ApiDesign } from '../../design/api-design.js';
import { createEmbeddedPlanner } from '../embedded-planner.js';
import { expandShorthand } from './shorthand.js';

const planner = createEmbeddedPlanner();
const plan = async (prompt: string) => asRead((await planner.plan(prompt)).design);
const fieldsOf = (design: ApiDesign, name: string) =>
  design.resources.find((r) => r.name === name)?.fields.map((f) => f.name) ?? [];

describe('chat shorthand', () => {
  it('writes out n, +, & and w between words, and drops a trailing too, also or as well', () => {
    expect(expandShorthand('bands n venues, a date+price, name&email, lessons w date too')).toBe(
      'bands and venues, a date and price, name and email, lessons with date',
    );
    expect(expandShorthand('a date n a reason')).toBe('a date and a reason');
    expect(expandShorthand('an app 4 my shop pls. a city as well, a size also.')).toBe(
      'an app for my shop . a city, a size.',
    );
  });

  it('keeps a list marker "+" at the start of a line a marker', () => {
    expect(expandShorthand('Shop\n+ products\n+ orders')).toBe('Shop\n+ products\n+ orders');
  });

  it('leaves numbers, units and code alone', () => {
    for (const text of ['top n items', '4 players', 'a 100 w bulb', 'c++ and c#', '+44 numbers', 'w/o tax'])
      expect(expandShorthand(text)).toBe(text);
  });

  it('never lets shorthand into a name', async () => {
    const design = await plan(
      'keep books n authors, books w/ title+isbn+year, authors w/ name & country too',
    );
    expect(fieldsOf(design, 'book')).toEqual(expect.arrayContaining(['title', 'isbn', 'year']));
    expect(fieldsOf(design, 'author')).toEqual(expect.arrayContaining(['name', 'country']));
    const names = design.resources.flatMap((r) => [r.name, ...r.fields.map((f) => f.name)]);
    expect(names.filter((n) => /(?:^|_)(?:n|too|w)(?:_|$)/.test(n))).toEqual([]);
  });
});

describe('a value word with values of its own', () => {
  it('is a resource when the request gives it fields', async () => {
    const design = await plan('Farmers sell crops. A crop has a name, a variety and a price.');
    expect(fieldsOf(design, 'crop')).toEqual(expect.arrayContaining(['name', 'variety', 'price']));
  });
});
