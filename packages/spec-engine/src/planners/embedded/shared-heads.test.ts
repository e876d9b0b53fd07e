import { describe, expect, it } from 'vitest';
import { readPlan } from './read-plan.test-util.js';
import { distributeSingularHead } from './shared-heads.js';

describe('two modifiers sharing one singular noun', () => {
  it('gives each modifier the noun', () => {
    expect(distributeSingularHead(['a source', 'target language', 'a text'])).toEqual([
      'a source language',
      'target language',
      'a text',
    ]);
  });

  it('leaves a value or a known thing before "and" on its own', () => {
    expect(distributeSingularHead(['a title', 'cover image'])).toEqual(['a title', 'cover image']);
    expect(distributeSingularHead(['a driver', 'delivery van'])).toEqual(['a driver', 'delivery van']);
    expect(distributeSingularHead(['a front', 'back side'])).toEqual(['a front', 'back side']);
    expect(distributeSingularHead(['the colour', 'the owner'])).toEqual(['the colour', 'the owner']);
  });

  it('reads a field for each, linked where the noun is a resource', async () => {
    const { resources, links } = await readPlan(
      'A transfer has a sender and receiver account and an amount. Accounts have an iban.',
    );
    expect(resources.transfer).toEqual(
      expect.arrayContaining(['sender_account_id', 'receiver_account_id', 'amount']),
    );
    expect(links).toContain('transfer>account');
    const subtitles = await readPlan('Subtitles have a source and target language and a text.');
    expect(subtitles.resources.subtitle).toEqual(['source_language', 'target_language', 'text']);
  });
});
