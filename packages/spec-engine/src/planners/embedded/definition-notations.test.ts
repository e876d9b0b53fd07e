import { describe, expect, it } from 'vitest';
import { readPlan } from './read-plan.test-util.js';

const read = readPlan;

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

describe('a row pointing at another row of its own kind', () => {
  it('reads an optional member typed with its own resource as a self-reference under its name', async () => {
    const { resources, links } = await read(
      'Folder { title: string, parent: Folder? }\nDocument { filename: string, folder: Folder }',
    );
    expect(resources).toEqual({ folder: ['title', 'parent_id'], document: ['filename', 'folder_id'] });
    expect(links).toEqual(['folder>folder', 'document>folder']);
  });

  it('keeps the self-reference optional whatever the notation says', async () => {
    const { design } = await readPlan('Technician { full_name: string, supervisor: Technician }');
    const supervisor = design.resources[0]!.fields.find((f) => f.name === 'supervisor_id');
    expect(supervisor).toMatchObject({ type: 'reference', references: 'technician', required: false });
  });

  it('reads the self-reference of a TypeScript interface and of a Prisma model', async () => {
    const typescript = await read('interface Region {\n  label: string;\n  within?: Region;\n}');
    expect(typescript.links).toEqual(['region>region']);
    const prisma = await read(
      'model Worker {\n  id Int @id\n  name String\n  bossId Int?\n  boss Worker? @relation(fields: [bossId], references: [id])\n}',
    );
    expect(prisma.resources.worker).toEqual(['name', 'boss_id']);
  });

  it('reads no self-reference from a column named after its own resource', async () => {
    const { links } = await read('Region (region_id (ref Region), label string)');
    expect(links).toEqual([]);
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

describe('values separated by pipes inside brackets', () => {
  it('reads "size (small | medium | large)" as one field\'s values, not a table row', async () => {
    const { design } = await readPlan(
      'Coffee bar. drink: name, size (small | medium | large), price. barista: name, shift. Each drink belongs to a barista.',
    );
    expect(design.resources.map((r) => r.name)).toEqual(['drink', 'barista']);
    const size = design.resources[0]!.fields.find((f) => f.name === 'size');
    expect(size).toMatchObject({ type: 'enum', enumValues: ['small', 'medium', 'large'] });
  });
});

describe('CamelCase names in schema notes in braces', () => {
  it('reads a CamelCase resource, its references and its members as compounds', async () => {
    const { resources, links } = await read(
      'Basket { label: string }\nBasketLine { qty: int, basket: Basket, productCode: string }\nReturnSlip { reason: string, line: BasketLine }',
    );
    expect(Object.keys(resources)).toEqual(['basket', 'basket_line', 'return_slip']);
    expect(resources.basket_line).toEqual(['qty', 'product_code', 'basket_id']);
    expect(resources.return_slip).toEqual(['reason', 'line_id']);
    expect(links.sort()).toEqual(['basket_line>basket', 'return_slip>basket_line']);
  });

  it('reads a note on a line of its own as a resource however few its fields', async () => {
    const { resources } = await read('Kiln { code: string, max_temp: int }\nGlaze { color: string }');
    expect(resources).toEqual({ kiln: ['code', 'max_temp'], glaze: ['color'] });
  });
});

describe('one-line schema notations with constraints', () => {
  const fieldsOf = async (prompt: string) => {
    const { design } = await readPlan(prompt);
    return Object.fromEntries(design.resources[0]!.fields.map((f) => [f.name, f]));
  };

  it.each([
    ['braces', 'Pass {label: string unique, zones: int 1-6, active: bool = false}'],
    ['brackets', 'Pass(label: string unique, zones: int 1-6, active: bool = false)'],
    ['a dash and semicolons', 'Pass — label: string unique; zones: int 1-6; active: bool = false'],
    ['a colon and semicolons', 'Pass: label: string unique; zones: int 1-6; active: bool = false'],
  ])('reads a name with members in %s, their ranges, uniques and defaults', async (_layout, prompt) => {
    const fields = await fieldsOf(prompt);
    expect(Object.keys(fields)).toEqual(['label', 'zones', 'active']);
    expect(fields.label).toMatchObject({ type: 'string', unique: true });
    expect(fields.zones).toMatchObject({ type: 'integer', minimum: 1, maximum: 6 });
    expect(fields.active).toMatchObject({ type: 'boolean', default: false });
  });

  it('reads a bound written with a comparison inside braces', async () => {
    const fields = await fieldsOf('Locker {code: string, size: int >= 1}');
    expect(fields.size).toMatchObject({ type: 'integer', minimum: 1 });
  });
});

describe('notes of several resources and typed members', () => {
  it('reads two notes on one line, and a colon between a name and its braces', async () => {
    const { resources, links } = await read(
      'Badge {code: string, level: int}, Holder {name: string, badge: Badge}',
    );
    expect(resources).toEqual({ badge: ['code', 'level'], holder: ['name', 'badge_id'] });
    expect(links).toEqual(['holder>badge']);
    expect((await read('Kiln: {name: string, max_temp: int >= 0}')).resources).toEqual({
      kiln: ['name', 'max_temp'],
    });
  });

  it('adds no conventional fields to a note the knowledge base knows: its members are all', async () => {
    expect((await read('Invoice { number: string }')).resources).toEqual({ invoice: ['number'] });
  });

  it('keeps the values of an enum written inside a note', async () => {
    const { design } = await readPlan('Plant {name: string; light: enum(low, medium, bright)}');
    expect(design.resources[0]!.fields[1]).toMatchObject({
      name: 'light',
      enumValues: ['low', 'medium', 'bright'],
    });
  });

  it('reads a member typed with another resource in brackets as a link, and a stated type as written', async () => {
    const { resources, links } = await read('Checkout(tool: Tool, borrower: Neighbour, due: date)');
    expect(resources.checkout).toEqual(['due', 'tool_id', 'borrower_id']);
    expect(links).toEqual(expect.arrayContaining(['checkout>tool', 'checkout>neighbour']));
  });

  it('keeps modifiers written after a comma inside a member when semicolons part the members', async () => {
    const { design } = await readPlan(
      'Wallet — holder: string, unique; credit: decimal, min 0; locked: boolean, default false',
    );
    expect(design.resources.map((r) => r.name)).toEqual(['wallet']);
    const fields = Object.fromEntries(design.resources[0]!.fields.map((f) => [f.name, f]));
    expect(Object.keys(fields)).toEqual(['holder', 'credit', 'locked']);
    expect(fields.holder).toMatchObject({ unique: true });
    expect(fields.credit).toMatchObject({ type: 'number', minimum: 0 });
    expect(fields.locked).toMatchObject({ type: 'boolean', default: false });
  });
});
