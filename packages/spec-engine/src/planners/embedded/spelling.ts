import { knowledgeBase } from '../../knowledge/knowledge-base.js';
import { isKnownWord, singularOf } from './nlp.js';

let vocabulary: Map<number, string[]> | undefined;

/** The knowledge base's English words (field and resource names, their synonyms), by length. */
function words(): Map<number, string[]> {
  if (vocabulary === undefined) {
    const kb = knowledgeBase();
    const all = new Set<string>();
    const add = (phrase: string) => {
      for (const word of phrase.split(/[\s_/]+/)) if (/^[a-z]{4,}$/.test(word)) all.add(word);
    };
    for (const word of kb.fieldWords) {
      add(word.field.name);
      word.synonyms.en.forEach(add);
    }
    for (const entity of kb.entities) entity.synonyms.en.forEach(add);
    vocabulary = new Map();
    for (const word of [...all].sort())
      vocabulary.set(word.length, [...(vocabulary.get(word.length) ?? []), word]);
  }
  return vocabulary;
}

/** Whether two words differ by one edit: a letter added, dropped, changed, or two neighbours swapped. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length)
    return (
      a.slice(i + 1) === b.slice(i + 1) ||
      (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2))
    );
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Fixes typos in the words a design is made of: a word of five letters or more that neither the
 * language model nor the knowledge base knows, one edit away from exactly one knowledge-base word
 * with the same first letter
 * ("lenght" → "length", "adress" → "address", "quanity" → "quantity"). Anything else is kept.
 */
/** Spoken contractions, written out so the tagger reads "wanna log hikes" as a verb and its object. */
const contractions: Readonly<Record<string, string>> = {
  wanna: 'want to',
  gonna: 'going to',
  gotta: 'have to',
  hafta: 'have to',
  needa: 'need to',
  lemme: 'let me',
  gimme: 'give me',
  kinda: 'kind of',
  sorta: 'sort of',
};

export function correctSpelling(text: string): { text: string; fixed: [string, string][] } {
  const fixed: [string, string][] = [];
  const spoken = text.replace(
    /(?<![\p{L}\p{N}_'-])(?:wanna|gonna|gotta|hafta|needa|lemme|gimme|kinda|sorta)(?![\p{L}\p{N}_'-])/giu,
    (word) => {
      const full = contractions[word.toLowerCase()] ?? word;
      if (!fixed.some(([from]) => from === word)) fixed.push([word, full]);
      return full;
    },
  );
  const result = spoken.replace(/(?<![\p{L}\p{N}_'-])[a-z]{5,20}(?![\p{L}\p{N}_'-])/gu, (word) => {
    // An inflection of a known word ("chars", "watered", "booking") is not a typo either.
    // Every ending is tried: "invoiced" is "invoice" + d, which "invoic" + ed would miss.
    const stems = [
      word,
      ...['s', 'es', 'ed', 'd', 'ing']
        .filter((end) => word.endsWith(end))
        .map((end) => word.slice(0, -end.length)),
      ...(word.endsWith('ing') ? [`${word.slice(0, -3)}e`] : []),
    ];
    if (stems.some((stem) => stem.length >= 3 && isKnownWord(stem))) return word;
    const vocabulary = words();
    const candidates = [word.length - 1, word.length, word.length + 1].flatMap((n) =>
      // Typos seldom touch the first letter; "ebook" is not a misspelt "book".
      (vocabulary.get(n) ?? []).filter((known) => known[0] === word[0] && oneEditApart(word, known)),
    );
    if (candidates.length !== 1) return word;
    if (!fixed.some(([from]) => from === word)) fixed.push([word, candidates[0]!]);
    return candidates[0]!;
  });
  return correctPossessives(result, fixed);
}

/**
 * Possessives written without their apostrophe, which the words around them make certain:
 * "with there name" (a preposition or list verb before "there" and a noun after it) is "their
 * name", and "the customers name" (a thing the knowledge base knows, written plural, before one of
 * its values) is "the customer's name".
 */
function correctPossessives(
  text: string,
  fixed: [string, string][],
): { text: string; fixed: [string, string][] } {
  const note = (from: string, to: string) => {
    if (!fixed.some(([f]) => f === from)) fixed.push([from, to]);
  };
  let result = text.replace(
    /(\bwith|\bof|\bhas|\bhave|\band|\bgive|\bgives|\benter|\benters|\bupdate|\bupdates|,)\s+there\s+(?!(?:is|are|was|were|will|would|should|must|may|might|can|be|been|has|have)\b)(?=[a-z])/g,
    (match, before: string) => {
      note('there', 'their');
      return `${before} their `;
    },
  );
  const kb = knowledgeBase();
  result = result.replace(
    /(\b(?:the|their|our|my|each|every)\s+|[(,]\s*)([a-z]{3,30}s)\s+([a-z]{2,20})\b(?!\s+(?:their|the|a|an|his|her|its|my|our|them)\b)/g,
    (match, before: string, plural: string, next: string) => {
      const singular = singularOf(plural);
      if (singular === plural || kb.entityFor(singular) === undefined) return match;
      const value = kb.fieldWord(next);
      if (value === undefined || kb.entityFor(next) !== undefined) return match;
      note(`${plural} ${next}`, `${singular}'s ${next}`);
      return `${before}${singular}'s ${next}`;
    },
  );
  return { text: result, fixed };
}
