import { addStatedLink, type EntityDraft, type Reading } from './drafts.js';
import { transactionRecords } from './act-links.js';
import { readField } from './field-reader.js';
import { addEntity, nounPhrase, resolve, thingNamedBy } from './mentions.js';
import { antecedent, peopleBefore, recipientBefore } from './pronoun-acts.js';

// "who took each one and when they brought it back", "who has it rn + since when", "who booked which
// room and from when till when": a chatty request asking who holds or booked a thing asks for a
// record of each time it happened (a loan, a booking), linking the thing and a person. The person is
// whom the request lends to ("i lend my games to friends"), the people it names nearest before, or,
// where it names none, a person.

const whoHolds =
  /\bwho\s+(?:(?:has|had|last|already|usually|currently|actually)\s+)?(took|takes|borrowed|borrows|has|had|used|uses|checked\s+out|booked|books|reserved|reserves|rented|rents|hired|hires)\s+(them|it|each\s+one|each|every\s+one|which\s+[a-z][\w-]*)\b([^.;!?]*)/giu;

/** The transaction each verb of holding or booking makes (taking a thing of mine borrows it). */
const transactionOf: Readonly<Record<string, string>> = {
  took: 'borrow',
  takes: 'borrow',
  borrowed: 'borrow',
  borrows: 'borrow',
  has: 'borrow',
  had: 'borrow',
  used: 'borrow',
  uses: 'borrow',
  booked: 'book',
  books: 'book',
  reserved: 'reserve',
  reserves: 'reserve',
  rented: 'rent',
  rents: 'rent',
  hired: 'hire',
  hires: 'hire',
};

/** When the record's time is asked, and the fields that answer it. */
const times: readonly [RegExp, readonly string[]][] = [
  [/\bfrom\s+when\s+(?:till|until|til|to)\s+when\b/, ['starts at', 'ends at']],
  [/\bsince\s+when\b/, ['since']],
  [/\bwhen\s+(?:they|he|she|it|we)\s+(?:brought|gave|give|bring|returned|return)\b/, ['returned at']],
  [/\b(?:and\s+)?(?:for\s+)?how\s+long\b/, ['due date']],
];

/**
 * "we lend bikes to kids", "i loan my lenses to students", "the club hires out canoes to visitors":
 * handing things over to people for a while, each time a record of the two.
 */
const lendsTo =
  /\b(lend|lends|lent|lending|loan|loans|loaned|rent\s+out|rents\s+out|hire\s+out|hires\s+out)\s+(?:(?:my|our|the|their|its|his|her|some|all)\s+)?([a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+to\s+(?:(?:my|our|the|their|its|his|her|some|other|local)\s+)?([a-z][\w-]*s)\b/giu;

/** Reads records of who holds or booked a thing from the request's whole text. */
export function readWhoHolds(reading: Reading, text: string): void {
  const lower = text.toLowerCase();
  for (const m of lower.matchAll(lendsTo)) {
    const thingPhrase = nounPhrase(m[2]!);
    const personPhrase = nounPhrase(m[3]!);
    const thing = thingPhrase === undefined ? undefined : resolve(reading, thingPhrase);
    if (thing === undefined || personPhrase === undefined || !personPhrase.writtenPlural) continue;
    const side = resolve(reading, personPhrase) ?? addEntity(reading, personPhrase, reading.entities.size);
    const lemma = m[1]!.startsWith('rent') ? 'rent' : m[1]!.startsWith('hire') ? 'hire' : 'lend';
    const record = side === thing ? undefined : recordFor(reading, lemma, [thing.key, side.key]);
    if (record === undefined) continue;
    linkRecord(reading, record, [thing, side], m[0]);
  }
  for (const m of lower.matchAll(whoHolds)) {
    const verb = m[1]!.replace(/\s+/g, ' ');
    const lemma = transactionOf[verb] ?? (verb.startsWith('checked') ? 'borrow' : undefined);
    const thing = thingHeld(reading, lower, m.index, m[2]!);
    if (lemma === undefined || thing === undefined) continue;
    const before = lower.slice(0, m.index);
    const person =
      recipientBefore(before, 'lend', thing.key) ??
      peopleBefore(reading, before, thing.key) ??
      nounPhrase('person')!;
    const side = resolve(reading, person) ?? addEntity(reading, person, reading.entities.size);
    if (side === thing) continue;
    const record = recordFor(reading, lemma, [thing.key, side.key]);
    if (record === undefined) continue;
    linkRecord(reading, record, [thing, side], m[0]);
    for (const [asked, names] of times) {
      if (!asked.test(m[3]!)) continue;
      for (const name of names) {
        const field = readField(name);
        if (field !== undefined && !record.fields.some((f) => f.name === field.name))
          record.fields.push(field);
      }
    }
    // The doer and times the list readers made of the same words are the record's now.
    const said = m[0];
    for (let i = thing.fields.length - 1; i >= 0; i--) {
      const field = thing.fields[i]!;
      if (
        field.doer === true ||
        (field.source.trim() !== '' && said.includes(field.source.trim().toLowerCase()))
      )
        thing.fields.splice(i, 1);
    }
  }
}

/** The thing asked about: "which room" names it, a pronoun stands for the nearest one before. */
function thingHeld(reading: Reading, text: string, at: number, words: string): EntityDraft | undefined {
  const which = /^which\s+(.+)$/.exec(words);
  if (which === null) return antecedent(reading, text, at, words.startsWith('them') ? 'them' : 'it');
  // "who booked which booth" where "2 recording booths" were only mentioned: the booths are kept.
  return thingNamedBy(reading, which[1]!, text, false);
}

/** The transaction's record: one the request names already, or the usual one for the verb. */
function recordFor(reading: Reading, lemma: string, sides: readonly string[]): EntityDraft | undefined {
  const names = transactionRecords.get(lemma) ?? [];
  const named = names.map((n) => reading.entities.get(n)).find((e) => e !== undefined);
  if (named !== undefined) return sides.includes(named.key) ? undefined : named;
  const phrase = names[0] === undefined ? undefined : nounPhrase(names[0]);
  return phrase === undefined || sides.includes(phrase.key)
    ? undefined
    : addEntity(reading, phrase, reading.entities.size);
}

/** The record belongs to both sides, and says which words it was read from. */
function linkRecord(reading: Reading, record: EntityDraft, sides: readonly EntityDraft[], words: string) {
  if (
    record.described &&
    sides.every((side) => reading.links.some((l) => l.child === record.key && l.parent === side.key))
  )
    return;
  record.described = true;
  const because = `"${words.trim()}": each ${record.key.replaceAll('_', ' ')} is one time it happened`;
  for (const parent of sides)
    if (!reading.links.some((l) => l.child === record.key && l.parent === parent.key))
      addStatedLink(reading, record, parent, because);
  reading.inferred.push({
    path: record.key,
    text: `added ${record.key.replaceAll('_', ' ')}: read from ${because}`,
  });
}
