import { pluralize as englishPlural } from './english.js';
import { englishMorphology, morphologyFor, type Morphology } from './morphology.js';
import {
  frenchLexicon,
  romanceAdjectives,
  romanceNouns,
  spanishLexicon,
  type RomanceLexicon,
} from './romance-vocabulary.js';

export type PromptLanguage = 'en' | 'fr' | 'es';

// Words frequent in one language's descriptions and rare in the others' (shared ones such as
// "la", "de", "en" and "un" are left out so they cannot tip the balance).
const cues: Readonly<Record<PromptLanguage, ReadonlySet<string>>> = {
  en: new Set([
    'the',
    'a',
    'an',
    'and',
    'with',
    'each',
    'have',
    'has',
    'of',
    'for',
    'is',
    'are',
    'to',
    'many',
  ]),
  fr: new Set([
    'le',
    'les',
    'des',
    'du',
    'une',
    'et',
    'avec',
    'chaque',
    'ont',
    'est',
    'sont',
    'pour',
    'leur',
  ]),
  es: new Set(['el', 'los', 'las', 'del', 'una', 'y', 'con', 'cada', 'tiene', 'tienen', 'es', 'son', 'para']),
};

/**
 * Lower case without accents, the form every word list is written in. The French preposition "à"
 * becomes "to" first: without its accent it would read as the verb "a" (has).
 */
export function plainLetters(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|[^\p{L}])à(?=$|[^\p{L}])/gu, '$1to')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** The language a (lower-case, accent-free) prompt is written in; English unless French or Spanish clearly wins. */
export function detectLanguage(text: string): PromptLanguage {
  const counts: Record<PromptLanguage, number> = { en: 0, fr: 0, es: 0 };
  for (const [word] of text.matchAll(/[a-z]+/g))
    for (const language of ['en', 'fr', 'es'] as const) if (cues[language].has(word)) counts[language]++;
  const best = counts.fr > counts.es ? 'fr' : 'es';
  return counts[best] >= 2 && counts[best] > counts.en ? best : 'en';
}

export interface Translation {
  readonly text: string;
  /** How to inflect the nouns of the translated text. */
  readonly morphology: Morphology;
}

interface Dictionary {
  readonly lexicon: RomanceLexicon;
  /** Native noun or adjective → English, singular and plural. */
  readonly words: ReadonlyMap<string, string>;
  /** Nouns spelled alike in both numbers ("prix", "cours"): English singular and plural. */
  readonly invariant: ReadonlyMap<string, readonly [string, string]>;
  /** Matches a noun followed by an adjective, to put them in English order. */
  readonly nounAdjective: RegExp;
  readonly morphology: Morphology;
}

const dictionaries = new Map<'fr' | 'es', Dictionary>();

function dictionaryFor(language: 'fr' | 'es'): Dictionary {
  const cached = dictionaries.get(language);
  if (cached !== undefined) return cached;
  const column = language === 'fr' ? 0 : 1;
  const english = new Set(romanceNouns.flatMap(([, , en]) => [en, englishPlural(en)]));
  const morphology = morphologyFor(language, english);
  const words = new Map<string, string>();
  const invariant = new Map<string, readonly [string, string]>();
  for (const entry of romanceNouns) {
    const [native, en] = [entry[column], entry[2]];
    const nativePlural = morphology.pluralize(native);
    if (nativePlural === native) invariant.set(native, [en, englishPlural(en)]);
    else words.set(native, en).set(nativePlural, englishPlural(en));
  }
  for (const entry of romanceAdjectives)
    words.set(entry[column], entry[2]).set(`${entry[column]}s`, entry[2]);
  const adjectives = romanceAdjectives.map((entry) => `${entry[column]}s?`).join('|');
  const dictionary: Dictionary = {
    lexicon: language === 'fr' ? frenchLexicon : spanishLexicon,
    words,
    invariant,
    nounAdjective: new RegExp(`\\b([a-z][a-z-]*) (${adjectives})\\b`, 'g'),
    morphology,
  };
  dictionaries.set(language, dictionary);
  return dictionary;
}

/**
 * Rewrites a French or Spanish prompt (as `plainLetters` leaves it) into the
 * English the reader understands: expressions first, then "date de publication" → "publication
 * date" (the English order, which puts the word that carries the type last), then word by word.
 * English prompts come back unchanged.
 */
export function translatePrompt(text: string, language: PromptLanguage): Translation {
  if (language === 'en') return { text, morphology: englishMorphology };
  const { lexicon, words, invariant, nounAdjective, morphology } = dictionaryFor(language);
  let out = text;
  if (language === 'fr')
    out = out.replace(/\b(l|d|qu)'/g, (_m, e: string) => ({ l: 'le ', d: 'de ', qu: 'que ' })[e]!);
  for (const [pattern, replacement] of lexicon.phrases) out = out.replace(pattern, replacement);
  const isContent = (w: string) => lexicon.grammar[w] === undefined && /^[a-z]/.test(w);
  out = out.replace(/\b([a-z][a-z-]*) de ([a-z][a-z-]*)\b/g, (m, head: string, modifier: string) =>
    isContent(head) && isContent(modifier) ? `${modifier} ${head}` : m,
  );
  out = out.replace(nounAdjective, (m, noun: string, adjective: string) =>
    isContent(noun) ? `${adjective} ${noun}` : m,
  );
  let previous = '';
  out = out.replace(/[a-z0-9]+(?:-[a-z0-9]+)*/g, (w) => {
    const both = invariant.get(w);
    const english = both ? both[lexicon.pluralDeterminers.has(previous) ? 1 : 0] : words.get(w);
    previous = w;
    return english ?? lexicon.grammar[w] ?? w;
  });
  return { text: out, morphology };
}
