import { describe, expect, it } from 'vitest';
import type { ApiDesignInput } from './api-design.js';
import { withoutUndeclaredJoins } from './many-to-many.js';
import { parseDesign } from './validate-design.js';

const stored: ApiDesignInput = {
  name: 'blog',
  title: 'Blog API',
  resources: [
    { name: 'post', plural: 'posts', fields: [{ name: 'title', type: 'string' }] },
    { name: 'tag', plural: 'tags', fields: [{ name: 'label', type: 'string' }] },
    { name: 'reader', plural: 'readers', fields: [{ name: 'name', type: 'string' }] },
    { name: 'subscription', plural: 'subscriptions', fields: [{ name: 'since', type: 'date' }] },
  ],
  relations: [
    { kind: 'many-to-many', from: 'post', to: 'tag' },
    { kind: 'many-to-many', from: 'reader', to: 'tag', through: 'subscription' },
  ],
};

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
