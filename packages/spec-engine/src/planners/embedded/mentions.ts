import { knowledgeBase, type KbEntity } from '../../knowledge/knowledge-base.js';
import { connectives } from './connectives.js';
import type { EntityDraft, Reading } from './drafts.js';
import { pluralOf } from './language.js';
import { analyse, isKnownWord, isPluralNoun, singularOf } from './nlp.js';

/** A noun phrase read as a possible resource. */
export interface NounPhrase {
  /** Singular words. */
  readonly words: readonly string[];
  readonly key: string;
  /** The plural as written, or made from the singular. */
  readonly plural: string;
  readonly writtenPlural: boolean;
}

const dropped = new Set(
  'a an the each every all any some my our your their his her its this that these those one two three four five six seven eight nine ten few several many multiple lots lot other own new existing different various more fewer less zero and or but then so also'.split(
    ' ',
  ),
);
/** Words that name no thing: determiners, numbers, quantifiers and the sentence's connectives. */
const notOfTheName = (word: string) => dropped.has(word) || connectives.has(word);

/** Finite verbs of having and being. */
const clauseVerbs = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were']);

/** Gerunds that say what an API does with its things, never part of a thing's name. */
const keepingVerb =
  /^(?:tracking|managing|logging|storing|keeping|organi[sz]ing|monitoring|handling|catalogu?ing|administering)$/;
/** Any other gerund is dropped only before a determiner: "scheduling our classes". */
const gerund = /^[a-z]{3,}ing$/;

/** Words that name sections of a request, never a resource: "Entities:", "## Data model". */
const sectionWords = new Set(
  'entities entity resources resource schema schemas fields requirements requirement features feature endpoints endpoint api apis backend overview description relations relationships rules constraints example examples crud'.split(
    ' ',
  ),
);

export const toSnake = (words: readonly string[]) =>
  words
    .join('_')
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^_+|_+$/g, '')
    .replace(/^(\d)/, 'n$1')
    .slice(0, 60);

const phraseCache = new Map<string, NounPhrase | undefined>();

/** Forgets phrases read for an earlier plan (see `startPlan`). */
export function clearPhraseCache(): void {
  phraseCache.clear();
}

/** Reads up to three words of a noun phrase ("the 4 fish tanks" → fish tank). */
export function nounPhrase(text: string): NounPhrase | undefined {
  if (phraseCache.has(text)) return phraseCache.get(text);
  const phrase = readNounPhrase(text);
  if (phraseCache.size < 20_000) phraseCache.set(text, phrase);
  return phrase;
}

function readNounPhrase(text: string): NounPhrase | undefined {
  if (text.length > 200) return undefined;
  // "an api of tasks": the thing is named after the last preposition; "orders from restaurants" are
  // orders, a plural noun before "from" or "by" being what is kept and the rest where it comes from.
  const source = /^(.*?[a-z]s)\s+(?:from|by)\s/.exec(text.toLowerCase())?.[1];
  const afterPreposition = (source !== undefined && isPluralNoun(source.split(/\s+/).at(-1)!) ? source : text)
    .toLowerCase()
    .split(/\s(?:of|for|in|with|on|at|from|by|about)\s/)
    .at(-1)!;
  let words = afterPreposition
    .toLowerCase()
    .replace(/'s\b/g, '')
    .replace(/[^a-z0-9\s-]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0);
  // "for tracking my workouts", "managing the orders": the verb of keeping is not part of the name.
  if (
    words.length >= 2 &&
    (keepingVerb.test(words[0]!) || (gerund.test(words[0]!) && dropped.has(words[1]!)))
  )
    words = words.slice(1);
  // "lots of spots" counts; "parking lots" and "lots" alone name lots.
  words = words.filter(
    (w, i) => (!notOfTheName(w) || (/^lots?$/.test(w) && words[i + 1] !== 'of')) && !/^\d+$/.test(w),
  );
  // "shift has volunteers" (a clause a list reader took for an item): a thing's name never holds a
  // verb of having or being, so the name is what follows it.
  const verbAt = words.findLastIndex((w) => clauseVerbs.has(w));
  if (verbAt >= 0) words = words.slice(verbAt + 1);
  if (words.length > 1 && words.length <= 8) {
    // Only the trailing nouns name the thing: "to sort the parcels" → parcels.
    const tagged = analyse(words.join(' '));
    let start = tagged.length;
    while (start > 0 && ['NOUN', 'PROPN', 'ADJ', 'X', 'NUM'].includes(tagged[start - 1]!.pos)) start--;
    if (start < tagged.length && tagged.length === words.length) words = words.slice(start);
  }
  if (words.length === 0 || words.length > 4) return undefined;
  words = words.slice(-3);
  const last = words.at(-1)!;
  if (sectionWords.has(last) && words.length === 1) return undefined;
  const singular = unknownPlural(last) ?? singularOf(last);
  const writtenPlural = singular !== last;
  const singularWords = [...words.slice(0, -1), singular];
  const key = toSnake(singularWords);
  if (key === '' || !/^[a-z]/.test(key)) return undefined;
  const plural = toSnake(writtenPlural ? words : pluralOf(singularWords.join(' ')).split(' '));
  return { words: singularWords, key, plural: plural === key ? `${key}_list` : plural, writtenPlural };
}

/**
 * The singular of a word no lexicon knows that ends like a plural ("moniteurs", "granjeros": a
 * foreign noun a translation kept): English and the request's language both make plurals with -s,
 * so the word without it is the singular. Undefined for known words, short ones and -ss/-us/-is.
 */
function unknownPlural(word: string): string | undefined {
  if (!/^[a-z]{4,}[^sui]s$/.test(word) || isKnownWord(word) || isKnownWord(word.slice(0, -1)))
    return undefined;
  return analyse(`the ${word}`).at(-1)?.lemma === word ? word.slice(0, -1) : undefined;
}

/** Whether a word is a section label rather than a thing stored. */
export const isSectionWord = (text: string) =>
  text
    .toLowerCase()
    .split(/\s+/)
    .every(
      (w) => sectionWords.has(w) || w === 'the' || w === 'our' || w === 'main' || w === 'core' || w === 'key',
    );

/** The knowledge base's entity for a phrase, by its full words, then its last two, then its head. */
export function kbEntityOf(phrase: NounPhrase, domain?: string): KbEntity | undefined {
  const kb = knowledgeBase();
  for (let n = phrase.words.length; n >= 1; n--) {
    const entity = kb.entityFor(phrase.words.slice(-n).join(' '), domain);
    if (entity !== undefined) return entity;
  }
  return undefined;
}

/** Whether a phrase names a value rather than a thing: "due date", "email", "price". */
export function isFieldWord(phrase: NounPhrase): boolean {
  const kb = knowledgeBase();
  const text = phrase.words.join(' ');
  return kb.fieldWord(text) !== undefined && kb.entityFor(text) === undefined;
}

/** The resource a phrase refers to in this reading, if any: by name, plural, last words or synonym. */
export function resolve(reading: Reading, phrase: NounPhrase): EntityDraft | undefined {
  const { entities } = reading;
  for (let n = phrase.words.length; n >= 1; n--) {
    const key = toSnake(phrase.words.slice(-n));
    const hit = entities.get(key);
    if (hit !== undefined) return hit;
  }
  // "each visit" after "site visits": a singular head noun names the one resource whose name ends
  // with it, unless that name joins two resources ("recipe_ingredient" is not an ingredient).
  if (phrase.words.length === 1 && !phrase.writtenPlural) {
    const tail = `_${phrase.key}`;
    const named = [...entities.values()].filter((e) => e.key.endsWith(tail) && !isRoleCompound(e.key));
    const modifier = named.length === 1 ? named[0]!.key.slice(0, -tail.length) : undefined;
    if (modifier !== undefined && !entities.has(modifier)) return named[0];
  }
  const byRole = roleOfCompound(entities, phrase);
  if (byRole !== undefined) return byRole;
  const kbEntity = kbEntityOf(phrase);
  if (kbEntity === undefined) return undefined;
  // "clients" after "customers" is the same thing under its usual name; "bands" after "musicians",
  // two different words the knowledge base files under one entity (artist), are two things.
  const usualName = (p: NounPhrase) => p.key === kbEntity.name;
  for (const entity of entities.values()) {
    if (isRoleCompound(entity.key)) continue;
    const other = nounPhrase(entity.key.replaceAll('_', ' '));
    if (other === undefined || kbEntityOf(other) !== kbEntity) continue;
    if (usualName(phrase) || usualName(other)) return entity;
  }
  return undefined;
}

/**
 * Words that name the part a row plays for a record rather than a kind of thing: "the source zone" and
 * "the destination zone" of a transfer are two storage zones, "a start station" a docking station.
 */
export const roleWords = new Set(
  'source destination origin target start starting end ending home away pickup dropoff departure arrival sending receiving first second primary secondary backup previous next current original main'.split(
    ' ',
  ),
);

/** "destination_airport", "home_team": a role of some kind of thing, never the kind itself. */
export function isRoleCompound(key: string): boolean {
  const words = key.split('_');
  return words.length > 1 && words.slice(0, -1).every((w) => roleWords.has(w));
}

/** A role word before the head of exactly one compound resource's name names that resource. */
function roleOfCompound(entities: ReadonlyMap<string, EntityDraft>, phrase: NounPhrase) {
  const head = phrase.words.at(-1);
  if (phrase.words.length < 2 || head === undefined) return undefined;
  if (!phrase.words.slice(0, -1).every((w) => roleWords.has(w))) return undefined;
  // "destination_airport" read as a resource of its own is a role too, never the kind it names.
  const named = [...entities.values()].filter((e) => e.key.endsWith(`_${head}`) && !isRoleCompound(e.key));
  return named.length === 1 ? named[0] : undefined;
}

/** Adds (or finds) the resource a phrase names. */
export function addEntity(reading: Reading, phrase: NounPhrase, order: number): EntityDraft {
  const existing = reading.entities.get(phrase.key);
  if (existing !== undefined) {
    if (phrase.writtenPlural && existing.plural.endsWith('_list')) existing.plural = phrase.plural;
    return existing;
  }
  const draft: EntityDraft = { key: phrase.key, plural: phrase.plural, fields: [], described: false, order };
  reading.entities.set(phrase.key, draft);
  return draft;
}

/** A noun phrase found in a text, by word index. */
export interface MentionedPhrase {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly nextPos?: string;
  /** "a number of guests", "how many seats": what is counted, a value rather than a thing kept. */
  readonly counted?: boolean;
}

/** Nouns (with their adjectives) of a text, as wink-nlp tags them; used to find things mentioned. */
export function nounPhrases(text: string): MentionedPhrase[] {
  const words = analyse(text);
  const phrases: MentionedPhrase[] = [];
  let run: number[] = [];
  const flush = () => {
    while (run.length > 0 && words[run.at(-1)!]!.pos !== 'NOUN' && words[run.at(-1)!]!.pos !== 'PROPN')
      run.pop();
    // "lots of books", "a couple of members": a quantity before "of" is no thing of its own.
    if (
      run.length === 1 &&
      /^(?:lots?|bunch|couple|plenty|number|amount)$/.test(words[run[0]!]!.text) &&
      words[run[0]! + 1]?.text === 'of'
    )
      run = [];
    if (run.length > 0) {
      const nextPos = words[run.at(-1)! + 1]?.pos;
      const [before, twoBefore] = [words[run[0]! - 1]?.text, words[run[0]! - 2]?.text ?? ''];
      const counted =
        (before === 'of' && /^(?:number|amount|count|quantity|total)$/.test(twoBefore)) ||
        (before === 'many' && twoBefore === 'how');
      phrases.push({
        text: run.map((i) => words[i]!.text).join(' '),
        start: run[0]!,
        end: run.at(-1)!,
        ...(nextPos ? { nextPos } : {}),
        ...(counted ? { counted } : {}),
      });
    }
    run = [];
  };
  words.forEach((word, index) => {
    const previous = run.length > 0 ? words[run.at(-1)!] : undefined;
    // English compounds rarely have a plural modifier: "schools hire teachers" is two phrases.
    if (
      previous !== undefined &&
      previous.lemma !== previous.text &&
      previous.pos === 'NOUN' &&
      /s$/.test(previous.text)
    )
      flush();
    const quantifier = /^(?:many|several|multiple|few|various|numerous|other|more|most|all|some|own)$/.test(
      word.text,
    );
    if (
      word.pos === 'NOUN' ||
      word.pos === 'PROPN' ||
      (word.pos === 'ADJ' && run.length === 0 && !quantifier) ||
      (run.length === 0 && isGerundModifier(words, index))
    )
      run.push(index);
    else flush();
  });
  flush();
  return phrases;
}

/**
 * "each driving lesson", "a charging session": a verb in -ing between a determiner and a noun names
 * the kind of thing, as a compound's first word. Elsewhere ("we keep tracking orders") it is a verb.
 */
export function isGerundModifier(words: readonly { text: string; pos: string }[], index: number): boolean {
  const word = words[index]!;
  return (
    word.pos === 'VERB' &&
    /ing$/.test(word.text) &&
    ['NOUN', 'PROPN'].includes(words[index + 1]?.pos ?? '') &&
    (index === 0 || ['DET', 'NUM'].includes(words[index - 1]!.pos))
  );
}

/**
 * The resource a head noun names: one of the reading's, a compound the text writes in the plural, or
 * (`always`) a new one. A value word ("start and end dates") names none.
 */
export function thingNamedBy(
  reading: Reading,
  head: string,
  text: string,
  always = true,
): EntityDraft | undefined {
  const phrase = nounPhrase(head);
  if (phrase === undefined || isFieldWord(phrase)) return undefined;
  const known = resolve(reading, phrase);
  if (known !== undefined) return known;
  const compound = nounPhrases(text)
    .map((m) => nounPhrase(m.text))
    .find(
      (p) =>
        p !== undefined &&
        p.writtenPlural &&
        p.words.at(-1) === phrase.key &&
        !p.words.slice(0, -1).some((w) => roleWords.has(w)),
    );
  if (compound === undefined && !always) return undefined;
  return addEntity(reading, compound ?? phrase, reading.entities.size);
}
