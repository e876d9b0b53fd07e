import type { Word } from './nlp.js';
import { pluralModifiers } from './words.js';

/** The model's reading of a short probe phrase ("they post", "the slots"), uncorrected. */
export type Probe = (text: string) => readonly Word[];

export const relativePronouns = new Set(['that', 'which', 'who', 'whom']);
/** Particles that stay with their verb before an object or a preposition ("pick up", "carried out"). */
export const particles = new Set(['up', 'out', 'off', 'down', 'back', 'over', 'away']);

/** A noun the model lemmatised to something shorter that ends in -s: a plural, not a mass noun. */
export const isPluralNoun = (w: Word | undefined) =>
  w !== undefined &&
  (w.pos === 'NOUN' || w.pos === 'PROPN') &&
  w.lemma !== w.text &&
  /s$/.test(w.text) &&
  !pluralModifiers.has(w.text);

/** Whether the model reads a word as a verb after a subject pronoun ("they place", "it places"). */
function canBeVerb(probe: Probe, word: string, pronoun: 'they' | 'it'): boolean {
  const tagged = probe(`${pronoun} ${word}`).at(-1);
  return tagged !== undefined && tagged.text === word && tagged.pos === 'VERB';
}

/** A word the model read as a verb's -s form ("runs", "books"), which is also how plurals are spelt. */
const isThirdPersonForm = (w: Word) => w.pos === 'VERB' && w.lemma !== w.text && /s$/.test(w.text);

function canBeNoun(probe: Probe, word: string): boolean {
  const tagged = probe(`the ${word}`).at(-1);
  return tagged !== undefined && tagged.text === word && tagged.pos === 'NOUN';
}

/**
 * The model's parts of speech, corrected where it is known to misread a clause: after a plural
 * subject it often takes the verb for a noun ("customers place orders", "landlords list
 * apartments") because English compounds look the same; it takes a third-person verb for a plural
 * ("a customer places an order"), and a plural after a preposition for a verb ("to podcasts"). Each
 * correction asks the same model how it reads the word where only one reading fits.
 */
export function correctedTags(words: readonly Word[], probe: Probe): string[] {
  // "leave dogs for stays": "for" before a noun phrase is a preposition, not the conjunction of
  // "for he was tired", which requests do not use.
  // "a check-in date", "a drop-off time": a hyphenated compound before a noun modifies it, whatever
  // its last part ("in", "off") would be alone.
  const tags = words.map((w, i) =>
    w.text === 'for' && w.pos === 'SCONJ'
      ? 'ADP'
      : /\p{L}-\p{L}/u.test(w.text) && ['ADP', 'PART', 'ADV'].includes(w.pos) && words[i + 1]?.pos === 'NOUN'
        ? 'ADJ'
        : w.pos,
  );
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    const previous = words[i - 1]!;
    const next = tags[i + 1];
    // "members log runs": two verbs in a row after a plural subject are a verb and its plural
    // object, which the model took for a third-person verb.
    // The model is asked only once the cheaper tests hold.
    let pluralObjectNext = false;
    const objectNext = () =>
      next === undefined ||
      ['NOUN', 'PROPN', 'DET', 'ADJ', 'NUM', 'PRON', 'ADP', 'PART'].includes(next) ||
      (pluralObjectNext =
        next === 'VERB' && isThirdPersonForm(words[i + 1]!) && canBeNoun(probe, words[i + 1]!.text));
    if (
      (w.pos === 'NOUN' || w.pos === 'ADJ') &&
      tags[i - 1] === 'NOUN' &&
      isPluralNoun(previous) &&
      w.lemma === w.text &&
      objectNext() &&
      canBeVerb(probe, w.text, 'they')
    ) {
      tags[i] = 'VERB';
      if (pluralObjectNext) tags[i + 1] = 'NOUN';
    } else if (
      w.pos === 'NOUN' &&
      w.lemma !== w.text &&
      /s$/.test(w.text) &&
      tags[i - 1] === 'NOUN' &&
      previous.lemma === previous.text &&
      i >= 2 &&
      tags[i - 2] === 'DET' &&
      next !== undefined &&
      // "a driver picks up a parcel": a particle may stand between the verb and its object.
      (['DET', 'NUM', 'PRON', 'ADJ'].includes(next) ||
        (particles.has(words[i + 1]!.text) && tags[i + 2] === 'DET')) &&
      !relativePronouns.has(words[i + 1]!.text) &&
      // "a member books a desk": where the model reads even "it books" as a noun, its lemma after
      // "they" ("they book") says the word is a verb's third person.
      (canBeVerb(probe, w.text, 'it') || canBeVerb(probe, w.lemma, 'they'))
    )
      tags[i] = 'VERB';
    else if (
      w.pos === 'VERB' &&
      ['ADP', 'PART'].includes(tags[i - 1]!) &&
      w.lemma !== w.text &&
      /s$/.test(w.text) &&
      // No verb's -s form follows a preposition ("for stays"); after "to" the model is asked.
      (tags[i - 1] === 'ADP' || canBeNoun(probe, w.text))
    )
      tags[i] = 'NOUN';
    // "we log every refuel with the amount", "each fill-up": after "every" or "each", a word the
    // model read as a verb (or a hyphenated one as a particle) and followed by a preposition, a
    // conjunction or the clause's end is the thing counted ("they each pay a fee" has its object
    // next, and stays a verb).
    else if (
      (w.pos === 'VERB' || (/\p{L}-\p{L}/u.test(w.text) && ['ADP', 'PART', 'ADV'].includes(w.pos))) &&
      /^(?:every|each)$/.test(previous.text) &&
      (next === undefined || ['ADP', 'CCONJ', 'PUNCT', 'SCONJ'].includes(next))
    )
      tags[i] = 'NOUN';
  }
  return tags;
}
