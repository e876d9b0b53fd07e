import { addStatedLink, type Reading } from './drafts.js';
import { addEntity, isFieldWord, nounPhrase, resolve, type NounPhrase } from './mentions.js';
import { analyse } from './nlp.js';
import { renameResource } from './rename.js';

/**
 * "each appointment is at one of our clinics", "every donation is given by one donor at one of our
 * collection sites": "one of our Xs" names a set of things the writer keeps, so they are a resource,
 * and the sentence's subject belongs to one of them, even where nothing else is said of either.
 */
const oneOfOurs =
  /\b(?:at|in|to|from|for|with|on|by|into|under)\s+one\s+of\s+(?:our|my|the|their|its|his|her)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})/gi;

/** Words that end the place's name: a list, a clause, a parenthesis. */
const nameEnd =
  /\s(?:and|or|with|w|plus|that|which|who|where|when|for|from|to|in|on|at|per|by|of|is|are|has|have|records?|keeps?)\b.*$/;

export function readOneOfOurs(reading: Reading, sentence: string): void {
  const lower = sentence.toLowerCase();
  if (!lower.includes('one of ')) return;
  for (const m of lower.matchAll(oneOfOurs)) {
    const place = nounPhrase(m[1]!.replace(nameEnd, ''));
    if (place === undefined || !place.writtenPlural || isFieldWord(place)) continue;
    const subject = subjectOf(lower.slice(0, m.index));
    if (subject === undefined || subject.key === place.key) continue;
    const child = resolve(reading, subject) ?? addEntity(reading, subject, reading.entities.size);
    let parent = resolve(reading, place) ?? addEntity(reading, place, reading.entities.size);
    // "one of our collection sites … sites have a city": the request's full name for them wins over
    // the head alone that another sentence used.
    if (
      parent.key !== place.key &&
      place.key.endsWith(`_${parent.key}`) &&
      !reading.entities.has(place.key)
    ) {
      renameResource(reading, parent.key, place.key, place.plural, reading.inferred);
      parent = reading.entities.get(place.key) ?? parent;
    }
    if (child === parent) continue;
    parent.described = true;
    if (!reading.links.some((l) => l.child === child.key && l.parent === parent.key))
      addStatedLink(reading, child, parent, m[0].trim());
  }
}

/** The noun phrase the clause opens with, before its first verb: "every donation" of "every donation is…". */
function subjectOf(clause: string): NounPhrase | undefined {
  const opening = clause.split(/[,;:]/).at(-1)!.trim();
  const words = analyse(opening);
  const verb = words.findIndex((w) => w.pos === 'VERB' || w.pos === 'AUX');
  if (verb <= 0) return undefined;
  const nouns = words.slice(0, verb).filter((w) => w.pos !== 'DET' && w.pos !== 'NUM');
  if (nouns.length === 0 || nouns.length > 3 || nouns.some((w) => !['NOUN', 'PROPN', 'ADJ'].includes(w.pos)))
    return undefined;
  if (nouns.at(-1)!.pos !== 'NOUN') return undefined;
  const phrase = nounPhrase(nouns.map((w) => w.text).join(' '));
  return phrase === undefined || isFieldWord(phrase) ? undefined : phrase;
}
