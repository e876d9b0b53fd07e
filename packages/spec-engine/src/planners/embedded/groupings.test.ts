import { describe, expect, it } from 'vitest';
import { nounPhrase } from './mentions.js';
import { readPlan } from './read-plan.test-util.js';

// Requests written for these tests; none comes from the eval sets.
describe('things grouped into others', () => {
  it('reads "are grouped into" and "sorted into" as belonging, the group kept', async () => {
    const { resources, links } = await readPlan(
      'Buttons have a colour and a size. Buttons are sorted into jars.',
    );
    expect(Object.keys(resources)).toContain('jar');
    expect(links).toContain('button>jar');
    expect((await readPlan('Tracks have a title. Tracks are grouped into mixtapes.')).links).toContain(
      'track>mixtape',
    );
  });

  it('never names a thing with a clause a reader took for one', () => {
    expect(nounPhrase('a shelf has many jars')?.key).toBe('jar');
    expect(nounPhrase('the crates are boxes')?.key).toBe('box');
  });
});
