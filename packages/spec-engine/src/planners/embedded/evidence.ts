import { knowledgeBase } from '../../knowledge/knowledge-base.js';
import type { Assumption } from '../planner.js';
import { connectives } from './connectives.js';
import { addStatedLink, type EntityDraft, type Reading } from './drafts.js';
import { isUnit } from './field-reader.js';
import { nounPhrase } from './mentions.js';
import { analyse } from './nlp.js';
import { renameResource } from './rename.js';
import { escapeRegExp } from './words.js';

// The readers each write what one phrasing says into the reading, and a greedy one can carry words
// of the sentence into a name: the keyword of a schema-like line ("Entity Customer"), a connective
// ("also attendees", "ausserdem cars"), the verb of the clause a compound was cut from ("the gallery
// tracks paintings"). Once the reading is finished, every word of a resource's or a field's name must
// be attested by the request as a word of the thing itself; what is not is dropped, and what the
// reading lost is said as an assumption.

/** What the request says a word of a name is. */
export type WordEvidence =
  /** A noun, an adjective or a word of a noun compound: a word of the thing's name. */
  | 'noun'
  /** A schema keyword before the name it declares ("Entity Customer", "the model Song"). */
  | 'declaration'
  /** A connective or sentence adverb ("also", "moreover", "besides", and untranslated ones). */
  | 'connective'
  /** The verb of the clause the name was read from ("gallery tracks paintings"). */
  | 'verb'
  /** A pronoun, determiner, preposition, auxiliary or conjunction. */
  | 'function';

/** Keywords schema-like notations put before a declared name. */
export const declarationKeywords: ReadonlySet<string> = new Set(
  'entity model table type resource class object record collection interface struct document'.split(' '),
);

const functionTags = new Set(['PRON', 'DET', 'ADP', 'AUX', 'CCONJ', 'SCONJ', 'PART', 'INTJ']);

/** The request as the check reads it: its words as written (case kept) and the names it declares. */
export interface RequestEvidence {
  readonly text: string;
  /** For each keyword, the lower-case names written after it as declarations. */
  readonly declared: ReadonlyMap<string, { readonly names: Set<string>; lowerKeyword: boolean }>;
  /**
   * Keywords that begin the names of two or more resources ("type_sensor", "type_reading"): the
   * names were read with the keyword that declared each, whatever their case was.
   */
  readonly leading: ReadonlySet<string>;
}

/** "Entity Customer", "- Table Room:", "the model Song has": a keyword, then a capitalised name. */
const declarationPattern = /(?<![\p{L}\d_])(\p{L}+)[ \t]+(\p{Lu}[\p{L}\d]+)/gu;

export function requestEvidence(text: string, names: readonly string[] = []): RequestEvidence {
  const firsts = names.filter((n) => n.includes('_')).map((n) => n.split('_')[0]!);
  const leading = new Set(firsts.filter((w, i) => declarationKeywords.has(w) && firsts.indexOf(w) !== i));
  const declared = new Map<string, { names: Set<string>; lowerKeyword: boolean }>();
  for (const match of text.matchAll(declarationPattern)) {
    const keyword = match[1]!.toLowerCase();
    if (!declarationKeywords.has(keyword)) continue;
    const entry = declared.get(keyword) ?? { names: new Set<string>(), lowerKeyword: false };
    entry.names.add(match[2]!.toLowerCase());
    if (match[1] === keyword) entry.lowerKeyword = true;
    declared.set(keyword, entry);
  }
  return { text, declared, leading };
}

/** Whether the request uses `keyword` to declare names (see `wordEvidence`). */
function declares(request: RequestEvidence, keyword: string): boolean {
  const entry = request.declared.get(keyword);
  return entry !== undefined && (entry.lowerKeyword || entry.names.size >= 2);
}

/**
 * The request without the keywords it declares names with ("- Entity Drill: label" → "- Drill:
 * label"), so that every reader meets the names as the user meant them.
 */
export function withoutDeclarations(text: string): string {
  const request = requestEvidence(text);
  if (request.declared.size === 0) return text;
  return text.replace(declarationPattern, (whole, keyword: string, name: string) =>
    declarationKeywords.has(keyword.toLowerCase()) && declares(request, keyword.toLowerCase()) ? name : whole,
  );
}

/**
 * What the request says the word at `index` of a name is. A keyword counts as one only where the
 * request uses it as one: lower case before a capitalised name ("the model Song"), or before several
 * names ("Entity Customer", "Entity Invoice"); a single "Record Label:" is a record label.
 */
export function wordEvidence(
  words: readonly string[],
  index: number,
  request: RequestEvidence,
): WordEvidence {
  const word = words[index]!;
  const head = index === words.length - 1;
  if (index === 0 && !head && declarationKeywords.has(word)) {
    const next = words[1]!;
    const names = request.declared.get(word)?.names ?? new Set<string>();
    if (
      (declares(request, word) && [...names].some((name) => name === next || name.startsWith(next))) ||
      request.leading.has(word)
    )
      return 'declaration';
  }
  if (!head && connectives.has(word)) return 'connective';
  const tagged = analyse(words.join(' '));
  const tag = tagged.length === words.length ? tagged[index]!.pos : undefined;
  if (!head && tag === 'ADV' && /ly$/.test(word)) return 'connective';
  if (tag !== undefined && functionTags.has(tag)) return 'function';
  // "gallery tracks paintings": a third-person verb between a subject and its object.
  if (index > 0 && !head && /[^s]s$/.test(word) && analyse(`it ${word} them`)[1]?.pos === 'VERB')
    return 'verb';
  return 'noun';
}

/** The words of a name that the request attests, or undefined when all of them are. */
function attestedWords(
  words: readonly string[],
  request: RequestEvidence,
): { kept: string[]; dropped: string[]; why: WordEvidence } | undefined {
  // A one-word name is its own head, which the request wrote as the thing's noun.
  if (words.length === 1) return undefined;
  const kinds = words.map((_, i) => wordEvidence(words, i, request));
  const verb = kinds.lastIndexOf('verb');
  // What comes before a clause's verb is its subject: the thing named is the object after it.
  const from = verb >= 0 ? verb + 1 : 0;
  // A preposition inside a compound ("check in") is part of it: only the sentence's words go.
  const kept = words.filter((_, i) => i >= from && (kinds[i] === 'noun' || kinds[i] === 'function'));
  if (kept.length === words.length || kept.length === 0) return undefined;
  const dropped = words.filter((w) => !kept.includes(w));
  const why = verb >= 0 ? 'verb' : kinds.find((k) => k !== 'noun' && k !== 'function')!;
  return { kept, dropped, why };
}

const reasons: Record<Exclude<WordEvidence, 'noun' | 'function'>, string> = {
  declaration: 'the keyword declaring it',
  connective: 'a connective of the sentence',
  verb: 'the clause around the name',
};

/**
 * Checks every resource's and field's name against the request (see the comment above) and changes
 * the reading where a name carries words the request does not use for the thing. Assumptions say
 * what changed.
 */
export function checkEvidence(reading: Reading, text: string, assumptions: Assumption[]): void {
  const request = requestEvidence(text, [...reading.entities.keys()]);
  for (const entity of [...reading.entities.values()]) {
    const words = entity.key.split('_');
    const found = attestedWords(words, request);
    if (found === undefined) continue;
    const phrase = nounPhrase(found.kept.join(' '));
    if (phrase === undefined) continue;
    const plural = entity.plural.split('_').slice(-found.kept.length).join('_');
    renameResource(reading, entity.key, phrase.key, plural === '' ? phrase.plural : plural, assumptions);
    assumptions.push({
      path: phrase.key,
      text: `named ${phrase.key.replaceAll('_', ' ')} without "${found.dropped.join(' ')}", ${reasons[found.why as Exclude<WordEvidence, 'noun' | 'function'>]}`,
    });
  }
  checkFieldEvidence(reading, assumptions);
  checkLinkNames(reading, text, assumptions);
  linkPlacesInPhrases(reading, assumptions);
}

/** "a teacher at a school": a preposition, one thing, and its name (up to two words). */
const placePhrase =
  /\b(?:at|in|on|from|of|for|with)\s+(?:a|an|the|one|each)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)/g;

/**
 * "Lessons: a date, a teacher at a school": the phrase a link was read from ("lesson has 'a teacher
 * at a school'") names another resource after a preposition, which the row is linked to as well;
 * the reader that made the link kept only its first thing.
 */
function linkPlacesInPhrases(reading: Reading, assumptions: Assumption[]): void {
  for (const link of [...reading.links]) {
    const phrase = link.stated ? /^\S+ has "(.+)"$/.exec(link.because)?.[1] : undefined;
    if (phrase === undefined) continue;
    for (const match of phrase.toLowerCase().matchAll(placePhrase)) {
      const words = match[1]!.split(/\s+/);
      // "at a school today": the longest name the reading has, then its first word alone.
      const target = [words.join(' '), words[0]!]
        .map((w) => nounPhrase(w))
        .map((p) => (p === undefined ? undefined : reading.entities.get(p.key)))
        .find((e) => e !== undefined);
      if (target === undefined || target.key === link.child || target.key === link.parent) continue;
      if (reading.links.some((l) => l.child === link.child && l.parent === target.key)) continue;
      const child = reading.entities.get(link.child);
      if (child === undefined) continue;
      addStatedLink(reading, child, target, phrase);
      assumptions.push({
        path: `${link.child}.${target.key}`,
        text: `read "${phrase}" as a link to ${withoutUnderscores(target.key)} as well`,
      });
    }
  }
}

/**
 * The check on fields alone (see `checkFields`), which also runs before fields named after resources
 * become links, so that a clause read as a field ("they rate landlords") links nothing.
 */
export function checkFieldEvidence(reading: Reading, assumptions: Assumption[]): void {
  for (const entity of reading.entities.values()) checkFields(reading, entity, assumptions);
}

/**
 * Whether a field's words are a clause rather than a value's name: they open with a personal pronoun
 * ("they_rate_landlords"), or a determiner or a pronoun is inside them ("hikers_rate_the_trail").
 */
export function namesAClause(words: readonly string[]): boolean {
  return subjects.has(words[0]!) || namesASentence(words);
}

/** Whether a field was read from a clause with its own subject ("they rate landlords from 1 to 5"). */
export function readFromAClause(field: { readonly source: string }): boolean {
  return subjects.has(field.source.trim().toLowerCase().split(/\s+/)[0]!);
}

/** A determiner or a pronoun inside a name makes it a sentence ("hikers_rate_the_trail"). */
function namesASentence(words: readonly string[]): boolean {
  const tagged = analyse(words.join(' '));
  return (
    tagged.length === words.length && tagged.some((w, at) => at > 0 && (w.pos === 'DET' || w.pos === 'PRON'))
  );
}

/**
 * "who wrote it" on articles written by authors: a link's role ("writer") that the request never
 * writes and the knowledge base files under the parent's own entity is the parent itself, when it is
 * the only link between the two
 * (a home team and an away team are two roles of one kind, and keep their names).
 */
function sameThingAsParent(reading: Reading, link: Reading['links'][number], text: string): boolean {
  // A role the user wrote ("buyer_id") is the user's name for the link.
  const written = link.field!.split('_').join('[ _-]?');
  if (new RegExp(`(?<![\\p{L}])${written}`, 'iu').test(text)) return false;
  const kb = knowledgeBase();
  const role = kb.entityFor(link.field!.replaceAll('_', ' '));
  const parent = kb.entityFor(link.parent.replaceAll('_', ' '));
  if (role === undefined || role !== parent) return false;
  return reading.links.filter((l) => l.child === link.child && l.parent === link.parent).length === 1;
}

/**
 * A link's own field name ("home_team") must name the role; one read from a clause
 * ("hikers_rate_the_trail") gives way to the parent's name, and the link goes where that repeats
 * another.
 */
function checkLinkNames(reading: Reading, text: string, assumptions: Assumption[]): void {
  for (let i = reading.links.length - 1; i >= 0; i--) {
    const link = reading.links[i]!;
    if (link.field === undefined) continue;
    if (!namesASentence(link.field.split('_')) && !sameThingAsParent(reading, link, text)) continue;
    const plain = { ...link };
    delete (plain as { field?: string }).field;
    const repeated = reading.links.some(
      (other) =>
        other !== link &&
        other.child === link.child &&
        other.parent === link.parent &&
        other.field === undefined,
    );
    if (repeated) reading.links.splice(i, 1);
    else reading.links[i] = plain;
    assumptions.push({
      path: `${link.child}.${link.parent}`,
      text: `named the link from ${withoutUnderscores(link.child)} to ${withoutUnderscores(link.parent)} after ${withoutUnderscores(link.parent)}, not "${withoutUnderscores(link.field)}"`,
    });
  }
}

/** Personal pronouns that open a clause: a field named with one is a sentence, not a value. */
const subjects = new Set(['they', 'we', 'i', 'you', 'he', 'she']);

/**
 * A field's name must name a value: "vet_at" (from "a vet at a branch") and "pet_seeing" name another
 * resource with the words around it, so they are a link to it; "they_score" is a clause and "was" a
 * word of one, so they go. Fields the request typed or the knowledge base proposed are its own.
 */
function checkFields(reading: Reading, entity: EntityDraft, assumptions: Assumption[]): void {
  for (let i = entity.fields.length - 1; i >= 0; i--) {
    const field = entity.fields[i]!;
    if (field.origin === 'knowledge' || field.typedBy === 'stated' || field.enumValues !== undefined)
      continue;
    const words = field.name.replace(/_id$/, '').split('_');
    const tagged = analyse(words.join(' '));
    if (tagged.length !== words.length) continue;
    const other = words.findIndex(
      (w, at) => at === 0 && w !== entity.key && reading.entities.has(w) && words.length > 1,
    );
    const rest = tagged.filter((_, at) => at !== other);
    // "at", "seeing": a preposition or a participle after the other resource's name.
    const clauseWords = (w: { pos: string; text: string }) =>
      functionTags.has(w.pos) || (w.pos === 'VERB' && /ing$/.test(w.text));
    if (other === 0 && rest.every(clauseWords)) {
      const parent = reading.entities.get(words[0]!)!;
      entity.fields.splice(i, 1);
      if (!reading.links.some((l) => l.child === entity.key && l.parent === parent.key))
        addStatedLink(reading, entity, parent, field.source.trim());
      assumptions.push({
        path: `${entity.key}.${parent.key}`,
        text: `read "${field.source.trim()}" as a link to ${parent.key.replaceAll('_', ' ')}, not a field ${field.name}`,
      });
      continue;
    }
    // A word of a clause ("was" of "what was fixed"), not a name given alone ("x", "y").
    const clauseLeft =
      tagged.every((w) => functionTags.has(w.pos)) && field.source.trim().split(/\s+/).length > words.length;
    // "they rate landlords": a clause with its own subject, about another resource, is an act.
    const head = nounPhrase(words.join(' '));
    const actOnOther =
      readFromAClause(field) &&
      head !== undefined &&
      [...reading.entities.keys()].some((key) => key !== entity.key && key === head.key);
    // "in_km": the unit of another field's phrase ("how long it is in km"), no value of its own.
    const unitLeft = tagged[0]!.pos === 'ADP' && words.length > 1 && words.slice(1).every(isUnit);
    // "used for" beside "what it is used for": a piece of another field's phrase, read twice.
    const source = field.source.trim().toLowerCase();
    const pieceOfAnother =
      tagged.some((w) => w.pos === 'VERB') &&
      entity.fields.some(
        (other) =>
          other !== field &&
          other.source.trim().length > source.length &&
          new RegExp(`(?<![\\p{L}])${escapeRegExp(source)}(?![\\p{L}])`, 'u').test(
            other.source.toLowerCase(),
          ),
      );
    if (namesAClause(words) || clauseLeft || unitLeft || actOnOther || pieceOfAnother) {
      entity.fields.splice(i, 1);
      assumptions.push({
        path: entity.key,
        text: `left out "${field.source.trim()}": it names no value of ${withoutUnderscores(entity.key)}`,
      });
    }
  }
}

const withoutUnderscores = (key: string) => key.replaceAll('_', ' ');
