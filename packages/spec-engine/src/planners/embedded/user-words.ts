import { knowledgeBase } from '../../knowledge/knowledge-base.js';
import type { Assumption } from '../planner.js';
import type { Reading } from './drafts.js';
import { nounPhrase } from './mentions.js';
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
    rename(reading, assumptions, entity.key, phrase.key, phrase.plural);
    assumptions.push({
      path: phrase.key,
      text: `completed ${said} with what ${withArticle(known.name)} usually has`,
    });
  }
}

function rename(reading: Reading, assumptions: Assumption[], from: string, to: string, plural: string): void {
  const entity = reading.entities.get(from)!;
  reading.entities.delete(from);
  reading.entities.set(to, { ...entity, key: to, plural });
  const swap = (key: string) => (key === from ? to : key);
  reading.links.forEach((link, i) => {
    reading.links[i] = { ...link, child: swap(link.child), parent: swap(link.parent) };
  });
  reading.perFields.forEach((p, i) => {
    reading.perFields[i] = { ...p, entity: swap(p.entity), other: swap(p.other) };
  });
  reading.joins.forEach((j, i) => {
    reading.joins[i] = { join: swap(j.join), a: swap(j.a), b: swap(j.b) };
  });
  assumptions.forEach((a, i) => {
    if (a.path === from || a.path.startsWith(`${from}.`))
      assumptions[i] = { ...a, path: `${to}${a.path.slice(from.length)}` };
  });
}
