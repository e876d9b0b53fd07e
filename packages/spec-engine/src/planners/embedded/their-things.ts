import { addStatedLink, type EntityDraft, type Reading } from './drafts.js';
import { addEntity, isFieldWord, kbEntityOf, nounPhrase, resolve, type NounPhrase } from './mentions.js';
import { analyse } from './nlp.js';

/**
 * "boats and their maintenance logs", "tutors with their students", "farms, their fields": a plural
 * thing said to be the previous plural thing's with "their" is a record of its own that belongs to
 * the first. A value ("drivers and their phone numbers") or the owner's own rows ("users and their
 * own notes") are not.
 */
const theirShape =
  /(?:^|[\s:(,])((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)\s*(?:,|\band\b|\bwith\b|\bplus\b|&)\s+(?:all\s+)?their\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})/gi;

/** Words that end what a possessed phrase names: a list's next item, a clause, a parenthesis. */
const phraseEnd =
  /\s(?:and|or|with|w|plus|that|which|who|where|when|for|from|to|in|on|at|per|by|of|is|are|have|has|get|i|we|you)\b.*$/;

/** Reads every "Xs and their Ys" of a sentence into a record Y linked to X. */
export function readTheirThings(reading: Reading, sentence: string): void {
  if (!/\btheir\s/i.test(sentence)) return;
  for (const match of sentence.toLowerCase().matchAll(theirShape)) {
    const holder = pluralNoun(match[1]!);
    const owned = pluralNoun(match[2]!.replace(phraseEnd, ''));
    if (holder === undefined || owned === undefined || owned.words[0] === 'own') continue;
    // "sailing club boats" are the boats another reader named; a holder no reader named is a
    // resource under its head noun, the words before it saying whose or where it is.
    const parent =
      resolve(reading, holder) ??
      resolveHead(reading, holder) ??
      addEntity(reading, headOf(holder) ?? holder, reading.entities.size);
    const child = resolve(reading, owned) ?? addEntity(reading, owned, reading.entities.size);
    if (parent === child) continue;
    child.described = true;
    // "cats and their owners": where the knowledge base files the possessed thing as the holder's
    // parent (an owner has many cats), the holder is the one that belongs, whatever read it before.
    const [from, to] = isUsualParent(owned, holder) ? [parent, child] : [child, parent];
    const reversed = reading.links.findIndex((l) => l.child === to.key && l.parent === from.key);
    if (reversed >= 0 && from === parent) reading.links.splice(reversed, 1);
    else if (reversed >= 0) continue;
    if (!reading.links.some((l) => l.child === from.key && l.parent === to.key))
      addStatedLink(reading, from, to, match[0].trim());
  }
}

/** The phrase as a plural thing whose words are all nouns (a value's name or a verb is none). */
function pluralNoun(text: string): NounPhrase | undefined {
  const phrase = nounPhrase(text.trim());
  if (phrase === undefined || !phrase.writtenPlural || isFieldWord(phrase)) return undefined;
  const tagged = analyse(`the ${phrase.words.join(' ')}`).slice(1);
  return tagged.length > 0 && tagged.at(-1)!.pos === 'NOUN' ? phrase : undefined;
}

/** The phrase's last word alone, when the phrase has more than one. */
function headOf(phrase: NounPhrase): NounPhrase | undefined {
  return phrase.words.length < 2 ? undefined : nounPhrase(phrase.plural.split('_').at(-1)!);
}

/** The resource a phrase's last word names, for a holder written with its business before it. */
function resolveHead(reading: Reading, phrase: NounPhrase): EntityDraft | undefined {
  const head = headOf(phrase);
  return head === undefined ? undefined : resolve(reading, head);
}

/** Whether the knowledge base says a `child` usually belongs to a `parent`. */
function isUsualParent(parent: NounPhrase, child: NounPhrase): boolean {
  const parentEntity = kbEntityOf(parent);
  const parents = kbEntityOf(child)?.parents ?? [];
  return parents.includes(parent.key) || (parentEntity !== undefined && parents.includes(parentEntity.name));
}
