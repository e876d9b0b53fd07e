import { describe, expect, it } from 'vitest';
import type { ApiDesign } from '../../design/api-design.js';
import { createEmbeddedPlanner } from '../embedded-planner.js';
import { bracketTitledList, hasOwnValues } from './titled-lists.js';

const planner = createEmbeddedPlanner();
const links = (design: ApiDesign) => design.relations.map((r) => `${r.from}>${r.to}`).sort();

describe('titled lists of resources', () => {
  it('brackets each plural noun with the fields after with, w/ or +, and keeps its owner after per', () => {
    expect(
      bracketTitledList(
        'Orchard log: rows, trees per row w/ variety + age, pickings per tree with date, kilos and grade',
      ),
    ).toBe('Orchard log: rows, trees per row (variety and age), pickings per tree (date, kilos and grade)');
  });

  it('leaves a line whose last part is a phrase of its own to the sentence readers', () => {
    expect(
      bracketTitledList(
        'Bakery: cakes with a name and a price, ovens with a size, and orders of a cake with the date',
      ),
    ).toBeUndefined();
    expect(
      bracketTitledList(
        'Club: members with a name and an email, teams with a name, and each member plays in a team',
      ),
    ).toBeUndefined();
    expect(bracketTitledList('Studio: shows with a title, a slot and a host, episodes per show')).toBe(
      'Studio: shows (a title, a slot and a host), episodes per show',
    );
  });

  it('reads only the first sentence of a line as the list, leaving the sentences after it as they are', () => {
    expect(
      bracketTitledList(
        'Shop: products with a name and a price, categories with names. A product belongs to a category.',
      ),
    ).toBe('Shop: products (a name and a price), categories (names). A product belongs to a category.');
  });

  it('leaves one resource and its fields alone', () => {
    expect(bracketTitledList('Voucher: code, expiry date, discount')).toBeUndefined();
    expect(bracketTitledList('Playlist: title, songs, cover art')).toBeUndefined();
  });

  it('reads an item with fields of its own as a resource where its plural is its singular', async () => {
    expect(bracketTitledList('fish farm app: pens, fish w/ species, feedings with amount + time')).toBe(
      'fish farm app: pens, fish (species), feedings (amount and time)',
    );
    const { design } = await planner.plan(
      'fish farm app: pens, fish w/ species, feedings with amount + time',
    );
    expect(design.resources.map((r) => r.name).sort()).toEqual(['feeding', 'fish', 'pen']);
    expect(design.resources.find((r) => r.name === 'fish')?.fields.map((f) => f.name)).toContain('species');
    expect(hasOwnValues('fish (species)')).toBe(true);
    expect(hasOwnValues('label (text)')).toBe(false);
  });

  it('plans each item as a resource, linked to what it is per', async () => {
    const { design } = await planner.plan(
      'Radio station: shows with a title and a slot, episodes per show with air date and length, hosts',
    );
    expect(design.resources.map((r) => r.name).sort()).toEqual(['episode', 'host', 'show']);
    expect(links(design)).toContain('episode>show');
  });

  it('reads "xs by y" as resources told apart by a unique y, after a colon or a spaced dash', async () => {
    expect(bracketTitledList('Scout troop - scouts by badge number, patrols, campouts')).toBe(
      'Scout troop: scouts (unique badge number), patrols, campouts',
    );
    const { design } = await planner.plan('Parking office - permits by plate, zones, fines');
    expect(design.resources.map((r) => r.name)).toEqual(['permit', 'zone', 'fine']);
    const permit = design.resources[0]!;
    expect(permit.fields.find((f) => f.name === 'plate')).toMatchObject({ unique: true });
  });

  it('reads rows grouped for a report ("orders by month") as no key', () => {
    expect(bracketTitledList('Sales board: orders by month, refunds by status')).toBeUndefined();
  });

  it('leaves a dashed field list of one resource alone', () => {
    expect(bracketTitledList('Pets - name, species, age')).toBeUndefined();
  });

  it('reads items with their own bracketed fields beside "xs by y" items as resources too', async () => {
    expect(bracketTitledList('Rowing club - rowers by licence number, boats (name, seats), outings')).toBe(
      'Rowing club: rowers (unique licence number), boats (name, seats), outings',
    );
    expect(bracketTitledList('Pantry: jars (label, and more) of a shelf')).toBeUndefined();
  });

  it('reads an item that goes "from one X to another" as rows between two of X', async () => {
    expect(bracketTitledList('tram network: stops, legs from one stop to another with a duration')).toBe(
      'tram network: stops, legs (origin stop, destination stop, a duration)',
    );
    const design = (
      await planner.plan('airline app: airports, flights from one airport to another with a departure time')
    ).design;
    const flight = design.resources.find((r) => r.name === 'flight');
    expect(flight?.fields.map((f) => f.name)).toEqual(
      expect.arrayContaining(['origin_airport_id', 'destination_airport_id', 'departure_time']),
    );
    expect(links(design)).toContain('flight>airport');
  });
});
