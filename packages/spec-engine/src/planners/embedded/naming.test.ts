import { describe, expect, it } from 'vitest';
import type { ApiDesign } from '../../design/api-design.js';
import { knowledgeBase } from '../../knowledge/knowledge-base.js';
import { createEmbeddedPlanner } from '../embedded-planner.js';

// Requests written for these tests; none comes from the eval sets.
const planner = createEmbeddedPlanner();
const names = (design: ApiDesign) => design.resources.map((r) => r.name).sort();
const fieldNames = (design: ApiDesign, resource: string) =>
  design.resources.find((r) => r.name === resource)!.fields.map((f) => f.name);
const links = (design: ApiDesign) =>
  design.relations.filter((r) => r.kind === 'belongs-to').map((r) => `${r.from} -> ${r.to}`);

describe('embedded planner: <thing>_id fields are links', () => {
  it.each([
    ['a colon list', 'Loans: book_id, member_id, due date. Books: title. Members: name.'],
    [
      'a typed list',
      'loan: book_id (uuid), member_id (uuid), due_date (date). book: title (string). member: name (string).',
    ],
    ['a JSON example', 'POST /loans {"book_id": 4, "member_id": 9, "due_date": "2025-01-31"}'],
    ['bullets', '- loans: book_id, member_id, due_date\n- books: title\n- members: name'],
    [
      'a table',
      'Loans:\n| column | type |\n| --- | --- |\n| book_id | uuid |\n| member_id | uuid |\n| due_date | date |',
    ],
  ])('in %s', async (_layout, prompt) => {
    const { design, assumptions } = await planner.plan(prompt);
    expect(names(design)).toEqual(expect.arrayContaining(['book', 'loan', 'member']));
    expect(links(design)).toEqual(expect.arrayContaining(['loan -> book', 'loan -> member']));
    const loan = design.resources.find((r) => r.name === 'loan')!;
    expect(loan.fields.find((f) => f.name === 'book_id')!.type).toBe('reference');
    expect(assumptions!.some((a) => a.path === 'loan.book_id' && /link/.test(a.text))).toBe(true);
  });

  it('links to the resource a synonym names, under the field the user wrote', async () => {
    const { design } = await planner.plan('Customers: name, email. Invoices: number, total, buyer_id.');
    expect(design.relations).toContainEqual(
      expect.objectContaining({ kind: 'belongs-to', from: 'invoice', to: 'customer', field: 'buyer_id' }),
    );
  });

  it("reads a resource's own <name>_id as its id, and leaves ids of nothing named as values", async () => {
    const { design, assumptions } = await planner.plan('Parcels: parcel_id, weight, carrier_ref_id');
    expect(fieldNames(design, 'parcel')).not.toContain('parcel_id');
    expect(fieldNames(design, 'parcel')).toContain('carrier_ref_id');
    expect(names(design)).toEqual(['parcel']);
    expect(assumptions!.some((a) => a.path === 'parcel.parcel_id' && /own id/.test(a.text))).toBe(true);
  });

  it('makes a thing the request names only through an id and a mention a resource', async () => {
    const { design } = await planner.plan(
      'I keep bees in several hives. Inspections: hive_id, date, notes, queen seen (yes/no)',
    );
    expect(names(design)).toContain('hive');
    expect(links(design)).toContain('inspection -> hive');
  });
  it('links the id of a role people play to the resource that holds people', async () => {
    const { design } = await planner.plan('Users: name, email. Bugs: summary, severity, reporter_id.');
    expect(design.relations).toContainEqual(
      expect.objectContaining({ kind: 'belongs-to', from: 'bug', to: 'user', field: 'reporter_id' }),
    );
  });
});

describe('embedded planner: foreign words keep their own meaning', () => {
  it.each([
    ['es', 'Mi hotel: las reservas tienen una fecha de llegada y un número de noches.', 'reservation'],
    ['fr', 'Une agence : les maisons ont une adresse, un prix et une surface.', 'house'],
    ['de', 'Unsere Band: Konzerte mit Datum, Ort und Gage.', 'concert'],
    ['es', 'Los pisos tienen una dirección y un alquiler mensual.', 'flat'],
    ['es', 'Un club de pádel con pistas (número, cubierta) y socios (nombre).', 'court'],
  ])('(%s) "%s" keeps %s', async (_language, prompt, resource) => {
    const { design } = await planner.plan(prompt);
    expect(names(design)).toContain(resource);
  });

  it('completes a translated word with the fields of the entity it is a kind of', async () => {
    const { design, assumptions } = await planner.plan('Une application pour mon agence avec des maisons.');
    expect(names(design)).toContain('house');
    expect(fieldNames(design, 'house')).toContain('address');
    expect(assumptions!.some((a) => a.path.startsWith('house.'))).toBe(true);
  });

  it('only ever translates to an English word the knowledge base knows', () => {
    const kb = knowledgeBase();
    for (const language of ['fr', 'es', 'de'] as const)
      for (const { english } of kb.translations(language)) expect(kb.entityFor(english)).toBeDefined();
  });
});

describe('embedded planner: reserved words as resource names', () => {
  it.each([
    ['Dance school API. Classes: style, level. Dancers: name.', 'class'],
    ['Gym API: classes with a coach name and a capacity', 'class'],
    ['Courier API: packages (weight, destination)', 'package'],
    ['Classes (name, room)', 'class'],
    ['Data:\n- Members (name, email)\n- Classes (title, time)', 'class'],
  ])('a keyword keeps the user\'s word: "%s" → %s', async (prompt, resource) => {
    const { design, warnings } = await planner.plan(prompt);
    expect(names(design)).toContain(resource);
    expect(warnings.join('\n')).not.toMatch(/reserved/);
  });

  it('qualifies a name that would clash with what every generated object inherits', async () => {
    const { design, warnings } = await planner.plan('Design lab API: prototypes (name, version)');
    expect(names(design)).not.toContain('prototype');
    expect(names(design).some((n) => n.endsWith('_prototype'))).toBe(true);
    expect(warnings.join('\n')).toMatch(/reserved/);
  });

  it('points every assumption at the name the design gives the resource', async () => {
    const { design, assumptions } = await planner.plan('Classes');
    const resources = new Set(design.resources.map((r) => r.name));
    for (const { path } of assumptions!)
      if (path !== 'design' && path !== 'auth') expect(resources.has(path.split('.')[0]!)).toBe(true);
  });
});

describe('embedded planner: requests that name only what they are about', () => {
  it('keeps the things a domain is qualified by, each later one belonging to the one before', async () => {
    const { design, assumptions } = await planner.plan('We need a backend for a bike repair shop');
    expect(names(design)).toEqual(expect.arrayContaining(['bike', 'repair']));
    expect(names(design)).not.toContain('product');
    expect(links(design)).toContain('repair -> bike');
    expect(assumptions!.some((a) => a.path === 'bike' && /bike repair shop/.test(a.text))).toBe(true);
  });

  it("gives a thing the knowledge base does not know the domain's main record's fields", async () => {
    const { design } = await planner.plan('a candle shop');
    expect(names(design)).toEqual(expect.arrayContaining(['candle', 'customer', 'order', 'order_item']));
    expect(fieldNames(design, 'candle')).toContain('price');
    // An order's lines are candles, as a shop's order items are products.
    expect(links(design)).toEqual(expect.arrayContaining(['order_item -> candle', 'order_item -> order']));
  });

  it('proposes the usual core of a domain named with nothing more', async () => {
    const { design } = await planner.plan('Could you build an API for a crowdfunding site?');
    expect(names(design)).toEqual(expect.arrayContaining(['campaign', 'pledge']));
  });

  it('falls back to the head noun of a domain the knowledge base lacks', async () => {
    const { design, assumptions } = await planner.plan('an API for our sauna');
    expect(names(design)).toEqual(['sauna']);
    expect(assumptions!.some((a) => a.path === 'sauna')).toBe(true);
  });

  it.each([
    'Make the API fast and secure, with great docs.',
    'A REST API please',
    'Build an API for millions of concurrent requests',
    'Host it on a cheap server',
    'foo',
  ])('still refuses "%s", which names nothing to keep', async (prompt) => {
    await expect(planner.plan(prompt)).rejects.toMatchObject({ code: 'prompt_unrecognised' });
  });

  it('reads a noun compound as a record and the thing it belongs to', async () => {
    const { design, assumptions } = await planner.plan('we need an API for desk reservations');
    expect(names(design)).toEqual(expect.arrayContaining(['desk', 'reservation']));
    expect(links(design)).toContain('reservation -> desk');
    expect(assumptions!.some((a) => a.path === 'reservation.desk_id')).toBe(true);
    // A verb before its object qualifies nothing.
    const verb = await planner.plan('I want to record donations');
    expect(names(verb.design)).toEqual(['donation']);
  });

  it('does not read a domain from the name of a place or a business', async () => {
    const { design } = await planner.plan('An app for the Rose Garden tennis club');
    expect(names(design)).not.toContain('garden');
    // A tennis club books courts for its members; it is not a team league.
    expect(names(design)).toEqual(expect.arrayContaining(['court', 'member', 'booking']));
    const band = await planner.plan('Backend for our Grand Hotel jazz band: gigs with a venue and a fee');
    expect(band.assumptions!.some((a) => /hotel/.test(a.text))).toBe(false);
  });

  it('prefers a domain the request names to the place the application is for', async () => {
    const { design } = await planner.plan('a lost and found app for our school');
    expect(names(design)).toEqual(expect.arrayContaining(['found_item', 'claim']));
  });

  it('does not read a domain from a verb that opens the request', async () => {
    const { assumptions } = await planner.plan('Store weather readings with a temperature and a humidity.');
    expect(assumptions!.some((a) => /commerce/.test(a.text))).toBe(false);
  });
});

describe("embedded planner: the user's word names a resource the knowledge base completes", () => {
  it.each([
    ['a parcel tracking api', 'parcel', 'package'],
    ['a recipe rating app', 'rating', 'review'],
  ])('"%s" keeps %s, completed as a %s', async (prompt, resource, entity) => {
    const { design, assumptions } = await planner.plan(prompt);
    expect(names(design)).toContain(resource);
    expect(names(design)).not.toContain(entity);
    expect(assumptions!.some((a) => a.path === resource && a.text.includes(entity))).toBe(true);
  });

  it("keeps the usual links of the entity under the user's word", async () => {
    const { design } = await planner.plan('Flats: address, rent. Tenants: name, phone. Leases: start, end.');
    expect(names(design)).toEqual(['flat', 'lease', 'tenant']);
    expect(links(design)).toEqual(expect.arrayContaining(['lease -> flat', 'lease -> tenant']));
  });
});

describe('embedded planner: a label naming where things come from', () => {
  it('names the plural before "from" or "by", not the source after it', async () => {
    const { design } = await planner.plan(
      '- donations from sponsors: sponsor name, amount, date\n- events: title, date',
    );
    expect(names(design)).toEqual(['donation', 'event']);
    expect(fieldNames(design, 'donation')).toEqual(['sponsor_name', 'amount', 'date']);
    const parcels = await planner.plan('Parcels by courier: tracking number, weight');
    expect(names(parcels.design)).toEqual(['parcel']);
  });
});
