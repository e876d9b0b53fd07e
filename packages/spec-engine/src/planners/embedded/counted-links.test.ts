import { describe, expect, it } from 'vitest';
import { readPlan } from './read-plan.test-util.js';

const sorted = (links: readonly string[]) => [...links].sort();

describe('a row that counts what its verb reaches as one', () => {
  it('links the row to what it uses, whatever the verb', async () => {
    const { links, resources } = await readPlan(
      'A shoot uses one camera. Cameras have a model. Each shoot has a date and a location.',
    );
    expect(links).toContain('shoot>camera');
    expect(resources['shoot']).toEqual(expect.arrayContaining(['date', 'location']));
  });

  it('reads coordinated verbs of one subject, a place counted as one and a passive agent', async () => {
    const { links, resources } = await readPlan(
      'A seminar is given in one hall and run by a professor. Halls have a capacity.',
    );
    expect(sorted(links)).toEqual(['seminar>hall', 'seminar>professor']);
    expect(resources['professor']).toBeDefined();
  });

  it('makes a thing counted as one a resource even when the request names it once', async () => {
    const { links, resources } = await readPlan(
      'We publish climbs: each climb starts at one hut. A climb has a grade and a length.',
    );
    expect(resources['hut']).toBeDefined();
    expect(links).toContain('climb>hut');
  });

  it('makes the row a resource before other clauses link to it', async () => {
    const { links } = await readPlan(
      'We run excursions: each excursion uses one coach. Tourists buy tickets for an excursion.',
    );
    expect(links).toEqual(expect.arrayContaining(['excursion>coach', 'ticket>excursion']));
  });

  it('reads "from one X to another" as two links to X, by role', async () => {
    const { design } = await readPlan(
      'Each transfer goes from one account to another. Accounts have an iban and a balance. A transfer has an amount.',
    );
    const transfer = design.resources.find((r) => r.name === 'transfer')!;
    const names = transfer.fields.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['origin_account_id', 'destination_account_id', 'amount']));
    expect(design.relations.map((r) => `${r.from}>${r.to}`)).toContain('transfer>account');
  });

  it('leaves measures and holding verbs to the field readers', async () => {
    const { links, resources } = await readPlan(
      'A course lasts one week and has one syllabus text. Courses have a title.',
    );
    expect(resources['week']).toBeUndefined();
    expect(links).toEqual([]);
  });
});
