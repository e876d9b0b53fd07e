import { asRead } from './read-plan.test-util.js';
import { describe, expect, it } from 'vitest';
import { createEmbeddedPlanner } from '../embedded-planner.js';

// Requests written for these tests; none comes from the eval sets.
const planner = createEmbeddedPlanner();
const plan = async (prompt: string) => asRead((await planner.plan(prompt)).design);
const shape = async (prompt: string) =>
  (await plan(prompt)).resources.map((r) => `${r.name}: ${r.fields.map((f) => f.name).join(', ')}`);

describe('what a chatty request keeps track of', () => {
  it('follows "them" back to what the writer has and reads the list after it as its values', async () => {
    expect(
      await shape(
        'my uncle has about 300 model cars lol, could u build smth to track them? maker, scale and year',
      ),
    ).toEqual(['model_car: maker, scale, year']);
    expect(
      await shape(
        'we keep loads of seed packets in a tin. need a way to keep track of them - variety, sow by date',
      ),
    ).toEqual(['seed_packet: variety, sow_by_date']);
  });

  it('reads the thing named after the tracking verb, alone or "with" its values', async () => {
    expect(await shape('can someone make me a thing to keep track of my fountain pens')).toEqual([
      'fountain_pen: name',
    ]);
    expect(
      await shape('i roast coffee at home and want to log every roast, with the origin and the roast level'),
    ).toEqual(['roast: origin, roast_level']);
  });

  it('still refuses a request that keeps track of nothing nameable', async () => {
    for (const prompt of [
      'i want to track everything lol',
      'keep track of stuff for me',
      'can you log all the things',
      'we need logging and metrics on the servers',
    ])
      await expect(plan(prompt), prompt).rejects.toMatchObject({ code: 'prompt_unrecognised' });
  });
});
