import { describe, expect, it } from 'vitest';
import { cues, cuesIn, cuesInLinear, scoreCues } from './domain-match.js';

/** A sentence as the matcher searches it: lower case, single spaces, a space at each end. */
const sentence = (text: string) => ` ${text.replace(/[^\p{L}\p{N}'-]+/gu, ' ').trim()} `;
const hits = (found: ReturnType<typeof cuesIn>) => found.map(({ cue, at }) => `${cue.rank}@${at}`);

/** Sentences around every cue: plural, compound head, verb said as an order, mid-sentence, a near miss. */
function sentences(): string[] {
  const all = cues().map((c) => c.needle.trim());
  const out: string[] = [];
  all.forEach((cue, i) => {
    const other = all[(i * 7919) % all.length]!;
    out.push(
      `a ${cue} app`,
      `${cue}s for my team`,
      `${cue}es and ${other}`,
      `we need a ${cue}-tracker for the ${other} next door`,
      `${cue} the records of our ${other}s`,
      `${cue}ing ${other}`,
      `${other} ${cue}`,
      `pre${cue} and ${cue}'s ${other}`,
    );
  });
  return out;
}

describe('finding domain cues through the index', () => {
  it('finds the same cues at the same places as testing every cue', () => {
    const texts = sentences();
    expect(texts.length).toBeGreaterThan(10_000);
    for (const text of texts) {
      const s = sentence(text);
      expect(hits(cuesIn(s)), text).toEqual(hits(cuesInLinear(s)));
    }
  });

  it('chooses the same domain with either finder', () => {
    const texts = sentences().filter((_, i) => i % 5 === 0);
    for (const text of [...texts, 'a backend for my bike repair shop', 'Store sensor readings', ''])
      expect(scoreCues([text], cuesIn)?.cue, text).toBe(scoreCues([text], cuesInLinear)?.cue);
  });

  it('finds a cue in plural and as the head of a compound, and not inside another word', () => {
    const names = (text: string) => cuesIn(sentence(text)).map((h) => h.cue.cue);
    expect(names('two bookstores')).toContain('bookstore');
    expect(names('a shop-front')).toContain('shop');
    expect(names('shopping habits')).not.toContain('shop');
  });
});
