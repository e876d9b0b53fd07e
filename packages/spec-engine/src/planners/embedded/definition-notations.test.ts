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

describe('schema notes in braces ("Name { field: type; … }")', () => {
  it('leaves the notation keyword (Model, Entity, Table) out of the resource name', async () => {
    const { resources } = await read(
      'Model Course { code: string unique; title: string }\nentity Teacher { name: string; email: email }',
    );
    expect(Object.keys(resources).sort()).toEqual(['course', 'teacher']);
  });

  it('reads a member typed with another resource as a link to it, and its list as the other side', async () => {
    const { resources, links } = await read(
      'Course { code: string; title: string; lessons: Lesson[] }\nLesson { title: string; course: Course }',
    );
    expect(resources).toEqual({ course: ['code', 'title'], lesson: ['title', 'course_id'] });
    expect(links).toEqual(['lesson>course']);
  });

  it('keeps a capitalised scalar type a value, and a list of values one JSON field', async () => {
    const { resources } = await read('Team { name: String; founded: Date; tags: string[] }');
    expect(resources.team).toEqual(['name', 'founded', 'tags']);
  });
});

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
