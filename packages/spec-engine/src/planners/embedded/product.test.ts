import { describe, expect, it } from 'vitest';
import type { ApiDesign } from '../../design/api-design.js';
import { createEmbeddedPlanner } from '../embedded-planner.js';
import { asRead } from './read-plan.test-util.js';

// Requests written for these tests; none comes from the eval sets.
const planner = createEmbeddedPlanner();
const names = (design: ApiDesign) =>
  asRead(design)
    .resources.map((r) => r.name)
    .sort();
const fieldNames = (design: ApiDesign, resource: string) =>
  design.resources.find((r) => r.name === resource)!.fields.map((f) => f.name);
const links = (design: ApiDesign) =>
  asRead(design)
    .relations.map((r) => `${r.from} ${r.kind} ${r.to}`)
    .sort();

/** No resource keeps a value field named after another resource of the same plan. */
function fieldsNamedAfterResources(design: ApiDesign): string[] {
  const resourceNames = new Set(design.resources.flatMap((r) => [r.name, r.plural]));
  return design.resources.flatMap((r) =>
    r.fields
      .filter((f) => f.type !== 'reference' && resourceNames.has(f.name))
      .map((f) => `${r.name}.${f.name}`),
  );
}

describe('embedded planner: the name a request opens with', () => {
  it.each([
    ['A blog with posts and comments', 'blog', ['comment', 'post']],
    ['A shop with products, customers and orders', 'shop', ['customer', 'order', 'product']],
    ['I want an online store with products and orders', 'online_store', ['order', 'product']],
    ['a school app with students, teachers and courses', 'school_app', ['course', 'student', 'teacher']],
    ['A platform with users, projects and widgets', 'platform', ['project', 'user', 'widget']],
    [
      'We run a clinic with patients, doctors and appointments',
      'clinic',
      ['appointment', 'doctor', 'patient'],
    ],
    ['My school with students and teachers', 'school', ['student', 'teacher']],
  ])('"%s" names the product, not a resource', async (prompt, product, resources) => {
    const result = await planner.plan(prompt);
    expect(names(result.design)).toEqual(resources);
    expect(names(result.design)).not.toContain(product);
    expect(fieldsNamedAfterResources(result.design)).toEqual([]);
    expect(result.assumptions!.map((a) => a.text)).toEqual(
      expect.arrayContaining([expect.stringMatching(/as what the API is for, not a resource/)]),
    );
  });

  it('keeps the name as a resource when the request gives it fields of its own', async () => {
    const design = (await planner.plan('a blog has a title and many posts')).design;
    expect(names(design)).toEqual(['blog', 'post']);
    expect(fieldNames(design, 'blog')).toContain('title');
    expect(links(design)).toContain('post belongs-to blog');
    expect(fieldsNamedAfterResources(design)).toEqual([]);
  });

  it('makes the name a resource again when a later sentence describes it, and links what it holds', async () => {
    const result = await planner.plan(
      'A shop with products and orders. Each shop has a name and an address.',
    );
    expect(names(result.design)).toEqual(['order', 'product', 'shop']);
    expect(fieldNames(result.design, 'shop')).toEqual(expect.arrayContaining(['name', 'address']));
    expect(links(result.design)).toEqual(
      expect.arrayContaining(['order belongs-to shop', 'product belongs-to shop']),
    );
    expect(result.assumptions!.some((a) => /not a resource/.test(a.text))).toBe(false);
  });

  it('keeps a resource when the list after it holds values, not known resources', async () => {
    const design = (await planner.plan('A garden with a name, a location and an area in square metres'))
      .design;
    expect(names(design)).toEqual(['garden']);
    expect(fieldNames(design, 'garden')).toEqual(expect.arrayContaining(['name', 'location']));
  });

  it('keeps what an application name says it keeps ("recipe api")', async () => {
    const design = (await planner.plan('recipe api with ingredients')).design;
    expect(names(design)).toEqual(['ingredient', 'recipe']);
    expect(links(design)).toContain('ingredient belongs-to recipe');
  });
});

describe('embedded planner: fields named after resources', () => {
  it('reads a plural field named after another resource as its rows belonging here', async () => {
    const result = await planner.plan('A library has a name and books, and members borrow books');
    expect(fieldNames(result.design, 'library')).not.toContain('books');
    expect(links(result.design)).toContain('book belongs-to library');
    expect(fieldsNamedAfterResources(result.design)).toEqual([]);
    expect(result.assumptions!.some((a) => a.path === 'book.library_id' && /as a link/.test(a.text))).toBe(
      true,
    );
  });

  it('reads "a store with a name, an address and products" as a store that holds products', async () => {
    const design = (await planner.plan('A store with a name, an address and products')).design;
    expect(names(design)).toEqual(['product', 'store']);
    expect(fieldNames(design, 'store')).toEqual(expect.arrayContaining(['name', 'address']));
    expect(links(design)).toContain('product belongs-to store');
    expect(fieldsNamedAfterResources(design)).toEqual([]);
  });

  it('drops the field, saying so, when the two resources are linked already', async () => {
    const result = await planner.plan(
      'Projects have a name and tasks. Tasks have a title and belong to a project.',
    );
    expect(fieldNames(result.design, 'project')).not.toContain('tasks');
    expect(links(result.design)).toContain('task belongs-to project');
    expect(fieldsNamedAfterResources(result.design)).toEqual([]);
  });

  it('keeps a count the request types as a number', async () => {
    const design = (await planner.plan('Authors: name, books: integer. Books: title, isbn')).design;
    expect(names(design)).toEqual(['author', 'book']);
    const books = design.resources.find((r) => r.name === 'author')!.fields.find((f) => f.name === 'books');
    expect(books?.type).toBe('integer');
  });
});
