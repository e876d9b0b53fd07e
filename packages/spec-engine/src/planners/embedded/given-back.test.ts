import { describe, expect, it } from 'vitest';
import { readField } from './field-reader.js';

// Phrases written for these tests; none comes from the eval sets.
describe('when a thing was handed back or went out', () => {
  it('names the date of a return, however it is said', () => {
    expect(readField('the date it came back')?.name).toBe('returned_on');
    expect(readField('the day they gave it back')?.name).toBe('returned_on');
    expect(readField('the time it was handed back')?.name).toBe('returned_at');
  });

  it('names the date of another act by its past tense, -ed or not', () => {
    expect(readField('the date it went out')?.name).toBe('went_out_on');
    expect(readField('the day she left')?.name).toBe('left_on');
  });
});
