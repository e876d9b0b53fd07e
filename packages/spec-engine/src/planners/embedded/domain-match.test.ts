import { describe, expect, it } from 'vitest';
import { cues, cuesIn, cuesInLinear, describeChoice, matchDomain, scoreCues } from './domain-match.js';

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
    // Every cue in eight sentences, each tested against every cue: minutes of work on a busy machine.
  }, 60_000);

  it('chooses the same domain with either finder', () => {
    const texts = sentences().filter((_, i) => i % 5 === 0);
    for (const text of [...texts, 'a backend for my bike repair shop', 'Store sensor readings', ''])
      expect(scoreCues([text], cuesIn)?.cue, text).toBe(scoreCues([text], cuesInLinear)?.cue);
    // The linear finder tests every cue of the knowledge base: slow by design, and more so on a busy machine.
  }, 60_000);

  it('finds a cue in plural and as the head of a compound, and not inside another word', () => {
    const names = (text: string) => cuesIn(sentence(text)).map((h) => h.cue.cue);
    expect(names('two bookstores')).toContain('bookstore');
    expect(names('a shop-front')).toContain('shop');
    expect(names('shopping habits')).not.toContain('shop');
  });
});

/** The domain chosen for a request, and the scores of the candidates it was chosen over. */
const choice = (text: string) => {
  const match = matchDomain([text]);
  return {
    domain: match?.domain.id,
    scores: Object.fromEntries((match?.candidates ?? []).map((c) => [c.domain, c.score])),
  };
};

describe('choosing a domain by the evidence of the whole request', () => {
  it('counts an ambiguous word only with a qualifier that agrees', () => {
    // "club" alone is some club; beside "tennis" it is no evidence for a team league.
    const tennis = choice('tennis club app');
    expect(tennis.domain).toBe('racket_club');
    expect(tennis.scores.sports).toBe(0);
    expect(choice('football club app').domain).toBe('sports');
    expect(choice('our book club needs an api').domain).toBe('book_club');
    expect(choice('a chess club').domain).toBe('chess_club');
    // A board of jobs is not a forum's, nor a game's.
    expect(choice('a job board').domain).toBe('job_board');
    expect(choice('a message board for the street').domain).toBe('forum');
    // A studio is what its qualifier says it is.
    expect(choice('API for a tattoo studio').domain).toBe('tattoo_studio');
    expect(choice('recording studio bookings').domain).toBe('recording_studio');
    expect(choice('a yoga studio').domain).toBe('studio');
  });

  it('lets an ambiguous word count a little when nothing qualifies it, and when no domain knows its qualifier', () => {
    // "t-shirt" is explained by no domain: a shop of them is still a shop.
    expect(choice('tshirt shop').domain).toBe('commerce');
    expect(choice('tshirt shop').scores.commerce).toBe(0.25);
    // The qualifier agrees when the domain explains it: more than the bare word.
    expect(choice('bike shop').domain).toBe('bike_repair');
    expect(choice('a coffee shop').scores.commerce).toBe(0);
  });

  it('prefers the domain that explains more of the request to one that explains one word', () => {
    // Both name "reservations"; only the hotel explains "hotel".
    expect(choice('hotel reservations backend').domain).toBe('hotel');
    // Landlords, apartments and tenants outweigh one word of maintenance.
    const estate = choice('Landlords list apartments. Tenants report maintenance issues.');
    expect(estate.domain).toBe('real_estate');
    expect(estate.scores.real_estate).toBeGreaterThan(estate.scores.manufacturing ?? 0);
  });

  it('counts a word once, in singular and plural and in both texts', () => {
    const once = scoreCues(['recipes and a recipe']);
    const twice = scoreCues(['recipes and a recipe', 'recipes and a recipe']);
    expect(once?.explained).toHaveLength(1);
    expect(twice?.score).toBe(once?.score);
  });

  it('breaks ties by words explained, then the longer cue, then the knowledge base order', () => {
    // "courier" is a cue of logistics and of couriers; "courier service" is the longer.
    const courier = matchDomain(['courier service API']);
    expect(courier?.candidates.map((c) => c.score)).toEqual([2.5, 2.5]);
    expect(courier?.domain.id).toBe('courier');
    // The same request gives the same choice every time.
    expect(matchDomain(['courier service API'])?.domain.id).toBe('courier');
    expect(scoreCues(['courier service API'])?.domain.id).toBe('courier');
  });

  it('says which domain it chose, on what words, and over which others', () => {
    const match = matchDomain(['tennis club app'])!;
    expect(describeChoice(match)).toBe(
      'chose racket_club for "tennis" (2.5) over sports (0: "club" qualified otherwise)',
    );
    expect(describeChoice(matchDomain(['karaoke bar booking system'])!)).toMatch(
      /^chose party_rooms for "karaoke" .* over .*restaurant \(0: "bar" qualified otherwise\)/,
    );
  });

  it('finds no domain where only generic words are said', () => {
    expect(matchDomain(['an app for my business'])).toBeUndefined();
  });
});
