import { describe, expect, it } from 'vitest';
import { createEmbeddedPlanner } from '../embedded-planner.js';
import { withQuantityPerLine } from './line-quantities.js';

// Requests written for these tests; none comes from the eval sets.
const planner = createEmbeddedPlanner();

describe('a quantity beside the things a container holds', () => {
  it('is a value of each pairing, not of the thing', async () => {
    const design = (
      await planner.plan('Each basket contains several candles with a quantity. Candles have a scent.')
    ).design;
    const candle = design.resources.find((r) => r.name === 'candle');
    expect(candle?.fields.map((f) => f.name)).not.toContain('quantity');
    const line = design.resources.find((r) => r.fields.some((f) => f.name === 'quantity'));
    expect(
      design.relations
        .filter((r) => r.from === line?.name)
        .map((r) => r.to)
        .sort(),
    ).toEqual(['basket', 'candle']);
  });

  it('leaves a quantity already said per pairing, or said of the thing alone, as written', () => {
    expect(withQuantityPerLine('a crate holds many bottles, each with a quantity')).toBe(
      'a crate holds many bottles, with a quantity each',
    );
    expect(withQuantityPerLine('a crate holds bottles with a quantity each')).toBe(
      'a crate holds bottles with a quantity each',
    );
    expect(withQuantityPerLine('each box includes several cards with a quantity and a price each')).toBe(
      'each box includes several cards with a quantity and a price each',
    );
    expect(withQuantityPerLine('shops have products with a quantity in stock')).toBe(
      'shops have products with a quantity in stock',
    );
  });
});
