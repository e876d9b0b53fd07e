import { addStatedLink, type Reading } from './drafts.js';
import { addEntity, isFieldWord, nounPhrase, resolve, type NounPhrase } from './mentions.js';

/**
 * "albums contain tracks, tracks contain credits", "a playlist consists of songs", "surveys are made
 * up of questions": a thing that contains other things written as bare plurals holds rows of them,
 * each row belonging to one container. The list readers take "contain" and "include" as list verbs and
 * read an unknown plural after them as a count or a value of the container ("credits", "options"); here
 * the object is a resource nested under its container instead. An object with an article or a value's
 * word ("a title and a cover", "notes", "tags") stays the container's field, as the list readers read it.
 */
const containVerb = String.raw`(?:(?:can|may|will|usually|often|also|always|typically)\s+)*(?:contains?|includes?|consists?\s+of|(?:is|are)\s+made\s+(?:up\s+)?of|(?:is|are)\s+(?:divided|split|broken\s+down|organi[sz]ed)\s+into)`;
const subjectWords = String.raw`(?:(?:a|an|the|each|every|one|our|my)\s+)?([a-z][\w-]{1,40}(?:\s+[a-z][\w-]{1,40})?)`;
const anySubject = subjectWords.replace('([a-z]', '(?:[a-z]');
/** One clause of containment: its container, and the list it contains. */
const containment = new RegExp(
  String.raw`^(?:(?:and|while|whereas|where|then)\s+)?${subjectWords}\s+${containVerb}\s+(.{1,200})$`,
  'i',
);
/**
 * Where a sentence's next clause starts: at a semicolon, at a comma or "and" before another
 * containment ("albums contain tracks, tracks contain credits").
 */
const clauseBreak = new RegExp(
  String.raw`\s*;\s*|\s*,?\s+(?:and|but|while|whereas)\s+(?=${anySubject}\s+${containVerb}\b)|\s*,\s*(?=${anySubject}\s+${containVerb}\b)`,
  'i',
);

/** Quantifiers before a bare plural that keep it bare: "several tracks", "one or more stops". */
const quantifier =
  /^(?:(?:many|several|multiple|some|various|one or more|zero or more|a few|a number of|a list of|a set of|any number of|lots of|a lot of|\d+)\s+)/i;

/** Subjects that are the application or a pronoun, never a container of rows. */
const notAContainer =
  /^(?:it|they|this|that|which|who|each one|every one|app|api|application|system|backend|service|platform|site|website|database|db|data|request|list|page|screen|form|report)$/i;

/** The resources a contained list names: each item a bare plural, or nothing when any item is not. */
function containedThings(list: string): NounPhrase[] {
  // "several ingredients with a quantity each": values of each pairing, which the join readers read;
  // "items with a label": the items' own fields, which the list readers read with their link.
  if (/\s(?:each|per|for|with|w\/|having|that|which|who|where|from|to|in|on|at|of)\s/i.test(` ${list} `))
    return [];
  const items = list
    .split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/)
    .map((item) => item.trim().replace(quantifier, ''))
    .filter((item) => item !== '');
  const things: NounPhrase[] = [];
  for (const item of items) {
    if (!/^[a-z][\w-]*(?:\s+[a-z][\w-]*)?$/i.test(item)) return [];
    const phrase = nounPhrase(item);
    if (phrase === undefined || !phrase.writtenPlural || isFieldWord(phrase)) return [];
    things.push(phrase);
  }
  return things;
}

/** Reads containment between resources in the request's sentences, nesting each contained thing. */
export function readNesting(reading: Reading, sentences: readonly string[]): void {
  for (const sentence of sentences) {
    if (sentence.length > 2000) continue;
    for (const clause of sentence.replace(/[.!?]+\s*$/, '').split(clauseBreak)) {
      const match = containment.exec(clause.trim());
      if (match === null) continue;
      const subject = match[1]!;
      if (notAContainer.test(subject) || notAContainer.test(subject.split(/\s+/).at(-1)!)) continue;
      const containerPhrase = nounPhrase(subject);
      if (containerPhrase === undefined || isFieldWord(containerPhrase)) continue;
      const things = containedThings(match[2]!);
      if (things.length === 0) continue;
      const container =
        resolve(reading, containerPhrase) ?? addEntity(reading, containerPhrase, reading.entities.size);
      container.described = true;
      for (const thing of things) {
        const child = resolve(reading, thing) ?? addEntity(reading, thing, reading.entities.size);
        if (child === container) continue;
        // The list readers may have kept the thing as the container's value ("credits", "options").
        const kept = container.fields.findIndex(
          (f) => f.name === thing.key || f.name === thing.plural || f.name === `${thing.key}_count`,
        );
        if (kept >= 0) container.fields.splice(kept, 1);
        // A link read the other way round from a field list ("modules … lessons with a title" giving
        // each module a lesson) gives way to what the containment says.
        const reversed = reading.links.findIndex(
          (l) => l.kind === 'belongs-to' && l.child === container.key && l.parent === child.key,
        );
        if (reversed >= 0) reading.links.splice(reversed, 1);
        const linked = reading.links.some(
          (l) =>
            (l.child === child.key && l.parent === container.key) ||
            (l.child === container.key && l.parent === child.key),
        );
        // A thing that already belongs to something else ("songs" of an album, then "a playlist
        // consists of songs") is shared between containers, which this reading cannot say.
        const elsewhere = reading.links.some(
          (l) => l.kind === 'belongs-to' && l.child === child.key && l.parent !== container.key,
        );
        if (!linked && !elsewhere) addStatedLink(reading, child, container, match[0].trim());
      }
    }
  }
}
