import { asRead } from './read-plan.test-util.js';
import { describe, expect, it } from 'vitest';
import type { ApiDesign } from '../../design/api-design.js';
import { createEmbeddedPlanner } from '../embedded-planner.js';

const planner = createEmbeddedPlanner();
const plan = async (prompt: string) => asRead((await planner.plan(prompt)).design);
const links = (design: ApiDesign) => design.relations.map((r) => `${r.from} ${r.kind} ${r.to}`);
const names = (design: ApiDesign) => design.resources.map((r) => r.name).sort();
const fieldsOf = (design: ApiDesign, name: string) =>
  design.resources.find((r) => r.name === name)?.fields.map((f) => f.name) ?? [];

describe('embedded planner: columns that reference another table', () => {
  it('reads "x_id references y" and "x_id -> y" as links, never as resources named after the column', async () => {
    const design = await plan(
      'shops(id, name), shelves(id, code, shop_id references shops)\nitems: sku, shelf_id -> shelves, count int',
    );
    expect(links(design)).toEqual(expect.arrayContaining(['shelf belongs-to shop', 'item belongs-to shelf']));
    expect(names(design)).toEqual(['item', 'shelf', 'shop']);
    expect(fieldsOf(design, 'shelf')).toContain('shop_id');
  });

  it('reads a type shorthand whose type points at another resource as a link', async () => {
    const design = await plan(
      'Vet { name: string }\nVisit { pet_id: uuid -> Pet, vet_id: uuid -> Vet, seen_at: datetime }\nPet { name: string }',
    );
    expect(links(design)).toEqual(expect.arrayContaining(['visit belongs-to pet', 'visit belongs-to vet']));
    expect(names(design)).toEqual(['pet', 'vet', 'visit']);
  });

  it("keeps the column's own name for a link to a resource named otherwise", async () => {
    const design = await plan('Account: email. Invoice: number, payer (ref Account), total decimal.');
    const relation = design.relations.find((r) => r.from === 'invoice' && r.to === 'account');
    expect(relation?.field).toBe('payer_id');
  });
});

describe('embedded planner: lines named by a word that also names a field', () => {
  it('makes a resource of a line that says what it belongs to', async () => {
    const design = await plan(
      'Venue hire\n- Hall: name, capacity\n- Price: amount, currency, valid from, belongs to a hall',
    );
    expect(links(design)).toContain('price belongs-to hall');
    expect(fieldsOf(design, 'price')).toEqual(expect.arrayContaining(['amount', 'currency']));
  });

  it("leaves a line of one field's allowed values a field", async () => {
    const design = await plan('Tickets\n- Status: open, pending, closed\n- Ticket: title, status');
    expect(names(design)).toEqual(['ticket']);
  });
});
