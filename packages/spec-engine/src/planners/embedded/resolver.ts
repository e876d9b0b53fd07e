import type { NounGroup } from './clauses.js';
import type { EntityDraft, Reading } from './drafts.js';
import { isFieldWord, kbEntityOf, nounPhrase, resolve, type NounPhrase } from './mentions.js';

/** What a clause's noun phrase refers to. */
export type Referent =
  /** A resource of the reading. */
  | { readonly kind: 'resource'; readonly entity: EntityDraft }
  /** A thing of its own that is not a resource yet: a record the clause may introduce. */
  | { readonly kind: 'thing'; readonly phrase: NounPhrase }
  /** Someone who acts without being stored: "we", "people", "users" nothing is said about. */
  | { readonly kind: 'generic'; readonly word: string }
  /** A value ("the date", "hours") or nothing a resource could be. */
  | { readonly kind: 'none' };

/**
 * Nouns for whoever uses or runs the application rather than for what it stores. They name a
 * resource only where the request says something about them (fields, a link, a line of their own).
 */
const genericActors = new Set(
  'person people user staff staff-member someone somebody everyone everybody anyone anybody visitor reader viewer listener audience public admin administrator system app application platform website site backend api team-member folk'.split(
    ' ',
  ),
);

/**
 * Maps a clause's noun phrase to a resource that is declared or already read, to a thing that may
 * become one, to a generic actor, or to nothing (a value, a pronoun). Creates nothing. `agent`: the
 * phrase is the agent of a passive, which always names someone or something that acts.
 */
export function resolveGroup(reading: Reading, group: NounGroup, agent = false): Referent {
  if (group.pronoun !== undefined)
    return /^(?:it|they|them|he|she|him|one)$/.test(group.pronoun)
      ? { kind: 'none' }
      : { kind: 'generic', word: group.pronoun };
  const phrase = nounPhrase(group.text);
  if (phrase === undefined) return { kind: 'none' };
  const known = resolve(reading, phrase);
  const generic =
    genericActors.has(phrase.key.replaceAll('_', '-')) || genericActors.has(phrase.words.at(-1)!);
  // A resource other readers only noted in passing (nothing said about it yet) is still just a thing.
  if (known !== undefined && saysSomethingAbout(reading, known)) return { kind: 'resource', entity: known };
  if (generic) return { kind: 'generic', word: group.text };
  if (isFieldWord(phrase) || group.measure === true || group.bare === true) return { kind: 'none' };
  // A thing of its own: written plural, a kind of thing the knowledge base knows, or whoever does
  // what a passive says ("checked by a proofreader").
  if (group.plural || agent || kbEntityOf(phrase) !== undefined) return { kind: 'thing', phrase };
  return { kind: 'none' };
}

/** Whether the request says anything about a resource: fields, a line of its own, or a link. */
export function saysSomethingAbout(reading: Reading, entity: EntityDraft): boolean {
  return (
    entity.described ||
    entity.fields.length > 0 ||
    reading.links.some((l) => l.child === entity.key || l.parent === entity.key)
  );
}
