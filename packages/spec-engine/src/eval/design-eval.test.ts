import { describe, expect, it } from 'vitest';
import { parseDesign } from '../design/validate-design.js';
import type { Planner } from '../planners/planner.js';
import { PromptError } from '../planners/prompt-error.js';
import { parseEvalCases, percentile, runDesignEval, scoreDesign } from './design-eval.js';

const design = parseDesign({
  name: 'shop',
  title: 'Shop API',
  resources: [
    { name: 'customer', plural: 'customers', fields: [{ name: 'full_name', type: 'string' }] },
    { name: 'order', plural: 'orders', fields: [{ name: 'total', type: 'number' }] },
    { name: 'coupon', plural: 'coupons', fields: [{ name: 'code', type: 'string' }] },
  ],
  relations: [{ kind: 'belongs-to', from: 'order', to: 'customer' }],
});

describe('design eval', () => {
  it('scores recall over normalised names and precision over extra resources', () => {
    const score = scoreDesign(design, {
      resources: { customer: ['fullname', 'email', 'createdat'], order: ['total'], invoice: ['amount'] },
      relations: [
        ['order', 'customer'],
        ['invoice', 'order'],
      ],
    });
    expect(score).toEqual({
      resources: [2, 3],
      fields: [3, 5],
      relations: [1, 2],
      predicted: 3,
      extraResources: 1,
    });
  });

  it('credits a many-to-many pair both ways and does not count its join resource as extra', () => {
    const paired = parseDesign({
      name: 'blog',
      title: 'Blog API',
      resources: [
        { name: 'post', plural: 'posts', fields: [{ name: 'title', type: 'string' }] },
        { name: 'tag', plural: 'tags', fields: [{ name: 'label', type: 'string' }] },
        { name: 'author', plural: 'authors', fields: [{ name: 'name', type: 'string' }] },
      ],
      relations: [
        { kind: 'many-to-many', from: 'post', to: 'tag' },
        { kind: 'many-to-many', from: 'post', to: 'author' },
      ],
    });
    const expected = {
      resources: { post: ['title'], tag: ['label'] },
      relations: [['tag', 'post']] as [string, string][],
    };
    // post_author stores a pairing the case does not ask for: it is extra, like author.
    expect(scoreDesign(paired, { ...expected, m2m: [['post', 'tag']] })).toMatchObject({
      relations: [1, 1],
      predicted: 4,
      extraResources: 2,
    });
    expect(scoreDesign(paired, expected)).toMatchObject({
      relations: [0, 1],
      predicted: 5,
      extraResources: 3,
    });
  });

  it('parses JSON Lines and names the bad line', () => {
    expect(parseEvalCases('{"id":"a","prompt":"p","expect":{"resources":{}}}\n\n')).toEqual([
      { id: 'a', prompt: 'p', expect: { resources: {}, relations: [] } },
    ]);
    expect(() => parseEvalCases('{"id":"a","prompt":"p","expect":{"resources":{}}}\n{oops')).toThrow(
      /line 2/,
    );
  });

  it('aggregates a run, counting a planner failure as a miss', async () => {
    const planner: Planner = {
      id: 'stub',
      plan: async (prompt) => {
        if (prompt === 'bad') throw new PromptError('prompt_unrecognised', 'no');
        return { design, planner: 'stub', warnings: [], durationMs: 0 };
      },
    };
    const report = await runDesignEval(
      planner,
      [
        { id: 'ok', prompt: 'good', expect: { resources: { customer: ['fullname'] }, relations: [] } },
        { id: 'ko', prompt: 'bad', expect: { resources: { customer: ['fullname'] }, relations: [] } },
      ],
      { warmup: false },
    );
    expect(report).toMatchObject({ prompts: 2, resourceRecall: 0.5, fieldRecall: 0.5, imperfect: ['ko'] });
    expect(report.resourcePrecision).toBeCloseTo(1 / 3);
    expect(report.results[1]!.errorCode).toBe('prompt_unrecognised');
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2);
    expect(percentile([1, 2, 3, 4], 0.95)).toBe(4);
  });
});
