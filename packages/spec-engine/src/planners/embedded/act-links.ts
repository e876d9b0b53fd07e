import type { Assumption } from '../planner.js';
import type { LinkDraft, Reading } from './drafts.js';
import { readField } from './field-reader.js';
import { addEntity, nounPhrase } from './mentions.js';
import { analyse } from './nlp.js';

/**
 * Verbs of a transaction between two parties, with the records English names it by where the noun is
 * not made from the verb (lend → loan; rent → rental comes from the verb). "The library lends tools to
 * neighbours" says a tool goes to a neighbour for a while, not that it belongs to one.
 */
export const transactionRecords = new Map<string, readonly string[]>([
  ['lend', ['loan', 'checkout']],
  ['borrow', ['loan', 'checkout']],
  ['rent', ['rental', 'lease', 'booking', 'reservation']],
  ['hire', ['rental', 'hire', 'booking']],
  ['lease', ['lease', 'rental']],
  ['book', ['booking', 'reservation', 'appointment']],
  ['reserve', ['reservation', 'booking']],
  ['order', ['order']],
  ['buy', ['purchase', 'order', 'sale']],
  ['purchase', ['purchase', 'order']],
  ['sell', ['sale', 'order']],
  ['adopt', ['adoption']],
  ['visit', ['visit']],
  ['attend', ['attendance', 'registration']],
]);

/**
 * Drops a belongs-to link that a sentence's transaction verb gave straight between two resources
 * ("lends power tools to neighbours": tool → neighbour) when the design also keeps that transaction's
 * record belonging to both (a loan of a tool to a neighbour): the act happens many times, each time
 * recorded, so the direct link would say each tool has one neighbour for ever. Links read from
 * ownership wording ("each bike belongs to a customer"), and links beside a record of something else
 * (a plot rented by a member, with problem reports on plots by members), stay.
 */
export function dropActLinksCoveredByRecords(reading: Reading, assumptions: Assumption[]): void {
  const parentsOf = new Map<string, Set<string>>();
  for (const link of reading.links) {
    if (link.kind !== 'belongs-to') continue;
    const parents = parentsOf.get(link.child) ?? new Set<string>();
    parents.add(link.parent);
    parentsOf.set(link.child, parents);
  }
  const recorded = (a: string, b: string, records: ReadonlySet<string>) =>
    [...parentsOf].some(
      ([record, parents]) => records.has(record.split('_').at(-1)!) && parents.has(a) && parents.has(b),
    );
  for (let i = reading.links.length - 1; i >= 0; i--) {
    const link = reading.links[i]!;
    if (link.kind !== 'belongs-to' || !link.stated) continue;
    const records = transactionRecordsOf(link);
    if (records.size === 0 || !recorded(link.child, link.parent, records)) continue;
    reading.links.splice(i, 1);
    dropAssumption(assumptions, link);
  }
}

/** The records of the transaction verbs in the words a link was read from, if any. */
function transactionRecordsOf(link: LinkDraft): Set<string> {
  const quoted = /"([^"]+)"/.exec(link.because)?.[1] ?? link.because;
  const records = new Set<string>();
  for (const word of analyse(quoted)) {
    if (word.pos !== 'VERB') continue;
    for (const record of transactionRecords.get(word.lemma) ?? []) records.add(record);
  }
  return records;
}

function dropAssumption(assumptions: Assumption[], link: LinkDraft): void {
  const field = link.field ?? link.parent;
  const index = assumptions.findIndex(
    (a) =>
      (a.path === `${link.child}.${field}` || a.path === `${link.child}.${field}_id`) &&
      / belongs to /.test(a.text),
  );
  if (index >= 0) assumptions.splice(index, 1);
}

/**
 * Lending: each time a thing is handed over is a record of its own. (A thing rented or leased "by a
 * member for a season" is held by one tenant at a time, which a link says.)
 */
const heldFor = new Set(['lend', 'borrow']);

/**
 * "when an instrument is lent to a member", "tools are borrowed by neighbours": a link read from a
 * verb of lending says nothing of whom the thing belongs to; each time is a record (a loan) of the
 * thing and the person. Where no reader made that record, the link
 * becomes one, whichever way the sentence put its two sides.
 */
export function recordHandovers(reading: Reading, sentences: readonly string[] = []): void {
  for (let i = reading.links.length - 1; i >= 0; i--) {
    const link = reading.links[i]!;
    if (link.kind !== 'belongs-to' || !link.stated || link.field !== undefined) continue;
    const quoted = /"([^"]+)"/.exec(link.because)?.[1] ?? link.because;
    // The clause of the lending verb must name both sides: a list's other items say other things.
    const clause = quoted
      .split(/[,;:]|\band\b/)
      .find((piece) => sidesNamed(piece, [link.child, link.parent]));
    const verb =
      clause === undefined
        ? undefined
        : analyse(clause).find((w) => w.pos === 'VERB' && heldFor.has(w.lemma));
    const name = verb === undefined ? undefined : transactionRecords.get(verb.lemma)?.[0];
    if (name === undefined || [link.child, link.parent].includes(name)) continue;
    const sides = [link.child, link.parent];
    const existing = reading.entities.get(name);
    const linksBoth = (record: string) =>
      sides.every((side) => reading.links.some((l) => l.child === record && l.parent === side));
    reading.links.splice(i, 1);
    if (existing !== undefined && linksBoth(existing.key)) {
      noteValues(reading, existing.key, sides, sentences);
      continue;
    }
    const phrase = nounPhrase(name);
    if (phrase === undefined) continue;
    const record = (existing ?? addEntity(reading, phrase, reading.entities.size)).key;
    for (const side of sides)
      if (!reading.links.some((l) => l.child === record && l.parent === side))
        reading.links.push({
          kind: 'belongs-to',
          child: record,
          parent: side,
          because: link.because,
          stated: true,
        });
    noteValues(reading, record, sides, sentences);
    reading.inferred.push({
      path: record,
      text: `added ${record}: "${quoted}" hands a thing over for a while, and each time is a ${record}`,
    });
  }
}

/** Whether a clause names both resources, by the last word of their names, singular or plural. */
function sidesNamed(clause: string, sides: readonly string[]): boolean {
  const words = new Set(analyse(clause.toLowerCase()).map((w) => w.lemma));
  return sides.every((side) => words.has(side.split('_').at(-1)!));
}

/** "… we note the date it went out and the date it came back": what is noted of each time. */
const noted =
  /\b(?:we|i|they|you)\s+(?:also\s+)?(?:note|record|log|keep|write\s+down|track|store|save)\s+(.+)$/i;

function noteValues(
  reading: Reading,
  record: string,
  sides: readonly string[],
  sentences: readonly string[],
): void {
  const entity = reading.entities.get(record);
  if (entity === undefined) return;
  // "When an instrument is lent to a member we note …": the sentence of the lending that notes values.
  const said = sentences.find(
    (s) =>
      noted.test(s) &&
      sidesNamed(s, sides) &&
      analyse(s).some((w) => w.pos === 'VERB' && heldFor.has(w.lemma)),
  );
  const values = said === undefined ? undefined : noted.exec(said)?.[1];
  if (values === undefined) return;
  for (const item of values.split(/\s*,\s*(?:and\s+)?|\s+and\s+/)) {
    const field = readField(item);
    if (field === undefined || entity.fields.some((f) => f.name === field.name)) continue;
    entity.fields.push(field);
    // The list readers may have given the value to one of the sides.
    for (const side of sides) {
      const other = reading.entities.get(side);
      const at = other?.fields.findIndex((f) => f.name === field.name && f.origin !== 'knowledge') ?? -1;
      if (at >= 0) other!.fields.splice(at, 1);
    }
  }
}
