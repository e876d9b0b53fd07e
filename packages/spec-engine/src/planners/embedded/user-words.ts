import { knowledgeBase } from '../../knowledge/knowledge-base.js';
import type { Assumption } from '../planner.js';
import type { Reading } from './drafts.js';
import { nounPhrase } from './mentions.js';
import { renameResource } from './rename.js';
import { escapeRegExp, withArticle } from './words.js';

/** Whether the request uses a phrase, singular or plural ("parcel", "parcels", "children"). */
function mentions(text: string, phrase: string): boolean {
  const plural = knowledgeBase().irregularPlural(phrase);
  const forms = [
    escapeRegExp(phrase).replace(/ /g, '[\\s_-]+') + '(?:s|es)?',
    ...(plural ? [escapeRegExp(plural)] : []),
  ];
  return new RegExp(`(?<![\\p{L}])(?:${forms.join('|')})(?![\\p{L}])`, 'u').test(text);
}

/** Every phrase that names a domain ("todo", "bookstore"): such a word names the application, not a record. */
let cueWords: Set<string> | undefined;
const isCue = (phrase: string) =>
  (cueWords ??= new Set(knowledgeBase().domains.flatMap((d) => d.cues.en))).has(phrase);

/**
 * A resource is named with the user's word. Where a reading put a resource under the knowledge base's
 * canonical name ("package") although the request never says it and says one of its synonyms
 * ("parcel tracking"), the resource takes that word back; the knowledge base still completes it, as
 * the synonym names the same entity. Links and assumptions follow the new name.
 */
export function restoreUserWords(reading: Reading, text: string, assumptions: Assumption[]): void {
  const lower = text.toLowerCase();
  const kb = knowledgeBase();
  for (const entity of [...reading.entities.values()]) {
    const known = kb.entity(entity.key);
    if (known === undefined || mentions(lower, entity.key.replaceAll('_', ' '))) continue;
    const said = known.synonyms.en
      .map((s) => s.split('/')[0]!)
      .filter(
        // Only a word that names this same entity: "animal" is a pet and a farm animal, and the farm's
        // fields and links would replace the pet's.
        (s) =>
          s !== entity.key.replaceAll('_', ' ') &&
          !isCue(s) &&
          kb.entityFor(s) === known &&
          mentions(lower, s),
      )
      .map((s) => ({ s, at: lower.search(new RegExp(`(?<![\\p{L}])${escapeRegExp(s)}`, 'u')) }))
      .sort((a, b) => a.at - b.at)[0]?.s;
    const phrase = said === undefined ? undefined : nounPhrase(said);
    if (phrase === undefined || reading.entities.has(phrase.key)) continue;
    renameResource(reading, entity.key, phrase.key, phrase.plural, assumptions);
    assumptions.push({
      path: phrase.key,
      text: `completed ${said} with what ${withArticle(known.name)} usually has`,
    });
  }
}
