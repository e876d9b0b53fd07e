import { asRead } from './read-plan.test-util.js';
import { describe, expect, it } from 'vitest';
import type { ApiDesign } from '../../design/api-design.js';
import { createEmbeddedPlanner } from '../embedded-planner.js';

// Requests written for these tests; none comes from the eval sets.
const planner = createEmbeddedPlanner();
const plan = async (prompt: string) => asRead((await planner.plan(prompt)).design);
const names = (design: ApiDesign) => design.resources.map((r) => r.name).sort();
const links = (design: ApiDesign) => design.relations.map((r) => `${r.from} ${r.kind} ${r.to}`).sort();

describe('what a vague request is proposed', () => {
  it('reads the words of a domain’s own name as the place, not a resource', async () => {
    const desk = await plan('service desk software for our office');
    expect(names(desk)).not.toContain('desk');
    const library = await plan('a public library system');
    expect(names(library)).not.toContain('library');
    expect(names(library)).toEqual(expect.arrayContaining(['book', 'loan', 'member']));
  });

  it('proposes the whole core: line items, who a ticket is assigned to, the booking of a class', async () => {
    const shop = await plan('webshop backend');
    expect(names(shop)).toContain('order_item');
    expect(links(shop)).toEqual(
      expect.arrayContaining(['order_item belongs-to order', 'order_item belongs-to product']),
    );
    expect(links(await plan('a pizzeria app'))).toContain('order_item belongs-to menu_item');
    expect(links(await plan('helpdesk for our IT team'))).toContain('ticket belongs-to agent');
    const studio = await plan('a spin studio backend');
    const booking = links(studio).filter((l) => l.startsWith('booking belongs-to'));
    expect(booking).toHaveLength(2);
    expect(names(studio)).toContain('member');
    expect(links(await plan('a conference ticketing app'))).toContain('ticket belongs-to attendee');
  });

  it('proposes the plain names people use', async () => {
    expect(names(await plan('a podcast app'))).toEqual(['episode', 'podcast']);
    const studio = await plan('martial arts school backend');
    expect(names(studio)).toEqual(expect.arrayContaining(['booking', 'instructor', 'member']));
    expect(names(studio).join(' ')).not.toMatch(/session|class_booking/);
  });
});

describe('every domain’s proposal', () => {
  it('links each proposed record of a shop or club to the rest of its core', async () => {
    for (const prompt of [
      'a winery app',
      'an api for a plant nursery',
      'a flower shop backend',
      'a hiking club app',
    ]) {
      const design = await plan(prompt);
      const linked = new Set(design.relations.flatMap((r) => [r.from, r.to]));
      expect(
        design.resources.filter((r) => !linked.has(r.name)).map((r) => r.name),
        prompt,
      ).toEqual([]);
    }
  });
});

describe('records a request names that a join usually pairs', () => {
  it('links them many-to-many when the join may pair its owner with several kinds of thing', async () => {
    const links = (await plan('a pottery shop app with products and orders')).relations.map(
      (r) => `${r.from} ${r.kind} ${r.to}`,
    );
    expect(links).toContain('order many-to-many product');
    const wines = (await plan('an api to keep wines and orders')).relations.map(
      (r) => `${r.from} ${r.kind} ${r.to}`,
    );
    expect(wines).toContain('order many-to-many wine');
  });
});

describe('the user’s words beside what the knowledge base adds', () => {
  const fieldsOf = async (prompt: string, name: string) =>
    (await plan(prompt)).resources.find((r) => r.name === name)?.fields.map((f) => f.name) ?? [];

  it('adds no measure the request names already, with a unit after it', async () => {
    const trip = await fieldsOf('Trips have a distance', 'trip');
    expect(trip).toContain('distance');
    expect(trip).not.toContain('distance_km');
    const walk = await fieldsOf('Each walk has a duration', 'walk');
    expect(walk).toContain('duration');
    expect(walk).not.toContain('duration_minutes');
  });

  it('adds no moment of its own where the request gives a date or a time', async () => {
    const inspection = await fieldsOf('inspections have a date', 'inspection');
    expect(inspection).toContain('date');
    expect(inspection).not.toContain('inspected_on');
    expect(await fieldsOf('appointments have a time', 'appointment')).not.toContain('scheduled_at');
    expect(await fieldsOf('deliveries have a time', 'delivery')).not.toContain('scheduled_at');
  });

  it('still completes both ends of a span it proposes itself', async () => {
    expect(await fieldsOf('cars, customers and rentals', 'rental')).toEqual(
      expect.arrayContaining(['start_date', 'end_date']),
    );
  });
});

describe('a tracker named after a thing, with values listed', () => {
  it('keeps the user’s thing and every listed value where the words also name a domain', async () => {
    const design = await plan('budget tracker: category, amount, month');
    expect(design.resources.map((r) => [r.name, r.fields.map((f) => f.name)])).toEqual([
      ['budget', ['category', 'amount', 'month']],
    ]);
  });

  it('still reads a list of things under a tracker as resources', async () => {
    expect(names(await plan('convoy tracker: vans and their drivers, deliveries w/ a date'))).toEqual(
      expect.arrayContaining(['van', 'driver', 'delivery']),
    );
  });
});
