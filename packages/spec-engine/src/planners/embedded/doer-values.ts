import { addStatedLink, type EntityDraft, type Reading } from './drafts.js';
import { addEntity, isFieldWord, nounPhrase, resolve } from './mentions.js';

/**
 * "every transfer records … the worker who moved the pallet", "each repair notes the mechanic who
 * fixed the bike": a value named by a person who did the act, with a clause saying so, is someone
 * the request keeps (a worker, a mechanic), the record links to them, and to the thing the clause
 * names when that is a resource of its own.
 */
const doerClause =
  /\b(?:the|a|an|which)\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\s+who\s+([a-z]+)\s+(?:(?:the|a|an|it|them|this|that|each)\s+)?([a-z][a-z-]*)?/g;

export function readDoerValues(reading: Reading, sentences: readonly string[]): void {
  for (const sentence of sentences) {
    if (sentence.length > 1500) continue;
    const lower = sentence.toLowerCase();
    for (const m of lower.matchAll(doerClause)) {
      const person = nounPhrase(m[1]!);
      // "who" says the value is someone; "that" would not ("the order that contains it").
      if (person === undefined || isFieldWord(person)) continue;
      const record = recordListing(reading, person.key);
      if (record === undefined) continue;
      const parent = resolve(reading, person) ?? addEntity(reading, person, reading.entities.size);
      if (parent === record) continue;
      const at = record.fields.findIndex((f) => f.name === person.key);
      if (at >= 0) record.fields.splice(at, 1);
      parent.described = true;
      const because = `"${m[0].trim()}"`;
      if (!reading.links.some((l) => l.child === record.key && l.parent === parent.key))
        addStatedLink(reading, record, parent, because);
      reading.inferred.push({
        path: `${record.key}.${parent.key}_id`,
        text: `read ${because} as a link to the ${parent.key.replaceAll('_', ' ')} who did it`,
      });
      const object = m[3] === undefined ? undefined : nounPhrase(m[3]);
      const thing = object === undefined ? undefined : resolve(reading, object);
      if (thing !== undefined && thing !== record && thing !== parent)
        if (!reading.links.some((l) => l.child === record.key && l.parent === thing.key))
          addStatedLink(reading, record, thing, because);
    }
  }
}

/** The one resource that lists the person as a plain value. */
function recordListing(reading: Reading, name: string): EntityDraft | undefined {
  const listing = [...reading.entities.values()].filter((e) =>
    e.fields.some((f) => f.name === name && f.enumValues === undefined),
  );
  return listing.length === 1 ? listing[0] : undefined;
}
