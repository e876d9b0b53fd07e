import { describe, expect, it } from 'vitest';
import { createEmbeddedPlanner } from '../embedded-planner.js';

const planner = createEmbeddedPlanner();
const read = async (prompt: string) => {
  const { design } = await planner.plan(prompt);
  return {
    resources: Object.fromEntries(design.resources.map((r) => [r.name, r.fields.map((f) => f.name)])),
    links: design.relations.map((r) => `${r.from}>${r.to}`),
  };
};

describe('an arrow between a name and its fields', () => {
  it('reads "Author -> name, country" lines as definitions, numbered or not', async () => {
    const { resources, links } = await read(
      'Entities\n1) Author -> name, country\n2) Book => title, author, year',
    );
    expect(resources).toEqual({ author: ['name', 'country'], book: ['title', 'year', 'author_id'] });
    expect(links).toEqual(['book>author']);
  });

  it('keeps an arrow to one table a reference', async () => {
    const { links } = await read('Table books (id pk, author_id -> authors, title text)');
    expect(links).toEqual(['book>author']);
  });
});
