import { addStatedLink, type EntityDraft, type Reading } from './drafts.js';
import { addEntity, isFieldWord, kbEntityOf, nounPhrase, resolve, type NounPhrase } from './mentions.js';

// "Reservations of members for classes: …", "member bookings to courses: …", "loans of tools by
// members: …": a heading that names records of one kind of thing for (to, at, by…) another says the
// records are a resource of their own, kept for each pair: each belongs to both.

const plural = String.raw`[a-z][\w-]{1,40}s`;
const connector = String.raw`(?:for|to|at|in|on|with|from|by)`;
/** "…reservations of (the) members for (the) classes", at the end of the heading. */
const ofShape = new RegExp(
  String.raw`(?:^|\s)(${plural})\s+of\s+(?:the\s+)?(${plural})\s+${connector}\s+(?:the\s+)?(${plural})$`,
);
/** "member reservations to classes": the one the records are of as a modifier. */
const compoundShape = new RegExp(
  String.raw`^(?:the\s+)?([a-z][\w-]{1,40})\s+(${plural})\s+${connector}\s+(?:the\s+)?(${plural})$`,
);

/**
 * Reads such a heading (the words before a colon), adding the records and both things they belong
 * to; false, reading nothing, when the heading has another shape or names values ("prices of
 * products in stores": a price is a value).
 */
export function readRecordHeading(reading: Reading, heading: string, next: () => number): boolean {
  const text = heading.trim().toLowerCase();
  const of = ofShape.exec(text);
  const compound = of === null ? compoundShape.exec(text) : null;
  const words = of ?? compound;
  if (words === null) return false;
  const [record, first, second] = (of !== null ? [words[1]!, words[2]!] : [words[2]!, words[1]!])
    .concat(words[3]!)
    .map((w) => nounPhrase(w));
  if (record === undefined || first === undefined || second === undefined) return false;
  const things = [record, first, second];
  if (things.some((t) => isFieldWord(t)) || new Set(things.map((t) => t.key)).size < 3) return false;
  if (!record.writtenPlural || !second.writtenPlural) return false;
  // A modifier names whom the records are of only when it is a kind of thing ("member"), not a
  // quality ("online bookings for rooms").
  if (compound !== null && kbEntityOf(first) === undefined) return false;
  const entity = entityFor(reading, record, next);
  entity.described = true;
  for (const owner of [first, second]) {
    const parent = entityFor(reading, owner, next);
    if (!reading.links.some((l) => l.child === entity.key && l.parent === parent.key))
      addStatedLink(reading, entity, parent, heading.trim());
  }
  return true;
}

function entityFor(reading: Reading, phrase: NounPhrase, next: () => number): EntityDraft {
  return resolve(reading, phrase) ?? addEntity(reading, phrase, next());
}
