import { describe, expect, it } from 'vitest';
import { correctSpelling } from './spelling.js';

describe('correctSpelling', () => {
  it('fixes a word one edit away from exactly one knowledge-base word', () => {
    const { text, fixed } = correctSpelling('each parcel has a lenght, a delivery adress and a quanity');
    expect(text).toBe('each parcel has a length, a delivery address and a quantity');
    expect(fixed).toEqual([
      ['lenght', 'length'],
      ['adress', 'address'],
      ['quanity', 'quantity'],
    ]);
  });

  it('keeps words the language model knows, short words and words with no single close match', () => {
    const request =
      'each sneaker has a colorway, a brand and a size; formats hardcover, ebook; kanban columns; max 80 chars';
    expect(correctSpelling(request)).toEqual({ text: request, fixed: [] });
  });

  it('reads a plural before one of its values inside a list as a possessive', () => {
    expect(correctSpelling('dogs (name, breed, owners phone)').text).toBe(
      "dogs (name, breed, owner's phone)",
    );
  });
});
