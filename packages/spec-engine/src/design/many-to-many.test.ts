import { describe, expect, it } from 'vitest';
import { pairedDesign } from './paired-design.test-util.js';
import { withoutUndeclaredJoins } from './many-to-many.js';
import { parseDesign } from './validate-design.js';

const stored = pairedDesign;

describe('withoutUndeclaredJoins', () => {
  it('gives a design stored before joins existed back without the joins parseDesign adds to it', () => {
    const legacy = withoutUndeclaredJoins(parseDesign(stored), stored);
    expect(legacy.resources.map((r) => r.name)).toEqual(['post', 'tag', 'reader', 'subscription']);
    expect(legacy.relations.map((r) => [r.kind, r.from, r.to, r.through])).toEqual([
      ['many-to-many', 'post', 'tag', undefined],
      ['many-to-many', 'reader', 'tag', 'subscription'],
      ['belongs-to', 'subscription', 'reader', undefined],
      ['belongs-to', 'subscription', 'tag', undefined],
    ]);
  });

  it('changes nothing in a design stored with its joins', () => {
    const current = parseDesign(stored);
    expect(withoutUndeclaredJoins(current, JSON.parse(JSON.stringify(current)))).toBe(current);
  });
});
