import { knowledgeBase } from '../../knowledge/knowledge-base.js';
import type { Assumption } from '../planner.js';
import { ambiguousWords, genericWords, placedCue, type DomainMatch } from './domain-match.js';
import { phraseIndex } from './subject.js';
import type { EntityDraft, Reading } from './drafts.js';
import { fromKnowledge } from './completion.js';
import { plain } from './language.js';
import { addEntity, isFieldWord, kbEntityOf, nounPhrase } from './mentions.js';
import { analyse } from './nlp.js';
import { withArticle } from './words.js';

/**
 * Words that name where things are kept ("wine cellar", "coin collection", "spice inventory"): never
 * the thing kept. Each gives the knowledge base's entity that completes a held thing it does not know.
 */
const storageWords: Readonly<Record<string, string>> = {
  cellar: 'stock_item',
  collection: 'collection_item',
  inventory: 'stock_item',
  stash: 'stock_item',
  cabinet: 'stock_item',
  closet: 'stock_item',
  wardrobe: 'stock_item',
  shelf: 'stock_item',
  rack: 'stock_item',
  catalog: 'collection_item',
  catalogue: 'collection_item',
};
/** Words that name a record of things ("symptom log", "sneaker tracker"), and the entity completing them. */
const logWords: Readonly<Record<string, string>> = {
  log: 'tracked_item',
  logbook: 'tracked_item',
  tracker: 'tracked_item',
  journal: 'tracked_item',
  diary: 'tracked_item',
  register: 'tracked_item',
};
/** Words of the software, not of what it keeps, that may follow the container ("coin collection tracker"). */
const softwareTail = /^(?:tracker|tracking|manager|management|organi[sz]er|app|system|database|db)$/;

const singular = (word: string) => (word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.replace(/s$/, ''));

/** Where a container word ends the request's subject, the words before it and the container. */
interface Held {
  readonly words: readonly string[];
  readonly container: string;
  readonly completer: string;
}

/**
 * The things a request keeps when its subject ends with a container ("wine cellar", "cameras and
 * lenses inventory", "sneaker log"): the words before it, if any name things. A log of something a
 * domain named in the phrase keeps ("habit tracker", "fuel log", "workout log") is that domain's, whose
 * conventional design is what is asked for.
 */
export function heldThings(words: readonly string[], match: DomainMatch | undefined): Held | undefined {
  const lower = words.map(plain);
  // "coin collection tracker": the software's words and outer containers go; the innermost names the kind.
  let end = lower.length;
  let last: string | undefined;
  while (end > 1) {
    const word = singular(lower[end - 1]!);
    if (word in storageWords || word in logWords) last = word;
    else if (!softwareTail.test(word)) break;
    end--;
  }
  const completer = last === undefined ? undefined : (storageWords[last] ?? logWords[last]);
  if (last === undefined || completer === undefined) return undefined;
  // "thrift store inventory": a place (a shop, a club) keeps its domain's things, not ones of its name.
  const before = lower.slice(0, end);
  if (before.some((w) => genericWords.has(w) || ambiguousWords.has(w))) return undefined;
  // "fuel log", "workout tracker": a domain the phrase names knows what such a log keeps.
  const named = (cue: string) => phraseIndex(lower, plain(placedCue(cue))) >= 0;
  if (last in logWords && match !== undefined && Object.values(match.domain.cues).flat().some(named))
    return undefined;
  return { words: before, container: last, completer };
}

/**
 * The words of a request of a few words that is only a noun phrase after a possessive or determiner
 * ("my whisky collection"), which the subject reader leaves to the sentence readers.
 */
export function terseWords(text: string): string[] | undefined {
  const words = text
    .toLowerCase()
    .replace(/[^\p{L}\s'-]+/gu, ' ')
    .trim()
    .split(/\s+/)
    .filter(
      (w) => w.length > 0 && !/^(?:my|our|your|their|his|her|a|an|the|this|that|new|simple|small)$/.test(w),
    );
  return words.length > 0 && words.length <= 5 ? words : undefined;
}

/**
 * Proposes the held things as the resources: one per coordinated part ("cameras and lenses"), a
 * compound split only where its last word is a record the knowledge base keeps of the first ("plant
 * watering": each watering is of a plant). A thing the knowledge base does not know is completed as
 * the container keeps things (a collection's item, an inventory's stock). Returns the resources made.
 */
export function proposeHeld(reading: Reading, held: Held, assumptions: Assumption[]): EntityDraft[] {
  const parts = held.words
    .join(' ')
    .split(/\s*(?:,|\band\b|&|\+|\bor\b)\s*/)
    .map((part) => nounWords(part.split(' ').filter(Boolean)))
    .filter((part) => part.length > 0);
  const made: EntityDraft[] = [];
  for (const part of parts) {
    const named = namedIn(part);
    for (const [i, phrase] of named.entries()) {
      const entity = addEntity(reading, phrase, reading.entities.size);
      made.push(entity);
      assumptions.push({
        path: entity.key,
        text: `proposed ${entity.plural.replaceAll('_', ' ')}: what the ${held.container} holds`,
      });
      if (i > 0) {
        const parent = named[i - 1]!.key;
        reading.links.push({
          kind: 'belongs-to',
          child: entity.key,
          parent,
          because: 'compound',
          stated: false,
        });
        assumptions.push({
          path: `${entity.key}.${parent}_id`,
          text: `assumed each ${entity.key.replaceAll('_', ' ')} is for ${withArticle(parent)}`,
        });
      }
    }
  }
  if (made.length === 0) return made;
  assumptions.push({
    path: 'design',
    text: `read "${held.container}" as where the ${made.map((e) => e.plural.replaceAll('_', ' ')).join(' and ')} are kept, not a resource`,
  });
  const completer = knowledgeBase().entity(held.completer);
  for (const entity of made) {
    if (entity.fields.length > 0 || kbEntityOf(nounPhrase(entity.key.replaceAll('_', ' '))!) !== undefined)
      continue;
    for (const field of completer?.fields ?? []) {
      entity.fields.push(fromKnowledge(field));
      assumptions.push({
        path: `${entity.key}.${field.name}`,
        text: `added ${field.name} by convention: ${withArticle(entity.key.replaceAll('_', ' '))} is kept as ${withArticle(held.container)} keeps things`,
      });
    }
  }
  return made;
}

/**
 * The words of a part that name things: a compound before a container is a noun phrase even where the
 * tagger reads a word of it otherwise ("whisky"), so only determiners, pronouns and the like go. A
 * plural the knowledge base spells irregularly is made singular by it ("lenses" → lens).
 */
function nounWords(words: readonly string[]): string[] {
  const tagged = analyse(words.join(' '));
  const kept =
    tagged.length !== words.length
      ? [...words]
      : words.filter((_, i) => !/^(?:DET|PRON|ADP|CCONJ|SCONJ|NUM|AUX|PART)$/.test(tagged[i]!.pos));
  const kb = knowledgeBase();
  return kept.map((word) => kb.irregularSingular(word) ?? word);
}

/** A compound as one thing ("comic book"), or two where the second is a record of the first ("plant watering"). */
function namedIn(words: readonly string[]) {
  const whole = nounPhrase(words.join(' '));
  if (words.length === 2) {
    const [first, second] = [nounPhrase(words[0]!), nounPhrase(words[1]!)];
    const [a, b] = [first && kbEntityOf(first), second && kbEntityOf(second)];
    if (first && second && a && b && b.parents.includes(a.name)) return [first, second];
  }
  if (whole === undefined || isFieldWord(whole)) return [];
  return [whole];
}
