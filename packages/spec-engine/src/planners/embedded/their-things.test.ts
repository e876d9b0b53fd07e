import { describe, expect, it } from 'vitest';
import { readPlan } from './read-plan.test-util.js';

describe('things said to be another thing\'s with "their"', () => {
  it.each([
    ['kayaks and their repair logs (date, cost)', 'repair_log', 'kayak'],
    ['a gallery api: painters with their canvases', 'canvas', 'painter'],
    ['we restore lighthouses and their lamps', 'lamp', 'lighthouse'],
  ])('"%s" makes the possessed thing a record linked to its holder', async (prompt, owned, holder) => {
    const { resources, links } = await readPlan(prompt);
    expect(Object.keys(resources)).toContain(owned);
    expect(links).toContain(`${owned}>${holder}`);
  });

  it("keeps the usual direction where the possessed thing is the holder's parent", async () => {
    const { links } = await readPlan('cats and their owners');
    expect(links).toContain('cat>owner');
    expect(links).not.toContain('owner>cat');
  });

  it('reads a value said with "their" as no record', async () => {
    const { resources } = await readPlan('drivers and their phone numbers');
    expect(Object.keys(resources)).toEqual(['driver']);
  });
});

describe('a link said with a shorter word than its resource', () => {
  it('names the link after the resource when the short word is the ownership column', async () => {
    const { resources, links } = await readPlan(
      'Moorings: number, depth. Yacht owners: name, phone. Contracts: which owner rents which mooring, start date',
    );
    expect(resources.contract).toContain('yacht_owner_id');
    expect(links).toContain('contract>yacht_owner');
  });
});
