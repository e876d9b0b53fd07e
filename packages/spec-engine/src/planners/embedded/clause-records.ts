import { knowledgeBase } from '../../knowledge/knowledge-base.js';
import type { Clause, NounGroup } from './clauses.js';
import type { EntityDraft, Reading } from './drafts.js';
import { readField, type FieldDraft } from './field-reader.js';
import { isFieldWord, kbEntityOf, nounPhrase } from './mentions.js';
import { resolveGroup, saysSomethingAbout, type Referent } from './resolver.js';
import { nounsOf } from './verb-joins.js';
import { escapeRegExp } from './words.js';

// Which resource of a clause is the record: the occasion a thing is brought or booked for, the record a
// sentence keeps of an occasion, or the record of an activity on values. The clause reader decides who
// the record belongs to and writes the links.

/** English verbs of creating and building: their object comes into being for what follows "for". */
const makingVerbs = new Set(
  'make build create prepare cook bake brew arrange design draw paint write compose produce craft sew knit carve assemble print'.split(
    ' ',
  ),
);

/** Prepositions of purpose and destination: "for a session", "to an appointment", "into surgery". */
const purposePrepositions = new Set(['for', 'to', 'into']);

/**
 * The resource after "for", "to" or "into" that is the occasion a thing is brought or booked for,
 * rather than what it belongs to: "hosts book studios for sessions", "owners bring pets to
 * appointments". It is the record when it is dated and the thing is not (a session has a date, a
 * studio a name and a price), or when the knowledge base files the thing among its usual parents;
 * "tenants sign leases for apartments" keeps the lease, which is dated, the record of the apartment.
 */
export function occasionOf(reading: Reading, clause: Clause, thing: EntityDraft): EntityDraft | undefined {
  // "florists arrange bouquets for weddings": what a verb of making makes is made for the occasion.
  if (makingVerbs.has(clause.verb.lemma)) return undefined;
  const kb = knowledgeBase();
  for (const { prep, group } of clause.preps) {
    if (!purposePrepositions.has(prep)) continue;
    const r = resolveGroup(reading, group);
    if (r.kind !== 'resource' || r.entity === thing) continue;
    const other = r.entity;
    const phrase = nounPhrase(thing.key.replaceAll('_', ' '));
    const known = phrase === undefined ? undefined : kbEntityOf(phrase);
    if (kb.entity(thing.key)?.parents.includes(other.key) === true) return undefined;
    if (kb.entity(other.key)?.parents.includes(thing.key) === true) return other;
    // "passengers buy tickets for crossings": a ticket is the kind of thing that belongs to a dated
    // occasion (an event), so it is the record here, not what the crossing is booked with.
    const madeForOccasions = (known?.parents ?? []).some((parent) =>
      kb.entity(parent)?.fields.some((f) => f.type === 'date' || f.type === 'datetime'),
    );
    return isDated(other) && !isDated(thing) && !madeForOccasions ? other : undefined;
  }
  return undefined;
}

/** Whether the request gives a resource a date or a time of its own: an event, a visit, a session. */
export const isDated = (entity: EntityDraft) =>
  entity.fields.some(
    (f) => f.type === 'date' || f.type === 'datetime' || /(?:^|_)(?:date|time|day|at)$/.test(f.name),
  );

/** "storms damage the sheds, so we log repairs": the occasion first, then what is kept of it. */
const consequence = /^[^.;]*\S,?\s+so\s+(?:we|i)\s/i;

/** "when…", "each time…": a sentence that opens with the occasion its main clause records. */
const occasionOpening = /^\s*(?:and\s+)?(?:when|whenever|each time|every time|after|once)\s/i;

/**
 * "When a student borrows a device we create a loan with…", "whenever i finish a book i write an
 * entry", "storms damage the sheds, so we log repairs": the record the main clause makes is the record
 * of that occasion, and the resources the occasion names (the student, the device) are what it belongs to.
 */
export function occasionRecord(
  reading: Reading,
  sentence: string,
  clauses: readonly Clause[],
): { readonly record: EntityDraft; readonly ends: readonly EntityDraft[] } | undefined {
  if (!(occasionOpening.test(sentence) || consequence.test(sentence)) || clauses.length < 2) return undefined;
  const [occasion, ...rest] = clauses as [Clause, ...Clause[]];
  const made = rest.find(
    (c) =>
      c.subject?.pronoun !== undefined &&
      /^(?:we|i|you)$/.test(c.subject.pronoun) &&
      c.objects.length > 0 &&
      !c.verb.negated &&
      !c.verb.passive,
  );
  if (made === undefined) return undefined;
  const record = resolveGroup(reading, made.objects[0]!);
  if (record.kind !== 'resource') return undefined;
  const ends: EntityDraft[] = [];
  for (const group of [occasion.subject, ...occasion.objects]) {
    const end = group === undefined ? undefined : resolveGroup(reading, group);
    if (end?.kind === 'resource' && end.entity !== record.entity) ends.push(end.entity);
  }
  return { record: record.entity, ends };
}

/**
 * The record of an activity whose object is no resource of its own (a value, or a thing named once):
 * "nurses record vital signs … each record has a pulse" (the noun of its verb), "employees log hours on
 * projects, each entry has a date" (a record `near`, the sentence and the next two, describes with
 * "each" or "every" that nothing links yet), or "coxswains log outings in boats, with the date" (the
 * object itself, made by `make`, when the clause lists its values).
 */
export function activityRecord(
  reading: Reading,
  clause: Clause,
  object: NounGroup,
  ends: readonly EntityDraft[],
  near: string,
  make: (thing: Referent) => EntityDraft,
): EntityDraft | undefined {
  return (
    knownRecordOfVerb(reading, clause.verb.lemma) ??
    recordDescribedIn(reading, near, ends) ??
    objectWithValues(reading, clause, object, make)
  );
}

/** The resource a verb's own noun names, when the request keeps it already ("record", "booking"). */
function knownRecordOfVerb(reading: Reading, verb: string): EntityDraft | undefined {
  for (const noun of [verb, ...nounsOf(verb)]) {
    const phrase = nounPhrase(noun);
    const known = phrase === undefined ? undefined : reading.entities.get(phrase.key);
    if (known !== undefined && saysSomethingAbout(reading, known)) return known;
  }
  return undefined;
}

/** A record `near` describes ("each entry has…") that nothing links yet. */
function recordDescribedIn(
  reading: Reading,
  near: string,
  ends: readonly EntityDraft[],
): EntityDraft | undefined {
  for (const entity of reading.entities.values()) {
    if (ends.includes(entity) || !entity.described || entity.fields.length === 0) continue;
    if (reading.links.some((l) => l.child === entity.key || l.parent === entity.key)) continue;
    const words = escapeRegExp(entity.key.replaceAll('_', ' '));
    if (new RegExp(`\\b(?:each|every)\\s+${words}\\b`).test(near)) return entity;
  }
  return undefined;
}

/** "outings in boats, with the date and the distance": a plural object the clause gives values of. */
function objectWithValues(
  reading: Reading,
  clause: Clause,
  object: NounGroup,
  make: (thing: Referent) => EntityDraft,
): EntityDraft | undefined {
  if (!object.plural) return undefined;
  const thing = resolveGroup(reading, object);
  if (thing.kind !== 'thing' || isFieldWord(thing.phrase)) return undefined;
  if (valuesAfterWith(reading, clause).length === 0) return undefined;
  const entity = make(thing);
  giveValuesAfterWith(reading, clause, entity);
  return entity;
}

/**
 * "with a score and a comment": singular things after "with" are values, even ones the knowledge
 * base knows as records elsewhere.
 */
function valuesAfterWith(reading: Reading, clause: Clause): FieldDraft[] {
  return clause.preps
    .filter((p) => p.prep === 'with' && !p.group.plural && resolveGroup(reading, p.group).kind !== 'resource')
    .map((p) => readField(p.group.text))
    .filter((f) => f !== undefined);
}

/** Gives a record the clause makes the values it lists after "with". */
export function giveValuesAfterWith(reading: Reading, clause: Clause, entity: EntityDraft): void {
  const values = valuesAfterWith(reading, clause);
  if (values.length === 0) return;
  entity.described = true;
  for (const value of values)
    if (!entity.fields.some((f) => f.name === value.name)) entity.fields.push(value);
}
