import { addStatedLink, type EntityDraft, type Reading } from './drafts.js';
import { addEntity, nounPhrase, resolve } from './mentions.js';

/**
 * "drivers are assigned to vans for a shift", "nurses are matched with wards per rota slot": the
 * pairing happens for the occasion named last, so that occasion is the record of it, belonging to
 * both sides. Links the sentence's other readings drew among the three ("a driver belongs to a van",
 * "a van to a shift") go: neither owns the other.
 */
const assignedFor =
  /\b([a-z][\w-]*s)\s+(?:are|get|can\s+be|will\s+be)\s+(?:assigned|allocated|matched|paired|rostered|scheduled)\s+(?:to|with|on)\s+(?:a\s+|an\s+|the\s+|their\s+|one\s+)?([a-z][\w-]*)\s+(?:for|per|on|in)\s+(?:a|an|each|every|the|one)\s+([a-z][\w-]*)\b/g;

export function readAssignedFor(reading: Reading, sentences: readonly string[]): void {
  for (const sentence of sentences) {
    if (sentence.length > 1500) continue;
    for (const m of sentence.toLowerCase().matchAll(assignedFor)) {
      const sides = [m[1]!, m[2]!, m[3]!].map((words) => thing(reading, words));
      const [a, b, occasion] = sides;
      if (a === undefined || b === undefined || occasion === undefined) continue;
      if (new Set(sides.map((s) => s!.key)).size < 3) continue;
      const keys = new Set([a.key, b.key, occasion.key]);
      for (let i = reading.links.length - 1; i >= 0; i--) {
        const link = reading.links[i]!;
        if (keys.has(link.child) && keys.has(link.parent) && link.because.toLowerCase().includes(m[0]))
          reading.links.splice(i, 1);
      }
      occasion.described = true;
      for (const side of [a, b])
        if (!reading.links.some((l) => l.child === occasion.key && l.parent === side.key))
          addStatedLink(reading, occasion, side, `"${m[0]}"`);
      reading.inferred.push({
        path: occasion.key,
        text: `read "${m[0]}" as each ${occasion.key.replaceAll('_', ' ')} pairing ${withPlural(a)} with ${withPlural(b)}`,
      });
    }
  }
}

const withPlural = (entity: EntityDraft) => entity.plural.replaceAll('_', ' ');

/** A resource the words name, or a new one where they are a noun written in the plural or counted. */
function thing(reading: Reading, words: string): EntityDraft | undefined {
  const phrase = nounPhrase(words);
  if (phrase === undefined) return undefined;
  return resolve(reading, phrase) ?? addEntity(reading, phrase, reading.entities.size);
}
