import { knowledgeBase } from '../../../knowledge/knowledge-base.js';
import { domainNouns } from './domain-nouns-data.js';
import { vocabularySource } from './vocabulary-data.js';

export type VocabularyLanguage = 'fr' | 'es' | 'de';

/** What a word of the general vocabulary is, and how it reads in English. */
export interface VocabularyWord {
  readonly pos: 'noun' | 'adjective' | 'verb';
  readonly english: string;
  /** A verb's English participle ("managed"), read after a copula: "est géré" → "is managed". */
  readonly participle?: string;
  /** A verb's third person singular ("gère", "verbindet"): English adds -s ("manages"). */
  readonly third?: boolean;
  /** A noun's plural form ("randonnées"). */
  readonly plural?: boolean;
  /** The form is a past participle of its verb (French -é, Spanish -ado/-ido, German ge-…-t). */
  readonly isParticiple?: boolean;
}

/**
 * Inflected forms of French, Spanish and German dictionary words: plurals of nouns, gender and number
 * of adjectives, present tense and past participles of verbs. Regular patterns only; irregular verb
 * forms are listed in the vocabulary data itself.
 */
export function nounForms(lemma: string, language: VocabularyLanguage): string[] {
  // An irregular plural is written after the singular: "travail/travaux", "museum/museen".
  const [singular, irregularPlural] = lemma.split('/') as [string, string | undefined];
  if (irregularPlural !== undefined)
    // A German dative plural adds -n ("den Kindern") unless the plural ends in -n or -s.
    return language === 'de' && !/[ns]$/.test(irregularPlural)
      ? [singular, irregularPlural, `${irregularPlural}n`]
      : [singular, irregularPlural];
  const [first, ...rest] = lemma.split(' ');
  const tail = rest.length > 0 ? ` ${rest.join(' ')}` : '';
  const plurals: string[] = [];
  const w = first!;
  if (language === 'fr') {
    if (/(?:eau|eu)$/.test(w)) plurals.push(`${w}x`);
    if (/al$/.test(w)) plurals.push(`${w.slice(0, -2)}aux`);
    if (!/[sxz]$/.test(w)) plurals.push(`${w}s`);
  } else if (language === 'es') {
    if (/z$/.test(w)) plurals.push(`${w.slice(0, -1)}ces`);
    else if (/[aeiou]$/.test(w)) plurals.push(`${w}s`);
    else if (!/s$/.test(w)) plurals.push(`${w}es`);
  } else {
    plurals.push(`${w}e`, `${w}en`, `${w}n`, `${w}er`, `${w}s`, `${w}nen`, `${w}es`);
  }
  return [lemma, ...plurals.map((p) => `${p}${tail}`)];
}

/** Feminine noun endings and the masculine ones a dictionary lists, in the order tried. */
const feminineEndings: Readonly<Record<VocabularyLanguage, readonly (readonly [string, string])[]>> = {
  fr: [
    ['euse', 'eur'],
    ['rice', 'eur'],
    ['iere', 'ier'],
    ['enne', 'en'],
    ['onne', 'on'],
    ['ette', 'et'],
    ['ve', 'f'],
    ['e', ''],
  ],
  es: [
    ['ora', 'or'],
    ['a', 'o'],
    ['a', 'e'],
    ['a', ''],
  ],
  de: [
    ['innen', ''],
    ['innen', 'e'],
    ['in', ''],
    ['in', 'e'],
  ],
};

/** The masculine forms a feminine noun may have: "vendeuse" → "vendeur", "Kundin" → "Kunde". */
export function masculineForms(word: string, language: VocabularyLanguage): string[] {
  return feminineEndings[language]
    .filter(([feminine]) => word.endsWith(feminine) && word.length - feminine.length >= 3)
    .map(([feminine, masculine]) => `${word.slice(0, -feminine.length)}${masculine}`);
}

export function adjectiveForms(lemma: string, language: VocabularyLanguage): string[] {
  if (lemma.includes(' ')) return [lemma];
  const forms = new Set([lemma]);
  const add = (...fs: string[]) => fs.forEach((f) => forms.add(f));
  if (language === 'fr') {
    let feminine = `${lemma}e`;
    if (lemma.endsWith('e')) feminine = lemma;
    else if (lemma.endsWith('if')) feminine = `${lemma.slice(0, -1)}ve`;
    else if (lemma.endsWith('eux')) feminine = `${lemma.slice(0, -1)}se`;
    else if (/(?:el|en|on|et)$/.test(lemma)) feminine = `${lemma}${lemma.at(-1)}e`;
    else if (lemma.endsWith('er')) feminine = `${lemma.slice(0, -2)}ere`;
    else if (lemma.endsWith('c')) feminine = `${lemma}que`;
    add(feminine, `${feminine}s`);
    if (lemma.endsWith('al')) add(`${lemma.slice(0, -2)}aux`);
    else if (!/[sx]$/.test(lemma)) add(`${lemma}s`);
  } else if (language === 'es') {
    if (lemma.endsWith('o')) add(`${lemma.slice(0, -1)}a`, `${lemma}s`, `${lemma.slice(0, -1)}as`);
    else if (/[aeiou]$/.test(lemma)) add(`${lemma}s`);
    else add(`${lemma}es`);
  } else {
    for (const ending of ['e', 'en', 'er', 'es', 'em']) add(`${lemma}${ending}`);
  }
  return [...forms];
}

/** Present-tense forms (read as the English base) and past participles of a regular verb. */
export function verbForms(
  infinitive: string,
  language: VocabularyLanguage,
): { finite: string[]; third: string[]; participles: string[] } {
  if (language === 'fr') {
    const stem = infinitive.slice(0, -2);
    if (infinitive.endsWith('er'))
      return {
        finite: [infinitive, ...['es', 'ent', 'ons', 'ez', 'ait', 'aient'].map((e) => stem + e)],
        third: [`${stem}e`],
        participles: ['e', 'ee', 'es', 'ees'].map((e) => stem + e),
      };
    if (infinitive.endsWith('ir'))
      return {
        finite: [infinitive, ...['is', 'issent', 'issons'].map((e) => stem + e)],
        third: [`${stem}it`],
        participles: ['i', 'ie', 'is', 'ies'].map((e) => stem + e),
      };
    return { finite: [infinitive], third: [], participles: [] };
  }
  if (language === 'es') {
    const stem = infinitive.slice(0, -2);
    if (infinitive.endsWith('ar'))
      return {
        finite: [infinitive, ...['o', 'as', 'amos', 'an', 'ando'].map((e) => stem + e)],
        third: [`${stem}a`],
        participles: ['ado', 'ada', 'ados', 'adas'].map((e) => stem + e),
      };
    const vowel = infinitive.endsWith('ir') ? 'i' : 'e';
    return {
      finite: [infinitive, ...['o', 'es', `${vowel}mos`, 'en', 'iendo'].map((e) => stem + e)],
      third: [`${stem}e`],
      participles: ['ido', 'ida', 'idos', 'idas'].map((e) => stem + e),
    };
  }
  const stem = infinitive.replace(/e?n$/, '');
  const finite = [infinitive, ...['e', 'st', 'te', 'ten'].map((e) => stem + e)];
  const third = [`${stem}${/[td]$/.test(stem) ? 'et' : 't'}`];
  // Verbs with an unstressed prefix take no ge- ("verwaltet"); the others do ("gespeichert").
  // A stem ending in -t or -d takes -et ("verwaltet"); a separable prefix comes before ge-
  // ("ablehnen" → "abgelehnt"); an unstressed one takes no ge- ("verwaltet").
  const ending = /[td]$/.test(stem) ? 'et' : 't';
  const separable = /^(?:zuruck|teil|fest|weg|auf|aus|ein|mit|vor|hin|her|los|an|ab|zu)(?=\p{L}{4})/u.exec(
    stem,
  )?.[0];
  const participles =
    separable !== undefined
      ? [`${separable}ge${stem.slice(separable.length)}${ending}`]
      : /^(?:be|ver|er|ent|zer|ge|emp|miss)/.test(stem) || stem.endsWith('ier')
        ? [`${stem}${ending}`]
        : [`ge${stem}${ending}`];
  return { finite, third, participles };
}

/** How an irregular third person singular ends: "appartient", "juega", "gibt". */
const irregularThird: Readonly<Record<VocabularyLanguage, RegExp>> = {
  fr: /[^s]t$|[^ée]e$/,
  es: /[^n][ae]$/,
  de: /^(?!ge).+t$/,
};

/**
 * How an irregular past participle ends: "prévu", "ouvert"; "devuelto", "hecho"; "angenommen",
 * "abgelehnt". A French form that is also a third person ("inscrit") reads as finite unless a copula
 * precedes it.
 */
const irregularParticiple: Readonly<Record<VocabularyLanguage, RegExp>> = {
  fr: /(?:u|ue|us|ues|i|ie|is|ies|it|ite|its|ites|ert|erte|erts|ertes)$/,
  es: /(?:ad|id|t|ch)(?:o|a|os|as)$/,
  de: /^(?:zuruck|teil|fest|weg|auf|aus|ein|mit|vor|hin|her|los|an|ab|zu)?ge\p{L}{3,}(?:t|en)$/u,
};

const vocabularies = new Map<VocabularyLanguage, ReadonlyMap<string, VocabularyWord>>();

function entries(source: string): [string, string][] {
  return source
    .split(';')
    .map((pair) => pair.trim())
    .filter((pair) => pair.includes('='))
    .map((pair) => {
      const [key, value] = pair.split('=');
      return [key!.trim(), value!.trim()];
    });
}

/**
 * Every inflected form of the language's general vocabulary, built on first use (a request in that
 * language), so English requests never pay for it. The first meaning listed wins a shared form.
 */
export function vocabularyOf(language: VocabularyLanguage): ReadonlyMap<string, VocabularyWord> {
  const cached = vocabularies.get(language);
  if (cached !== undefined) return cached;
  const words = new Map<string, VocabularyWord>();
  const add = (form: string, word: VocabularyWord) => {
    if (!words.has(form)) words.set(form, word);
  };
  const source = vocabularySource[language];
  // A plural the rules derive never hides a verb's infinitive: German "Spielen" is rarer than "spielen".
  const infinitives = new Set(entries(source.verbs).map(([key]) => key.split('|')[0]!));
  const addNoun = (lemma: string, english: string) => {
    for (const [i, form] of nounForms(lemma, language).entries())
      if (i === 0 || !infinitives.has(form))
        add(form, { pos: 'noun', english, ...(i > 0 ? { plural: true } : {}) });
  };
  for (const [lemma, english] of [...knowledgeNouns(language), ...entries(source.nouns)])
    addNoun(lemma, english);
  // The glossary and the domains' cues fill gaps: a word the knowledge base names an entity or a
  // field with keeps the base's sense, also where it modifies another noun ("cours en ligne" are
  // courses, not yards).
  const known = knowledgeWords(language);
  const unknown = (lemma: string) => !nounForms(lemma, language).some((form) => known.has(form));
  for (const [lemma, english] of entries(domainNouns[language])) if (unknown(lemma)) addNoun(lemma, english);
  if (language === 'de')
    for (const [cue, english] of domainCues(language, words))
      if (
        !cue.includes(' ') &&
        cue.length >= 9 &&
        !words.has(cue) &&
        unknown(cue) &&
        !inflectsKnown(cue, known)
      )
        addNoun(cue, english);
  for (const [lemma, english] of entries(source.adjectives))
    for (const form of adjectiveForms(lemma, language)) add(form, { pos: 'adjective', english });
  for (const [key, meaning] of entries(source.verbs)) {
    const [infinitive, ...irregular] = key.split('|');
    const [base, participleWord] = meaning.split('/') as [string, string | undefined];
    const participle = participleWord ?? regularParticiple(base);
    const { finite, third, participles } = verbForms(infinitive!, language);
    // A form that is both ("gère" and "géré" are both "gere" without accents) reads as finite; a
    // copula before it makes it a participle.
    const isThird = (f: string) => irregularThird[language].test(f);
    const isParticiple = (f: string) =>
      irregularParticiple[language].test(f) && (language !== 'fr' || !isThird(f));
    for (const form of irregular.filter(isParticiple))
      add(form, { pos: 'verb', english: base, participle, isParticiple: true });
    for (const form of [...third, ...irregular.filter(isThird)])
      add(form, { pos: 'verb', english: base, participle, third: true });
    for (const form of [...finite, ...irregular]) add(form, { pos: 'verb', english: base, participle });
    for (const form of participles) add(form, { pos: 'verb', english: base, participle, isParticiple: true });
  }
  vocabularies.set(language, words);
  return words;
}

/** The vocabulary's entries of several words ("code postal", "jour de la semaine"), read as phrases. */
export function vocabularyPhrases(language: VocabularyLanguage): [string, string][] {
  const source = vocabularySource[language];
  const phrases = [
    ...knowledgeNouns(language),
    ...entries(source.nouns),
    ...entries(domainNouns[language]),
    ...entries(source.adjectives),
  ].filter(([lemma]) => lemma.includes(' '));
  return phrases;
}

/**
 * The domains' cues of several words in the language ("atelier vélo", "salle de sport") with the
 * English cue each reads as, except those the vocabulary or the knowledge base already reads as a
 * phrase; longest first. Read by constructions.ts before the words are looked up.
 */
export function domainCuePhrases(language: VocabularyLanguage): readonly (readonly [string, string])[] {
  const cached = cuePhrases.get(language);
  if (cached !== undefined) return cached;
  const known = new Set([
    ...vocabularyPhrases(language).map(([phrase]) => phrase),
    ...knowledgeWords(language),
  ]);
  const found = domainCues(language, vocabularyOf(language))
    .filter(([cue]) => cue.includes(' ') && !known.has(cue))
    .sort(([a], [b]) => b.length - a.length);
  cuePhrases.set(language, found);
  return found;
}

const cuePhrases = new Map<VocabularyLanguage, readonly (readonly [string, string])[]>();

/**
 * A domain's cue in the request's language ("atelier vélo", "Fahrradwerkstatt") reads as a unit, as
 * the domain's first English cue ("bike repair"): word by word it would name other things ("workshop
 * bike", "bicycle workshop"), and the planner knows what a competent engineer proposes for the English
 * cue. A cue of one word is an ordinary noun that keeps its own meaning ("Werkstatt" is a workshop),
 * unless it is a German compound no entry of the vocabulary covers.
 */
function domainCues(
  language: VocabularyLanguage,
  words: ReadonlyMap<string, VocabularyWord>,
): [string, string][] {
  return knowledgeBase().domains.flatMap((domain) =>
    domain.cues[language].flatMap((written): [string, string][] => {
      const cue = plainForm(written);
      const english = closestCue(cue, domain.cues.en, words);
      return english === undefined ? [] : [[cue, english]];
    }),
  );
}

/**
 * The English cue that shares the most words with the cue's word-by-word reading ("atelier vélo" is a
 * "bicycle repair" rather than the domain's first cue), the first cue where none shares a word; none
 * where the word-by-word reading already holds every word of an English cue ("clínica dental" reads
 * "dental clinic" as it is).
 */
function closestCue(
  cue: string,
  englishCues: readonly string[],
  words: ReadonlyMap<string, VocabularyWord>,
): string | undefined {
  const gloss = new Set(
    cue
      .split(' ')
      .flatMap((word) => [word, ...compoundParts(word, words)])
      .flatMap((word) => words.get(word)?.english.split(' ') ?? []),
  );
  let best = englishCues[0];
  let bestShared = 0;
  for (const english of englishCues) {
    const englishWords = english.split(' ');
    const shared = englishWords.filter((word) => gloss.has(word)).length;
    if (shared === englishWords.length) return undefined;
    if (shared > bestShared) [best, bestShared] = [english, shared];
  }
  return best;
}

/**
 * The knowledge base's foreign synonyms that keep a meaning of their own ("reserva" is a reservation,
 * "maison" a house): read as that English word, which the knowledge base then completes, so a
 * request's resources keep the user's word rather than the entity's canonical name.
 */
function knowledgeNouns(language: VocabularyLanguage): [string, string][] {
  return knowledgeBase()
    .translations(language)
    .map(({ form, english }) => [plainForm(form), english]);
}

/**
 * The two dictionary words a German compound is made of, its first part with or without a linking
 * -s-, -es-, -n-, -en- or -e- ("Sport-verein", "Hunde-pension"); none where no cut gives two words.
 */
function compoundParts(word: string, words: ReadonlyMap<string, VocabularyWord>): string[] {
  for (let cut = 3; cut <= word.length - 3; cut++) {
    const [first, rest] = [word.slice(0, cut), word.slice(cut)];
    if (!words.has(rest)) continue;
    const head = [
      first,
      ...['s', 'es', 'n', 'en', 'e'].filter((l) => first.endsWith(l)).map((l) => first.slice(0, -l.length)),
    ].find((f) => words.has(f));
    if (head !== undefined) return [head, rest];
  }
  return [];
}

/** Whether a German cue is a plural or case form of a word the knowledge base knows ("Auftritte"). */
function inflectsKnown(cue: string, known: ReadonlySet<string>): boolean {
  return ['e', 'n', 'en', 'er', 's', 'es', 'nen'].some(
    (ending) => cue.endsWith(ending) && known.has(cue.slice(0, -ending.length)),
  );
}

/** The words the knowledge base names its entities and fields with in the language, in the data's spelling. */
function knowledgeWords(language: VocabularyLanguage): ReadonlySet<string> {
  const kb = knowledgeBase();
  return new Set(
    [...kb.entities, ...kb.fieldWords]
      .flatMap((item) => item.synonyms[language])
      .flatMap((synonym) => plainForm(synonym).split('/')),
  );
}

/** The data's spelling of a form: lower case, without accents (ß as ss), as requests are compared. */
const plainForm = (text: string) =>
  text
    .toLowerCase()
    .replaceAll('ß', 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

/** "manage" → "managed", "plan" is listed with its own participle in the data. */
function regularParticiple(base: string): string {
  const last = base.split(' ').at(-1)!;
  const head = base.slice(0, base.length - last.length);
  if (last.endsWith('e')) return `${head}${last}d`;
  if (/[^aeiou]y$/.test(last)) return `${head}${last.slice(0, -1)}ied`;
  return `${head}${last}ed`;
}
