import { describe, expect, it } from 'vitest';
import { withOccasionsHeld } from './occasion-verbs.js';
import { readPlan } from './read-plan.test-util.js';

describe('verbs that place an occasion', () => {
  it('read as "is held" or "are held" before a preposition and an article', () => {
    expect(withOccasionsHeld('each recital takes place in one hall')).toBe(
      'each recital is held in one hall',
    );
    expect(withOccasionsHeld('tastings happen on a weekday')).toBe('tastings are held on a weekday');
    expect(withOccasionsHeld('the race occurs on a date')).toBe('the race is held on a date');
  });

  it('leave the verbs elsewhere', () => {
    for (const text of [
      'we need to know what happens to a parcel',
      'it takes place weekly',
      'accidents happen',
    ])
      expect(withOccasionsHeld(text)).toBe(text);
  });

  it('give the occasion its place and time', async () => {
    const recitals = await readPlan('Each recital takes place in one hall. Halls have a capacity.');
    expect(recitals.links).toContain('recital>hall');
    const tastings = await readPlan('Tastings happen on a date and have a theme.');
    expect(tastings.resources['tasting']).toEqual(expect.arrayContaining(['date', 'theme']));
  });
});
