import { describe, expect, it } from 'vitest';
import { readPlan } from './read-plan.test-util.js';

describe('values listed in chatty clauses', () => {
  it('keeps a relative clause on a value ("the harbour it is in") in the list', async () => {
    const { resources } = await readPlan(
      'i log shipwrecks. wrecks have a name, the harbour it is in and how deep it is',
    );
    expect(resources['wreck']).toEqual(expect.arrayContaining(['name', 'harbour', 'depth']));
  });

  it('reads a list after "says"', async () => {
    const { resources } = await readPlan(
      'we fix laptops and each fix says what is wrong and the model. fixes have a date too',
    );
    expect(resources['fix']).toEqual(expect.arrayContaining(['problem', 'model']));
  });
});
