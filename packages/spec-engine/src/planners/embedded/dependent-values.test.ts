import { describe, expect, it } from 'vitest';
import { withoutRemarks } from './chatter.js';
import { dependentValues } from './dependent-values.js';
import { readPlan } from './read-plan.test-util.js';

describe('a value that depends on others', () => {
  it('keeps the value and what it depends on', () => {
    expect(dependentValues('A ride costs a fare that depends on the distance travelled')).toBe(
      'A ride has a fare and the distance travelled',
    );
    expect(dependentValues('Each stay has a rate which depends on the season chosen')).toBe(
      'Each stay has a rate and the season',
    );
  });

  it('reads "the X depends on the Y and the Z of the W" as values of W', async () => {
    expect(dependentValues('The shipping cost depends on the region and the size of the box.')).toBe(
      'Each box has a shipping cost, the region and the size',
    );
    const { resources } = await readPlan(
      'Boxes have a label. The shipping cost depends on the region and the size of the box.',
    );
    expect(resources['box']).toEqual(expect.arrayContaining(['label', 'shipping_cost', 'region', 'size']));
  });

  it('leaves other uses of "depends" alone', () => {
    expect(dependentValues('It depends on what you need.')).toBe('It depends on what you need.');
  });
});

describe("the writer's remarks in parentheses", () => {
  it('drops remarks and keeps values, units and examples', () => {
    expect(withoutRemarks('a size (we have loads lol)')).toBe('a size');
    expect(withoutRemarks('a theme (last week was great!!)')).toBe('a theme');
    expect(withoutRemarks('a weight (in kg) and a size (S, M or L)')).toBe(
      'a weight (in kg) and a size (S, M or L)',
    );
  });

  it('reads the list past a remark', async () => {
    const { resources } = await readPlan(
      'skateboards have a brand and a deck width (i own too many honestly)',
    );
    expect(resources['skateboard']).toEqual(expect.arrayContaining(['brand', 'deck_width']));
  });
});
