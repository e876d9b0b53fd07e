import { describe, expect, it } from 'vitest';
import type { ApiDesign } from '../../design/api-design.js';
import { createEmbeddedPlanner } from '../embedded-planner.js';

// Requests written for these tests; none comes from the eval sets.
const planner = createEmbeddedPlanner();
const plan = async (text: string) => (await planner.plan(text)).design;
const names = (design: ApiDesign) => design.resources.map((r) => r.name).sort();
const fieldsOf = (design: ApiDesign, resource: string) =>
  Object.fromEntries(design.resources.find((r) => r.name === resource)!.fields.map((f) => [f.name, f.type]));
const links = (design: ApiDesign) => design.relations.map((r) => `${r.from}>${r.to}`).sort();

describe('two ids of one resource under different roles', () => {
  it('links the first role and keeps the second as an id of the same resource', async () => {
    const design = await plan(
      'Bank API. Accounts have an owner name and a balance. POST /transfers {"from_account_id": 1, "to_account_id": 2, "amount": 5}',
    );
    expect(links(design)).toEqual(['transfer>account']);
    expect(fieldsOf(design, 'transfer')).toMatchObject({
      from_account_id: 'reference',
      to_account_id: 'uuid',
    });
  });

  it("finds people's roles in the request's one resource for people rather than adding one per role", async () => {
    const design = await plan(
      'Marketplace API. Members have a name and an email. POST /trades {"buyer_id": 1, "seller_id": 2, "price": 10}',
    );
    expect(names(design)).toEqual(['member', 'trade']);
    expect(fieldsOf(design, 'trade')).toMatchObject({ buyer_id: 'reference', seller_id: 'uuid' });
  });

  it('links a role to the resource the request names after it', async () => {
    const design = await plan(
      'Shop: buyers (name, email), sellers (name, shop name). Trades: buyer_id, seller_id, price',
    );
    expect(links(design)).toEqual(['trade>buyer', 'trade>seller']);
  });
});

describe('the person a "who" clause names', () => {
  it('links to the resource the verb names, or to the one resource for people', async () => {
    const coached = await plan(
      'Our climbing gym logs sessions. For each session we note who coached it and how long it lasted. Coaches have a name and a phone number.',
    );
    expect(links(coached)).toContain('session>coach');
    const seen = await plan(
      'Bird sightings: each sighting stores the species, where they were seen and who saw them. Observers have a name and an email.',
    );
    expect(links(seen)).toContain('sighting>observer');
    expect(fieldsOf(seen, 'sighting')).toHaveProperty('location');
  });

  it('keeps the role as a value where the request keeps no people', async () => {
    const design = await plan('Contracts have a title, who signed it, who approved it and when it expires.');
    expect(Object.keys(fieldsOf(design, 'contract'))).toEqual(
      expect.arrayContaining(['signer', 'approver', 'expires_at']),
    );
  });
});
