import { escapeRegExp } from './words.js';
import { grammarSource } from '../../knowledge/grammar-words-data.js';
import { knowledgeBase, type KbLanguage } from '../../knowledge/knowledge-base.js';
import {
  markAccentedA,
  numberOf,
  renderedMarker,
  rewriteConstructions,
  rewriteEnglish,
  toMarker,
} from './languages/constructions.js';
import {
  articles,
  copulas,
  firstPerson,
  modals,
  pluralDeterminers,
  pluralVerbs,
  singularDeterminers,
  wishes,
} from './languages/word-classes.js';
import {
  masculineForms,
  vocabularyOf,
  vocabularyPhrases,
  type VocabularyWord,
} from './languages/morphology.js';

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
  /**
   * Multi-word keys as one pattern, longest first, a group per key, and each group's English
   * replacement: one pass over the request instead of one per phrase keeps a warm plan fast.
   */
  readonly phrases: {
    readonly pattern: RegExp;
    readonly keys: readonly { readonly key: string; readonly english: string; readonly entity: boolean }[];
  };
  readonly words: ReadonlyMap<string, string>;
  /** Nouns (entity and field names) → English words, singular. */
  /** `plural`: the form is the irregular plural the data lists after a slash ("buch/bücher"). */
  readonly nouns: ReadonlyMap<string, { english: string; entity: boolean; plural?: boolean }>;
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
  const nouns = new Map<string, { english: string; entity: boolean; plural?: boolean }>();
  const nounPhrases: [string, string, boolean][] = [];
  const addNoun = (name: string, english: string, entity: boolean) => {
    // Requests reach translation with "e-mail" already spelt "email".
    for (const [i, form] of name
      .split('/')
      .map((f) => plain(f.trim()).replace(/\be-mail\b/g, 'email'))
      .entries()) {
      if (form === '') continue;
      if (form.includes(' ') || form.includes("'")) nounPhrases.push([form, english, entity]);
      else if (!nouns.has(form) || (entity && !nouns.get(form)!.entity))
        nouns.set(form, { english, entity, ...(i > 0 ? { plural: true } : {}) });
    }
  };
  for (const word of kb.fieldWords)
    for (const name of word.synonyms[language]) addNoun(name, word.field.name.replaceAll('_', ' '), false);
  for (const entity of kb.entities)
    for (const name of entity.synonyms[language]) addNoun(name, entity.name.replaceAll('_', ' '), true);
  for (const [phrase, english] of vocabularyPhrases(language))
    if (!nounPhrases.some(([known]) => known === phrase)) nounPhrases.push([phrase, english, false]);
  const sorted = [
    ...entries
      .filter(([k]) => k.includes(' ') || (k.includes("'") && !k.endsWith("'")))
      .map(([k, v]) => [k, v, false] as const),
    ...nounPhrases,
  ].sort((a, b) => b[0].length - a[0].length);
  const phrases = {
    pattern: new RegExp(
      `(?<![\\p{L}\\d])(?:${sorted.map(([key]) => `(${inflectable(key, language)})`).join('|')})(?![\\p{L}\\d])`,
      'gu',
    ),
    keys: sorted.map(([key, english, entity]) => ({ key, english, entity })),
  };
  const lexicon: Lexicon = {
    phrases,
    words: new Map(entries.filter(([k]) => !k.includes(' ') && (!k.includes("'") || k.endsWith("'")))),
    nouns,
  };
  lexicons.set(language, lexicon);
  return lexicon;
}

/**
 * A phrase's pattern with its words in any number: French and Spanish mark the plural on every noun
 * and adjective ("cours collectifs", "fechas de entrega"), German on the last word ("Startzeiten").
 */
function inflectable(phrase: string, language: ForeignLanguage): string {
  const words = phrase.split(' ');
  const plural = language === 'de' ? '(?:e|en|n|er|s)?' : '(?:s|x|es)?';
  // German written without umlauts spells them ae/oe/ue: "gehoert zu" is "gehört zu".
  const spelt = (word: string) =>
    language === 'de' ? escapeRegExp(word).replace(/[aou]/g, '$&e?') : escapeRegExp(word);
  return words
    .map((word, i) =>
      word.length >= 3 && !/'/.test(word) && (language !== 'de' || i === words.length - 1)
        ? `${spelt(word)}${plural}`
        : spelt(word),
    )
    .join(' ');
}

/**
 * Words that are also English, so they cannot tell a request's language: short ones, and column
 * modifiers such as "unique" that an English schema note may be the only words of.
 */
const sharedWithEnglish = new Set(
  'a an in on per pro so to do be die was war the and or is it as at me mi son sale no hay api backend todo optional six era unique'.split(
    ' ',
  ),
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
  // Few function words (a title, a JSON example): the language whose everyday nouns, adjectives and
  // verbs the request uses decides. Built only for such requests.
  // Words spelt the same in English ("total", "status") tell nothing.
  const foreign = Math.max(scores.fr, scores.es, scores.de);
  if (foreign >= 1 && foreign < 3 && scores.en < foreign)
    for (const language of ['fr', 'es', 'de'] as const) {
      if (scores[language] === 0) continue;
      const vocabulary = vocabularyOf(language);
      scores[language] += words.filter((word) => {
        const known = word.length >= 4 && !englishNouns().has(word) ? vocabulary.get(word) : undefined;
        return known !== undefined && !known.english.startsWith(word.slice(0, 4));
      }).length;
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
  // "-ern" is a dative plural ("von Mitgliedern"), tried before "-en".
  de: ['nen', 'ern', 'en', 'er', 'e', 'n', 's'],
};

/**
 * Renders a French, Spanish or German request as English words the reader understands: phrases and
 * function words from grammar-words-data, nouns through the knowledge base's synonyms, other words
 * through the general vocabulary (languages/vocabulary-data.ts) and their inflections, German
 * compounds by their parts, adjectives moved before their noun, and the constructions of
 * languages/constructions.ts. Words it does not know are kept, without accents.
 */
export function translate(text: string, language: ForeignLanguage): string {
  const lexicon = lexiconFor(language);
  let result = rewriteConstructions(plain(markAccentedA(text, language)), language);
  const { pattern, keys } = lexicon.phrases;
  result = result.replace(pattern, (matched: string, ...groups: unknown[]) => {
    const { key, english, entity } = keys[groups.findIndex((group) => typeof group === 'string')]!;
    // An entity named in the plural ("cours collectifs") stays plural in English.
    const rendered = entity && matched !== key ? pluralOf(english) : english;
    return ` ${rendered.replace(/(?<![\p{L}'-])(?=\p{L})/gu, done)} `;
  });
  if (language !== 'de') result = compoundsInEnglishOrder(numberOf(result, language), language, lexicon);
  result = countedNouns(result, language);
  // Words a phrase already rendered in English are English: "une api" → "an api", and "an" is not
  // then read as French for "year".
  result = result
    .replace(new RegExp(`(?<![\\p{L}'${done}])a${toMarker}`, 'gu'), `${done}to`)
    .replaceAll(toMarker, '')
    .replace(/\p{L}[\p{L}'-]*/gu, (word, at: number, whole: string) =>
      whole[at - 1] === done
        ? word
        : renderWord(word, previousWord(whole, at), nextWord(whole, at + word.length), language, lexicon),
    );
  if (language !== 'de') result = adjectivesBeforeNouns(result);
  return rewriteEnglish(
    result
      .replaceAll(done, '')
      .replaceAll(nounMark, '')
      .replaceAll(adjectiveMark, '')
      .replaceAll(joiner, ' '),
  );
}

const done = renderedMarker;
/** Mark a rendered noun and a rendered adjective, so French and Spanish word order can be turned. */
const nounMark = '\u0003';
const adjectiveMark = '\u0004';
/** Joins a several-word English adjective ("real estate") while word order is turned. */
const joiner = '\u0005';

function nextWord(text: string, at: number): string {
  return /^[^\p{L}.;:!?]*([\p{L}'-]+)/u.exec(text.slice(at, at + 40))?.[1] ?? '';
}

/** The word before, with the rendered marker if it is already English ("an" the article, not German "an"). */
function previousWord(text: string, at: number): string {
  // eslint-disable-next-line no-control-regex -- \u0001 marks words already rendered in English
  return /(\u0001?[\p{L}'-]+)[^\p{L}\u0001]*$/u.exec(text.slice(Math.max(0, at - 40), at))?.[1] ?? '';
}

const signs = new Set(['positive', 'negative']);

/** French and Spanish put most adjectives after their noun ("budget mensuel"); English before it. */
function adjectivesBeforeNouns(text: string): string {
  return text.replace(
    // Not inside a list of values: "niveau débutant/intermédiaire/avancé" keeps its order.
    new RegExp(`${nounMark}([\\p{L}'-]+) ${adjectiveMark}([\\p{L}${joiner}-]+)(?![/\\p{L}])`, 'gu'),
    (_whole, noun: string, adjective: string) =>
      // A sign is a constraint the reader takes in brackets: "un precio positivo" → "a price (positive)".
      signs.has(adjective) ? `${noun} (${adjective})` : `${adjective} ${noun}`,
  );
}

/**
 * French and Spanish build compounds as "head de modifier" ("date de retour", "hora de inicio",
 * "ville d'arrivée"); English puts the modifier first ("return date"). Two content words joined by a
 * bare "de" (no article: "les livres de la bibliothèque" is a possessive) are swapped; function words
 * never are.
 */
function compoundsInEnglishOrder(text: string, language: ForeignLanguage, lexicon: Lexicon): string {
  return text
    .replace(
      // A snake_case name written the same way ("fecha_entrega", "date_de_retour") is turned too.
      /(?<![\p{L}\d_])(\p{L}{3,})_(?:de_|d_)?(\p{L}{3,})(?![\p{L}\d_])/gu,
      (whole, head: string, modifier: string) =>
        lexicon.words.has(head) || lexicon.words.has(modifier) ? whole : `${modifier}_${head}`,
    )
    .replace(
      // A head after an elided article counts ("l'heure d'arrivée"); one inside a word does not.
      // eslint-disable-next-line no-control-regex -- \u0001 marks words already rendered in English
      /(?<![\p{L}\u0001-])(\p{L}{3,}) (?:de |d')(\p{L}{3,})(?![\p{L}'-])/gu,
      (whole, head: string, modifier: string, at: number, text: string) =>
        lexicon.words.has(head) || lexicon.words.has(modifier)
          ? whole
          : `${text[at - 1] === "'" ? ' ' : ''}${asModifier(modifier, language)} ${head}`,
    );
}

/**
 * What "nombre de", "número de" or "Anzahl der" counts is a plain noun: "nombre de places" are seats,
 * not the field "capacity" the knowledge base names "places".
 */
function countedNouns(text: string, language: ForeignLanguage): string {
  return text.replace(
    new RegExp(`(${done}number\\s+${done}of\\s+)(\\p{L}+)`, 'gu'),
    (whole, counted: string, noun: string) => {
      const known = vocabularyWord(noun, language);
      return known?.pos === 'noun' ? `${counted}${done}${pluralOf(known.english)}` : whole;
    },
  );
}

/**
 * A compound's modifier in its plain sense: in "année de publication" the publication is not a
 * blog post, whatever the knowledge base calls a "publication" on its own.
 */
function asModifier(word: string, language: ForeignLanguage): string {
  const known = vocabularyWord(word, language);
  return known !== undefined && known.pos !== 'verb'
    ? known.english
        .split(' ')
        .map((w) => `${done}${w}`)
        .join(' ')
    : word;
}

/** One word in English, marked as a noun or an adjective where word order may need turning. */
function renderWord(
  word: string,
  previous: string,
  next: string,
  language: ForeignLanguage,
  lexicon: Lexicon,
): string {
  const contracted = ofOrToAfterNoun(word, previous, next, language, lexicon);
  if (contracted !== undefined) return contracted;
  const grammar = lexicon.words.get(word);
  if (grammar !== undefined) return grammar;
  // After a modal comes an infinitive: "möchte … planen" is to plan, not plans.
  if (modals[language].has(previous)) {
    const verb = vocabularyWord(word, language);
    if (verb?.pos === 'verb')
      return `${wishes.has(previous.replace(renderedMarker, '')) ? 'to ' : ''}${verb.english}`;
  }
  const number =
    pluralDeterminers[language].has(previous) ||
    pluralVerbs[language].has(next) ||
    sameInPluralAfterDie(word, previous, language)
      ? true
      : singularDeterminers[language].has(previous)
        ? false
        : undefined;
  const afterDeterminer =
    pluralDeterminers[language].has(previous) ||
    singularDeterminers[language].has(previous) ||
    articles[language].has(previous);
  const entry = nounEntry(word, language, lexicon, afterDeterminer);
  if (entry !== undefined) {
    const plural = entry.entity && (number ?? entry.plural);
    return entry.english === word && !plural
      ? `${nounMark}${word}`
      : markNoun(plural ? pluralOf(entry.english) : entry.english);
  }
  const rendered = translateWord(word, language, lexicon);
  if (rendered !== undefined) return rendered === word ? `${nounMark}${word}` : markNoun(rendered);
  const known = vocabularyWord(word, language);
  // "die Imker": a word no vocabulary knows, plural by its article, is written with an English -s so
  // that the reader sees a plural noun.
  if (known === undefined) return `${nounMark}${word}${number === true && word.endsWith('er') ? 's' : ''}`;
  if (known.pos === 'noun')
    return markNoun((number ?? known.plural === true) ? pluralOf(known.english) : known.english);
  // An adjective between a determiner and a verb or a comma stands for a noun: "les courts ont
  // un numéro" are tennis courts, not "the short"; "une petite association" stays an adjective.
  if (known.pos === 'adjective' && afterDeterminer && (next === '' || lexicon.words.has(next)))
    return `${nounMark}${word}`;
  if (known.pos === 'adjective') return `${adjectiveMark}${known.english.replaceAll(' ', joiner)}`;
  if (copulas.has(previous) || known.isParticiple === true) return known.participle!;
  // Spanish passive with "se": "se agrupan en categorías" → "are grouped in categories".
  if (language === 'es' && previous === 'se')
    return `${word.endsWith('n') ? 'are' : 'is'} ${known.participle!}`;
  return known.third === true && !firstPerson.has(previous) ? thirdPerson(known.english) : known.english;
}

/**
 * Between two nouns a French "des" is "de les" ("les réservations des membres" → of the members),
 * not the plural article "some", and a Spanish "a" is the preposition ("reservas de socios a clases"
 * → to classes), not the English article its spelling suggests.
 */
function ofOrToAfterNoun(
  word: string,
  previous: string,
  next: string,
  language: ForeignLanguage,
  lexicon: Lexicon,
): string | undefined {
  if (!((language === 'fr' && word === 'des') || (language === 'es' && word === 'a'))) return undefined;
  const isNoun = (w: string) =>
    w !== '' &&
    (nounEntry(w, language, lexicon) !== undefined || vocabularyWord(w, language)?.pos === 'noun');
  if (!isNoun(previous)) return undefined;
  if (language === 'fr') return 'of the';
  return isNoun(next) || articles.es.has(next) ? 'to' : undefined;
}

/**
 * A German noun in -er, -el, -en, -chen or -lein is the same in the plural, and such nouns are
 * masculine or neuter, so after "die" it is plural: "die Lehrer, die Schüler" are teachers and students.
 */
function sameInPluralAfterDie(word: string, previous: string, language: ForeignLanguage): boolean {
  return language === 'de' && previous === 'die' && /(?:er|el|en|chen|lein)$/.test(word);
}

/** "link" → "links", "teach" → "teaches", "carry" → "carries", "take part" → "takes part". */
function thirdPerson(base: string): string {
  const [verb, ...rest] = base.split(' ');
  const third =
    verb === 'have'
      ? 'has'
      : /(?:s|x|z|ch|sh|o)$/.test(verb!)
        ? `${verb}es`
        : /[^aeiou]y$/.test(verb!)
          ? `${verb!.slice(0, -1)}ies`
          : `${verb}s`;
  return [third, ...rest].join(' ');
}

const markNoun = (english: string) => (english.includes(' ') ? english : `${nounMark}${english}`);

/** A general-vocabulary word, German spellings without umlauts ("fuer" for "für") included. */
function vocabularyWord(word: string, language: ForeignLanguage): VocabularyWord | undefined {
  const vocabulary = vocabularyOf(language);
  const found = vocabulary.get(word);
  if (found !== undefined) return found;
  if (language === 'de') return vocabulary.get(withoutUmlautSpelling(word));
  // A Spanish infinitive with its pronoun attached: "inscribirse", "registrarlo".
  const clitic = language === 'es' ? /^(.{3,}[aei]r)(?:se|me|te|nos|lo|la|los|las|le|les)$/.exec(word) : null;
  return clitic !== null ? vocabulary.get(clitic[1]!) : undefined;
}

/** German written without umlauts spells them ae/oe/ue; `plain` drops the umlaut: "fuer" → "fur". */
const withoutUmlautSpelling = (word: string) => word.replace(/([aou])e/g, '$1');

/** The word's English rendering from grammar and knowledge-base nouns; undefined where neither knows it. */
function translateWord(word: string, language: ForeignLanguage, lexicon: Lexicon): string | undefined {
  const elided = /^([ldjnsmtc]|qu)'(.+)$/.exec(word);
  if (elided !== null && language === 'fr') {
    const rest = elided[2]!;
    return `${lexicon.words.get(`${elided[1]}'`) ?? ''} ${translateWord(rest, language, lexicon) ?? vocabularyWord(rest, language)?.english ?? rest}`;
  }
  const grammar = lexicon.words.get(word);
  if (grammar !== undefined) return grammar;
  const noun = nounOf(word, language, lexicon);
  if (noun !== undefined) return noun;
  if (language === 'de') {
    const respelled = withoutUmlautSpelling(word);
    if (respelled !== word) {
      const found = lexicon.words.get(respelled) ?? nounOf(respelled, language, lexicon);
      if (found !== undefined) return found;
    }
    if (word.length >= 6 && vocabularyWord(word, language) === undefined) {
      // A feminine compound is read by its masculine: "Erzieherinnen" is not "Erzieher" + "inns";
      // "-innen" is its plural.
      const masculine = /.{4}in(?:nen)?$/.test(word) ? word.replace(/in(?:nen)?$/, '') : undefined;
      const number = (english: string | undefined) =>
        english !== undefined && word.endsWith('innen') ? pluralOf(english) : english;
      const known = masculine !== undefined ? vocabularyWord(masculine, language) : undefined;
      if (known?.pos === 'noun') return number(known.english);
      if (masculine !== undefined) return number(compound(masculine, lexicon)) ?? compound(word, lexicon);
      return compound(word, lexicon);
    }
  }
  return undefined;
}

/**
 * A German compound's last part carries its meaning: "fahrschuler" is a kind of "schuler". Both parts
 * are words of their own ("gehört" is not "geh" + "ort"); the first may end in a linking -s-, -es-,
 * -n-, -en- or -e- ("Tagespreis" is "Tag" + "Preis").
 */
function compound(word: string, lexicon: Lexicon): string | undefined {
  for (let cut = 3; cut <= word.length - 3; cut++) {
    const rest = word.slice(cut);
    const head = nounOf(rest, 'de', lexicon) ?? vocabularyNoun(rest);
    if (head === undefined) continue;
    const first = word.slice(0, cut);
    const modifier = modifierForms(first)
      // The plain word first: as a modifier "Ende" is "end", not the field "end date".
      .map((m) => vocabularyNoun(m) ?? vocabularyAdjective(m) ?? nounOf(m, 'de', lexicon) ?? verbStem(m))
      .find((m) => m !== undefined);
    // A three-letter last part only beside a known first part: "Behandlungs-art", not "geh-ort".
    if (rest.length === 3 && modifier === undefined) continue;
    if (modifier !== undefined && !lexicon.nouns.get(rest)?.entity) return `${modifier} ${head}`;
    if (modifier !== undefined || lexicon.nouns.has(rest) || rest.length >= 5) return head;
  }
  return undefined;
}

/**
 * What a compound's first part may be in the dictionary: itself, without a linking element
 * ("Tages-" → "Tag"), with the -e it drops ("End-" → "Ende").
 */
function modifierForms(first: string): string[] {
  const trimmed = ['s', 'es', 'n', 'en', 'e', 'er']
    .filter((l) => first.endsWith(l))
    .map((l) => first.slice(0, -l.length));
  return [first, ...trimmed, `${first}e`];
}

/** A verb stem as a compound's first part: "Bestell-datum" is an order date, "Wohn-fläche" a living area. */
function verbStem(stem: string): string | undefined {
  const found = vocabularyWord(`${stem}en`, 'de') ?? vocabularyWord(`${stem}n`, 'de');
  return found?.pos === 'verb' ? found.english.replaceAll(' ', '') : undefined;
}

function vocabularyNoun(word: string): string | undefined {
  const found = vocabularyWord(word, 'de');
  return found?.pos === 'noun' ? found.english : undefined;
}

function vocabularyAdjective(word: string): string | undefined {
  const found = vocabularyWord(word, 'de');
  return found?.pos === 'adjective' ? found.english : undefined;
}

function nounOf(word: string, language: ForeignLanguage, lexicon: Lexicon): string | undefined {
  const entry = nounEntry(word, language, lexicon);
  if (entry === undefined) return undefined;
  return entry.plural && entry.entity ? pluralOf(entry.english) : entry.english;
}

interface NounEntry {
  readonly english: string;
  readonly entity: boolean;
  /** The request's word is a plural form. */
  readonly plural: boolean;
}

function nounEntry(
  word: string,
  language: ForeignLanguage,
  lexicon: Lexicon,
  afterDeterminer = false,
): NounEntry | undefined {
  // A word spelled the same in English ("article", "hotel") keeps the request's own word, except a
  // German noun the knowledge base names ("Tier" is an animal, not a tier; "Tag" a day, not a label),
  // and a French or Spanish false friend: a word the knowledge base gives this language for one entity
  // only and English for another (French "chat" is a cat, not a conversation; "client" stays a client,
  // and "article", an item or a product in French, stays an article).
  const own = lexicon.nouns.get(word);
  if (own !== undefined && (language === 'de' || (own.entity && falseFriend(word, own.english, language))))
    return { ...own, plural: own.plural === true };
  if (englishNouns().has(word)) return { english: word, entity: true, plural: false };
  if (own !== undefined) return { ...own, plural: own.plural === true };
  // French nouns in -al make their plural in -aux ("animaux").
  const stems = pluralEndings[language]
    .filter((ending) => word.endsWith(ending) && word.length - ending.length >= 3)
    .map((ending) => word.slice(0, -ending.length));
  if (language === 'fr' && word.endsWith('aux')) stems.unshift(`${word.slice(0, -3)}al`);
  for (const stem of stems) {
    if (language === 'de' && lexicon.nouns.get(stem)?.entity === true)
      return { ...lexicon.nouns.get(stem)!, plural: true };
    const found = lexicon.nouns.get(stem);
    if (found?.entity === true && falseFriend(stem, found.english, language))
      return { ...found, plural: true };
    if (englishNouns().has(stem)) return { english: stem, entity: true, plural: true };
    if (found !== undefined) return { ...found, plural: true };
  }
  // The knowledge base lists the masculine: "cliente", "profesora" and "Lehrerin" are found by it.
  // French and Spanish singulars only after a determiner, where a verb cannot stand ("juega" is no
  // "juego"); plurals ("clientas") anywhere.
  const forms = [
    ...(language === 'de' || afterDeterminer ? [[word, false] as const] : []),
    ...stems.map((stem) => [stem, true] as const),
  ];
  for (const [form, plural] of forms)
    for (const masculine of masculineForms(form, language)) {
      const found = lexicon.nouns.get(masculine);
      if (found?.entity === true) return { ...found, plural: plural || form.endsWith('innen') };
    }
  return undefined;
}

/**
 * Whether a word the knowledge base gives `language` for `entity` alone is, in English, the name of
 * another entity.
 */
function falseFriend(word: string, entity: string, language: ForeignLanguage): boolean {
  const named = englishEntities().get(word);
  if (named === undefined || named === entity) return false;
  const senses = knowledgeBase().entities.filter((e) =>
    e.synonyms[language].some((s) => plain(s.split('/')[0]!) === word),
  );
  return senses.length === 1;
}

let englishEntity: Map<string, string> | undefined;

/** The entity each one-word English name or synonym of the knowledge base stands for. */
function englishEntities(): Map<string, string> {
  if (englishEntity === undefined) {
    englishEntity = new Map();
    for (const entity of knowledgeBase().entities)
      for (const synonym of entity.synonyms.en) {
        const name = synonym.split('/')[0]!;
        if (!name.includes(' ') && !englishEntity.has(name))
          englishEntity.set(name, entity.name.replaceAll('_', ' '));
      }
  }
  return englishEntity;
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
