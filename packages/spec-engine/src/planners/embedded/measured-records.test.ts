import { describe, expect, it } from 'vitest';
import { withMeasuredRecords } from './measured-records.js';
import { readPlan } from './read-plan.test-util.js';

describe('records given only by the unit they are counted in', () => {
  it('gives each an amount named for its unit: a quantity or a distance', () => {
    expect(withMeasuredRecords('we log compost batches in kg')).toBe(
      'we log compost batches with a quantity in kg',
    );
    expect(withMeasuredRecords('i track my rides in km')).toBe('i track my rides with a distance in km');
    expect(withMeasuredRecords('seed orders in grams, and rain barrels in litres')).toBe(
      'seed orders with a quantity in grams, and rain barrels with a quantity in litres',
    );
  });

  it('leaves a value measured in a unit, a singular thing and units it does not count in', () => {
    for (const text of [
      'we keep weights in kg',
      'each plot has a size in m2',
      'products have prices in euros',
      'a pallet in kg',
      'we log harvests in May',
      'we log practice sessions in minutes',
    ])
      expect(withMeasuredRecords(text)).toBe(text);
  });

  it('plans the record with its amount and the other values the request gives', async () => {
    const { resources } = await readPlan('We log compost batches in kg, with a date.');
    expect(resources['compost_batch']).toEqual(['quantity_kg', 'date']);
    const rides = await readPlan('I track my rides in km. Rides have a date.');
    expect(rides.resources['ride']).toEqual(expect.arrayContaining(['distance_km', 'date']));
  });
});
