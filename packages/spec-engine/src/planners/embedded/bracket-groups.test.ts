import { describe, expect, it } from 'vitest';
import { readPlan } from './read-plan.test-util.js';

describe('several tables written as name(columns) in one sentence', () => {
  it('reads each group as a table, and a title before them as no table', async () => {
    const { resources, links } = await readPlan(
      'Beehive log: hive(id uuid, label text not null, apiary text), inspection(hive_id fk, inspected_at timestamptz, frames int)',
    );
    expect(Object.keys(resources)).toEqual(['hive', 'inspection']);
    expect(resources.hive).toEqual(['label', 'apiary']);
    expect(resources.inspection).toEqual(expect.arrayContaining(['inspected_at', 'frames']));
    expect(links).toEqual(['inspection>hive']);
  });

  it('reads groups separated by a semicolon or "and"', async () => {
    const { resources } = await readPlan(
      'bins(id serial, code varchar(10)); parcels(id serial, bin_id int references bins, weight numeric(6,2)) and carriers(id serial, name varchar(40))',
    );
    expect(Object.keys(resources).sort()).toEqual(['bin', 'carrier', 'parcel']);
  });

  it('leaves prose with parentheses to the prose readers', async () => {
    const { resources } = await readPlan('we track kids (name, age) and toys (colour)');
    expect(resources.kid).toEqual(['name', 'age']);
    expect(resources.toy).toEqual(['colour']);
  });
});
