import { describe, expect, it } from 'vitest';
import type { OpenApiLike } from './contract-api.js';
import { schemaCheckFor } from './schema-check.js';

const documentWith = (titleType: string): OpenApiLike => ({
  components: {
    schemas: {
      Book: { type: 'object', properties: { title: { type: titleType } }, required: ['title'] },
    },
  },
});

describe('schemaCheckFor', () => {
  it('reuses one check while the components are the same, and validates as a new one would', () => {
    const check = schemaCheckFor(documentWith('string'));
    // Another object with the same components, as a contract read again from its file is.
    expect(schemaCheckFor(structuredClone(documentWith('string')))).toBe(check);
    const book = { $ref: '#/components/schemas/Book' };
    expect(check.problem(book, { title: 'Dune' })).toBeUndefined();
    expect(check.problem(book, { title: 7 })).toMatch(/must be string/);
  });

  it('never lets a document see another one’s components', () => {
    const strings = schemaCheckFor(documentWith('string'));
    const numbers = schemaCheckFor(documentWith('number'));
    expect(numbers).not.toBe(strings);
    const book = { $ref: '#/components/schemas/Book' };
    expect(numbers.problem(book, { title: 7 })).toBeUndefined();
    expect(strings.problem(book, { title: 7 })).toMatch(/must be string/);
  });

  it('keeps the checks of the last eight documents only', () => {
    const first = schemaCheckFor(documentWith('boolean'));
    for (let index = 0; index < 8; index += 1) {
      schemaCheckFor({ components: { schemas: { [`Book${index}`]: { type: 'string' } } } });
    }
    expect(schemaCheckFor(documentWith('boolean'))).not.toBe(first);
  });
});
