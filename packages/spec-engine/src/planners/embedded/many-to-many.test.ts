import { describe, expect, it } from 'vitest';
import { readPlan } from './read-plan.test-util.js';

/** Links sorted, a many-to-many written `a<>b`. */
const read = async (prompt: string) => {
  const { resources, design } = await readPlan(prompt);
  const links = design.relations.map((r) => `${r.from}${r.kind === 'many-to-many' ? '<>' : '>'}${r.to}`);
  return { resources, links: links.sort() };
};

describe('many on both sides from one sentence', () => {
  it('reads "can be <done> in/on/to several Ys" as many-to-many, with both sides resources', async () => {
    const { resources, links } = await read('Singers can be booked for several festivals.');
    expect(Object.keys(resources).sort()).toEqual(['festival', 'singer']);
    expect(links).toEqual(['festival<>singer']);
    expect((await read('recipes can be filed under any number of cookbooks')).links).toEqual([
      'cookbook<>recipe',
    ]);
  });

  it('reads verbs of taking part (belong to, sign up for, join) with a plural quantifier the same way', async () => {
    expect((await read('Riders can belong to multiple stables; stables have a name.')).links).toEqual([
      'rider<>stable',
    ]);
    expect((await read('Hikers have a name. Hikers can sign up for many treks.')).links).toEqual([
      'hiker<>trek',
    ]);
  });

  it('leaves a plain has-many (a customer can place many orders) one-to-many', async () => {
    const { links } = await read('Buyers have a name. A buyer can place many bids. Bids have an amount.');
    expect(links).toEqual(['bid>buyer']);
  });
});

describe('the values of each pairing', () => {
  it('reads "for each X and Y we store Z" as a record of the pairing holding Z', async () => {
    const { resources, links } = await read(
      'A band can have many musicians and a musician many bands; for each band and musician we store the instrument',
    );
    expect(resources.band_musician).toEqual(expect.arrayContaining(['instrument']));
    expect(resources.musician).not.toContain('instrument');
    expect(links).toEqual(['band_musician>band', 'band_musician>musician']);
  });
});

describe('the gapped half of a many-to-many statement', () => {
  it('keeps no value read from "… and a Y many Xs"', async () => {
    const { resources, links } = await read('a hiker can join many clubs and a club many hikers');
    expect(links).toEqual(['club<>hiker']);
    expect(
      Object.values(resources)
        .flat()
        .some((f) => /_many_/.test(f)),
    ).toBe(false);
  });
});
