import { describe, expect, it } from 'vitest';
import { readPlan } from './read-plan.test-util.js';

// Requests written for these tests; none comes from the eval sets.
describe('entity names written as identifiers in lists', () => {
  it('reads camelCase and PascalCase heads as the words they join, whatever the marker', async () => {
    const { resources } = await readPlan(
      'Beekeeping\n- beeHive: label, queen year\n* HoneyHarvest: hive, weight kg\n3. InspectionNote (date, temper)',
    );
    expect(Object.keys(resources).sort()).toEqual(['bee_hive', 'honey_harvest', 'inspection_note']);
    expect(resources.bee_hive).toEqual(expect.arrayContaining(['label', 'queen_year']));
    // A first word that is also a verb stays part of the name.
    const orchard = await readPlan('Orchard\n- PruneSchedule: tree, month\n- Tree: variety, planted year');
    expect(Object.keys(orchard.resources).sort()).toEqual(['prune_schedule', 'tree']);
  });
});
