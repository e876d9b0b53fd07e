/**
 * Small closed classes of French, Spanish and German words that decide how the word after them reads:
 * a participle after a copula, a noun's number after a determiner or before a plural verb, an
 * infinitive after a modal, a base form after a first person subject. Keys are lower case without
 * accents, as the planner compares words.
 */
import { renderedMarker } from './constructions.js';
import type { VocabularyLanguage as Language } from './morphology.js';

/** Copulas after which a French, Spanish or German participle reads as an English one. */
export const copulas = new Set(
  'est sont etre ete etait es son ser sido estar esta estan fue fueron ist sind wird werden wurde wurden'.split(
    ' ',
  ),
);

// Each set lists the language's own words and, marked as rendered, English ones: a phrase before the
// word may have been rendered already ("gehört zu einer" → "belongs to a").
const determiners = (own: string, english: string) =>
  new Set([...own.split(' '), ...english.split(' ').map((word) => `${renderedMarker}${word}`)]);
/**
 * Determiners that say a noun is plural or singular where its own form cannot: French "cours" and
 * "prix" never change, and a German weak noun after "einen" ("einen Patienten") is one patient.
 */
export const pluralDeterminers: Readonly<Record<Language, ReadonlySet<string>>> = {
  fr: determiners('les des plusieurs ces mes tes nos vos leurs ses quelques tous toutes aux', 'many some'),
  es: determiners(
    'los las unos unas varios varias muchos muchas sus mis nuestros nuestras todos todas',
    'many some',
  ),
  de: determiners('mehrere viele alle einige', 'many some'),
};
export const singularDeterminers: Readonly<Record<Language, ReadonlySet<string>>> = {
  fr: determiners('un une chaque', 'a an each one'),
  es: determiners('un una cada', 'a an each one'),
  de: determiners('ein eine einen einem einer eines jeder jede jedes jeden jedem', 'a an each one'),
};

/**
 * Plural verbs after a subject: German nouns in -er, -el and -en do not change in the plural
 * ("Lehrer haben Namen"), so the verb tells.
 */
export const pluralVerbs: Readonly<Record<Language, ReadonlySet<string>>> = {
  fr: new Set(),
  es: new Set(),
  de: new Set('haben sind gehoren enthalten besitzen konnen mussen werden brauchen wohnen'.split(' ')),
};

/** Articles and possessives of either number: a word after one is a noun, not a verb. */
export const articles: Readonly<Record<Language, ReadonlySet<string>>> = {
  fr: new Set([
    'le',
    'la',
    "l'",
    'du',
    'au',
    'mon',
    'ma',
    'ton',
    'ta',
    'son',
    'sa',
    'notre',
    'votre',
    'leur',
    'cette',
    'ce',
    'cet',
  ]),
  es: new Set([
    'el',
    'la',
    'del',
    'al',
    'mi',
    'tu',
    'su',
    'nuestro',
    'nuestra',
    'este',
    'esta',
    'ese',
    'esa',
  ]),
  de: new Set(['der', 'die', 'das', 'den', 'dem', 'des']),
};

/** Modals of wanting and needing, after which English says "to": "i want to track". */
export const wishes = new Set(
  'veux veut voulons voudrais faut quiero quiere queremos necesito necesitamos will wollen mochte mochten want like need'.split(
    ' ',
  ),
);
/** Modals a phrase may have rendered already: "ich möchte" → "i would like". */
const modalsInEnglish = 'can could must should want like need may';
export const modals: Readonly<Record<Language, ReadonlySet<string>>> = {
  fr: determiners('peut peuvent doit doivent veux veut voulons voudrais faut pouvez', modalsInEnglish),
  es: determiners('puede pueden debe deben quiero quiere queremos necesito necesitamos', modalsInEnglish),
  de: determiners(
    'kann konnen muss mussen soll sollen will wollen mochte mochten darf durfen',
    modalsInEnglish,
  ),
};

/** First person subjects, after which a verb keeps its English base form ("je gère" → "i manage"). */
export const firstPerson = new Set(['je', 'j', 'yo', 'ich']);
