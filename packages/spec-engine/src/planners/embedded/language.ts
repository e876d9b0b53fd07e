import { grammarSource } from '../../knowledge/grammar-words-data.js';
import { knowledgeBase, type KbLanguage } from '../../knowledge/knowledge-base.js';

export type ForeignLanguage = Exclude<KbLanguage, 'en'>;

export const languageNames: Readonly<Record<KbLanguage, string>> = {
  en: 'English',
  fr: 'French',
  es: 'Spanish',
  de: 'German',
};

/** Lower case without accents, the form every look-up uses; ß becomes ss. */
export function plain(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('ß', 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'");
}

interface Lexicon {
  /** Multi-word keys, longest first, each with its English replacement. */
  readonly phrases: readonly (readonly [RegExp, string])[];
  readonly words: ReadonlyMap<string, string>;
  /** Nouns (entity and field names) → English words, singular. */
  readonly nouns: ReadonlyMap<string, { english: string; entity: boolean }>;
}

const lexicons = new Map<ForeignLanguage, Lexicon>();
const grammars = new Map<ForeignLanguage, readonly (readonly [string, string])[]>();

/** The language's function words and phrases, each with its English rendering. */
function grammarOf(language: ForeignLanguage): readonly (readonly [string, string])[] {
  let entries = grammars.get(language);
  if (entries === undefined) {
    entries = grammarSource[language]
      .split(';')
      .map((pair) => pair.trim())
      .filter((pair) => pair.includes('='))
      .map((pair) => {
        const [key, value] = pair.split('=');
        return [plain(key!.trim()), value!.trim()] as const;
      });
    grammars.set(language, entries);
  }
  return entries;
}

const grammarWordSets = new Map<ForeignLanguage, ReadonlySet<string>>();

/**
 * The language's single function words: all that language detection needs. Building a full lexicon
 * (every knowledge-base noun, a pattern per phrase) for three languages only to pick one was most of
 * a cold process's first plan.
 */
function grammarWordsOf(language: ForeignLanguage): ReadonlySet<string> {
  let words = grammarWordSets.get(language);
  if (words === undefined) {
    words = new Set(grammarOf(language).flatMap(([k]) => (k.includes(' ') || k.includes("'") ? [] : [k])));
    grammarWordSets.set(language, words);
  }
  return words;
}

function lexiconFor(language: ForeignLanguage): Lexicon {
  const cached = lexicons.get(language);
  if (cached !== undefined) return cached;
  const kb = knowledgeBase();
  const entries = grammarOf(language);
  const nouns = new Map<string, { english: string; entity: boolean }>();
  const nounPhrases: [string, string][] = [];
  const addNoun = (name: string, english: string, entity: boolean) => {
    for (const form of name.split('/').map((f) => plain(f.trim()))) {
      if (form === '') continue;
      if (form.includes(' ') || form.includes("'")) nounPhrases.push([form, english]);
      else if (!nouns.has(form) || (entity && !nouns.get(form)!.entity)) nouns.set(form, { english, entity });
    }
  };
  for (const word of kb.fieldWords)
    for (const name of word.synonyms[language]) addNoun(name, word.field.name.replaceAll('_', ' '), false);
  for (const entity of kb.entities)
    for (const name of entity.synonyms[language]) addNoun(name, entity.name.replaceAll('_', ' '), true);
  const phrases = [...entries.filter(([k]) => k.includes(' ') || k.includes("'")), ...nounPhrases]
    .sort((a, b) => b[0].length - a[0].length)
    .map(
      ([key, value]) =>
        [
          new RegExp(`(?<![\\p{L}\\d])${escape(key)}(?![\\p{L}\\d])`, 'gu'),
          ` ${value.replace(/(?<![\p{L}'-])(?=\p{L})/gu, done)} `,
        ] as const,
    );
  const lexicon: Lexicon = {
    phrases,
    words: new Map(entries.filter(([k]) => !k.includes(' ') && !k.includes("'"))),
    nouns,
  };
  lexicons.set(language, lexicon);
  return lexicon;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Short words that are also English, so they cannot tell a request's language. */
const sharedWithEnglish = new Set(
  'a an in on per pro so to do be die was war the and or is it as at me mi son sale'.split(' '),
);
const englishCues = new Set(
  'the a an and with each have has of for is are to many need want i we my our they their it'.split(' '),
);

/** The request's language: the one whose everyday words it uses most (English on a tie). */
export function detectLanguage(text: string): KbLanguage {
  const words = plain(text.slice(0, 5000)).match(/\p{L}+/gu) ?? [];
  const scores: Record<KbLanguage, number> = { en: 0, fr: 0, es: 0, de: 0 };
  for (const word of words) {
    if (englishCues.has(word)) scores.en++;
    for (const language of ['fr', 'es', 'de'] as const) {
      if (!sharedWithEnglish.has(word) && !englishCues.has(word) && grammarWordsOf(language).has(word))
        scores[language]++;
    }
  }
  let best: KbLanguage = 'en';
  for (const language of ['fr', 'es', 'de'] as const)
    if (scores[language] > scores[best] && scores[language] >= 2) best = language;
  return best;
}

/** Plural endings tried, in order, to find a foreign noun's dictionary form. */
const pluralEndings: Readonly<Record<ForeignLanguage, readonly string[]>> = {
  fr: ['x', 's'],
  es: ['s', 'es'],
  de: ['nen', 'en', 'er', 'e', 'n', 's'],
};

/**
 * Renders a French, Spanish or German request as English words the reader understands: phrases and
 * function words from grammar-words-data, nouns through the knowledge base's synonyms (German compounds
 * by their known last part). Words it does not know are kept, without accents.
 */
export function translate(text: string, language: ForeignLanguage): string {
  const lexicon = lexiconFor(language);
  let result = plain(text);
  for (const [pattern, replacement] of lexicon.phrases) result = result.replace(pattern, replacement);
  if (language !== 'de') result = compoundsInEnglishOrder(result, lexicon);
  // Words a phrase already rendered in English are English: "une api" → "an api", and "an" is not
  // then read as French for "year".
  return result
    .replace(/\p{L}[\p{L}'-]*/gu, (word, at: number, whole: string) =>
      whole[at - 1] === done ? word : translateWord(word, language, lexicon),
    )
    .replaceAll(done, '');
}

/** Marks a word as rendered; `clean` removes control characters from requests, so none is written. */
const done = '\u0001';

/**
 * French and Spanish build compounds as "head de modifier" ("date de retour", "hora de inicio");
 * English puts the modifier first ("return date"). Two content words joined by a bare "de" (no
 * article: "les livres de la bibliothèque" is a possessive) are swapped; function words never are.
 */
function compoundsInEnglishOrder(text: string, lexicon: Lexicon): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- \u0001 marks words already rendered in English
    /(?<![\p{L}\u0001'-])(\p{L}{3,}) de (\p{L}{3,})(?![\p{L}'-])/gu,
    (whole, head: string, modifier: string) =>
      lexicon.words.has(head) || lexicon.words.has(modifier) ? whole : `${modifier} ${head}`,
  );
}

function translateWord(word: string, language: ForeignLanguage, lexicon: Lexicon): string {
  const elided = /^([ldjnsmtc]|qu)'(.+)$/.exec(word);
  if (elided !== null && language === 'fr')
    return `${lexicon.words.get(`${elided[1]}'`) ?? ''} ${translateWord(elided[2]!, language, lexicon)}`;
  const grammar = lexicon.words.get(word);
  if (grammar !== undefined) return grammar;
  const noun = nounOf(word, language, lexicon);
  if (noun !== undefined) return noun;
  if (language === 'de' && word.length >= 6) {
    // A compound's last part carries its meaning: "fahrschuler" is a kind of "schuler".
    // Both parts are words of their own: "gehört" is not "geh" + "ort".
    for (let cut = 3; cut <= word.length - 4; cut++) {
      const head = nounOf(word.slice(cut), language, lexicon);
      if (head !== undefined) {
        const modifier = nounOf(word.slice(0, cut).replace(/(?:s|n|en|e)$/, ''), language, lexicon);
        return modifier !== undefined && !lexicon.nouns.get(word.slice(cut))?.entity
          ? `${modifier} ${head}`
          : head;
      }
    }
  }
  return word;
}

function nounOf(word: string, language: ForeignLanguage, lexicon: Lexicon): string | undefined {
  // A word spelled the same in English ("article", "hotel") keeps the request's own word.
  if (englishNouns().has(word)) return word;
  const exact = lexicon.nouns.get(word);
  if (exact !== undefined) return exact.english;
  // French nouns in -al make their plural in -aux ("animaux").
  const stems = pluralEndings[language]
    .filter((ending) => word.endsWith(ending) && word.length - ending.length >= 3)
    .map((ending) => word.slice(0, -ending.length));
  if (language === 'fr' && word.endsWith('aux')) stems.unshift(`${word.slice(0, -3)}al`);
  for (const stem of stems) {
    if (englishNouns().has(stem)) return pluralOf(stem);
    const found = lexicon.nouns.get(stem);
    if (found !== undefined) return found.entity ? pluralOf(found.english) : found.english;
  }
  return undefined;
}

let english: Set<string> | undefined;

/** English names of the knowledge base's entities and their synonyms, one word each. */
function englishNouns(): Set<string> {
  english ??= new Set(
    knowledgeBase()
      .entities.flatMap((e) => e.synonyms.en)
      .map((s) => s.split('/')[0]!)
      .filter((s) => !s.includes(' ')),
  );
  return english;
}

/**
 * The English plural of a resource name the planner made up (a translated or proposed noun); names
 * the request wrote keep the request's own plural. Irregular forms come from the knowledge base.
 */
export function pluralOf(singular: string): string {
  const words = singular.split(' ');
  const last = words.at(-1)!;
  const irregular = knowledgeBase().irregularPlural(last);
  const plural =
    irregular ??
    (/[^aeiou]y$/.test(last)
      ? `${last.slice(0, -1)}ies`
      : /(?:s|x|z|ch|sh)$/.test(last)
        ? `${last}es`
        : `${last}s`);
  return [...words.slice(0, -1), plural].join(' ');
}
