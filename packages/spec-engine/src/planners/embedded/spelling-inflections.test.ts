import { describe, expect, it } from 'vitest';
import { correctSpelling } from './spelling.js';

describe('inflections of known words are not typos', () => {
  it('keeps a past tense or -ing form whose stem ends in e', () => {
    const request = 'each job has an address and whether it was invoiced; invoicing, parked, stored';
    expect(correctSpelling(request)).toEqual({ text: request, fixed: [] });
  });

  it('still fixes a misspelt word one edit from a known one', () => {
    expect(correctSpelling('each invoice has an adress').text).toBe('each invoice has an address');
  });
});
