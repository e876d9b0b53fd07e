import { knowledgeBase } from '../../knowledge/knowledge-base.js';
import { actEvidence, actNoun, actScale, keepingVerbs, phrasalNoun } from './act-records.js';
import {
  activityRecord,
  giveValuesAfterWith,
  isDated,
  occasionOf,
  occasionRecord,
} from './clause-records.js';
import { clauseTags, readClauses, type Clause, type NounGroup } from './clauses.js';
import type { EntityDraft, Reading } from './drafts.js';
import { readField } from './field-reader.js';
import { addEntity, isFieldWord, kbEntityOf, nounPhrase } from './mentions.js';
import { analyse, isKnownWord, type Word } from './nlp.js';
import { resolveGroup, type Referent } from './resolver.js';
import { nounsOf } from './verb-joins.js';
import { escapeRegExp, withArticle } from './words.js';

/** Prepositions after which a resource is one the record is for, on, of, at or with. */
const linkingPrepositions = new Set(
  'for on of to against in at with from about into under inside within between'.split(' '),
);
/** Verbs that say what a thing holds rather than what someone does: their objects are usually values. */
const holdingVerbs = new Set('have get contain include hold comprise carry list'.split(' '));
/** Verbs of wanting and letting: their object is who acts next, not a thing made. */
const wishVerbs = new Set('want need like let allow help wish hope use'.split(' '));

/** Stands between two sentences' words, so no word is read as the next sentence's first's modifier. */
const endOfSentence = { text: '.', pos: 'PUNCT', lemma: '.' } as Word;

/** What the clauses of a request say about who holds what, before it is written into the reading. */
interface ClauseFacts {
  /** child key → the parent keys an actor clause gave it, with the clause. */
  readonly actorOf: Map<string, { parent: string; text: string }>;
  /** Pairs read as many on both sides, with the verb that joined them and its sentence. */
  readonly manyPairs: { a: string; b: string; verb: string; sentence: number; text: string }[];
}

/**
 * The request the clauses come from: a noun counts as a thing of its own by how often the request
 * names it, and a record is looked for in the sentences near its clause. Its words are tagged the
 * first time a count needs them.
 */
interface RequestWords {
  readonly text: string;
  readonly sentences: readonly string[];
  /** Each sentence's clauses, in order. */
  readonly clauses: readonly (readonly Clause[])[];
  tagged?: { readonly words: readonly Word[]; readonly tags: readonly string[] };
}

/**
 * Reads every clause of the prose as subject, verb, objects and prepositional phrases, resolves each
 * noun phrase, and derives, the same way for every verb: a record an actor makes or acts on belongs
 * to the actor and to the resources after "for", "on", "of", "to", "in", "at", "with"…; a passive's
 * subject belongs to its agent; an intransitive verb or a copula with a preposition links its subject
 * to the resource after it, many-to-many where either side is counted as many; "X contains several Y
 * with a Z each" is a line record of X and Y holding Z. Generic actors ("we", "people", "users" the
 * request says nothing about) are not resources. Every link or resource inferred is an assumption.
 */
export function readClauseLinks(reading: Reading, sentences: readonly string[]): void {
  const facts: ClauseFacts = { actorOf: new Map(), manyPairs: [] };
  const generics = new Set<string>();
  const text = sentences.join(' ').toLowerCase();
  const request: RequestWords = { text, sentences, clauses: sentences.map((s) => readClauses(s)) };
  request.clauses.forEach((clauses, index) => {
    (request.clauses as Clause[][])[index] = clauses.map((clause, i) =>
      scorerNamedBefore(request, index, clause, clauses[i - 1]),
    );
  });
  sentences.forEach((sentence, index) => {
    const clauses = request.clauses[index]!;
    readOccasionRecord(reading, sentence, clauses);
    for (const clause of clauses) {
      if (clause.verb.negated || clause.participle === true || wishVerbs.has(clause.verb.lemma)) continue;
      readClause(reading, request, clause, index, facts, generics);
    }
  });
  for (const pair of facts.manyPairs) joinPair(reading, pair, sentences, text);
  for (const word of generics)
    reading.inferred.push({
      path: 'design',
      text: `did not make "${word}" a resource: they act in the request, but nothing is stored about them`,
    });
}

function readClause(
  reading: Reading,
  request: RequestWords,
  clause: Clause,
  sentence: number,
  facts: ClauseFacts,
  generics: Set<string>,
): void {
  const subject = scoringSubject(
    request,
    sentence,
    clause,
    clause.subject === undefined ? undefined : resolveGroup(reading, clause.subject),
  );
  if (subject?.kind === 'generic' && clause.subject?.pronoun === undefined)
    generics.add(clause.subject!.text);
  if (clause.verb.passive) {
    // "books are written by authors", "patients are admitted to wards": the subject is the record.
    if (subject === undefined || subject.kind === 'none' || subject.kind === 'generic') return;
    const agent = clause.agent === undefined ? undefined : resolveGroup(reading, clause.agent, true);
    const parents = [
      // The agent of a passive names who acts ("taught by one teacher"), even met only once.
      ...(agent !== undefined && (agent.kind === 'resource' || agent.kind === 'thing') ? [agent] : []),
      ...prepositionParents(reading, request, clause),
    ];
    if (parents.length === 0 || !anchored([subject, ...parents])) return;
    const child = entityOf(reading, subject, clause);
    for (const parent of parents) {
      const end = entityOf(reading, parent, clause);
      // "a subject is taught by many teachers": many agents of each one is a pairing, not a parent.
      if (parent === agent && clause.agent?.many === true) {
        unlink(reading, child.key, end.key);
        addManyPair(facts, child, end, clause, sentence);
      } else addLink(reading, child, end, clause.text);
    }
    return;
  }
  if (clause.objects.length === 0) {
    readIntransitive(reading, request, clause, subject, sentence, facts);
    return;
  }
  for (const object of clause.objects) {
    const thing = resolveGroup(reading, object);
    if (!isEntityLike(request, thing)) {
      if (!holdingVerbs.has(clause.verb.lemma))
        readActivityRecord(reading, request, clause, subject, object, sentence);
      continue;
    }
    // "a member has a plan", "recipes have servings": what the request does not describe is a value,
    // unless it is a kind of thing the knowledge base knows and written plural ("clients have dogs").
    if (
      holdingVerbs.has(clause.verb.lemma) &&
      thing.kind === 'thing' &&
      !(object.plural && standsAlone(thing))
    )
      continue;
    // A role the knowledge base knows acting on a resource ("tenants sign leases") is a resource even
    // named once: the record it makes is its. So is any other doer of an action on what the request
    // describes ("mechanics fix bikes"), whatever its word.
    const roleActs =
      subject?.kind === 'thing' &&
      clause.subject?.plural === true &&
      !holdingVerbs.has(clause.verb.lemma) &&
      (standsAlone(subject) || actsOnDescribed(reading, request, clause));
    const actor = subject !== undefined && (isEntityLike(request, subject) || roleActs) ? subject : undefined;
    if (clause.eachValues !== undefined && actor !== undefined) {
      addLineRecord(reading, entityOf(reading, actor, clause), entityOf(reading, thing, clause), clause);
      continue;
    }
    const parents = prepositionParents(reading, request, clause);
    // "people can review coffee shops … each review has a rating": the verb names the record.
    const record = holdingVerbs.has(clause.verb.lemma)
      ? undefined
      : recordNamedByVerb(reading, clause.verb.lemma, '', [
          thing.kind === 'resource' ? thing.entity.key : thing.phrase.key,
        ]);
    if (record !== undefined) {
      addLink(reading, record, entityOf(reading, thing, clause), clause.text);
      if (actor !== undefined && !sameThing(actor, thing))
        addLink(reading, record, entityOf(reading, actor, clause), clause.text);
      // "pickers harvest grapes from rows": each harvest is of a row too.
      for (const one of parents) {
        const parent = entityOf(reading, one, clause);
        if (parent !== record) addLink(reading, record, parent, clause.text);
      }
      continue;
    }
    if (
      actor !== undefined &&
      !holdingVerbs.has(clause.verb.lemma) &&
      !sameThing(actor, thing) &&
      readActRecord(reading, request, clause, sentence, actor, thing, object.one === true && !object.plural)
    )
      continue;
    // A value-holding verb ("has a date") is the field readers'; with a thing of its own it is an actor's.
    if (actor === undefined && parents.length === 0) continue;
    if (actor !== undefined && sameThing(actor, thing)) continue;
    if (!anchored([thing, ...(actor ? [actor] : []), ...parents])) continue;
    const child = entityOf(reading, thing, clause);
    // "owners bring pets to appointments with a vet": the appointment is the record, of the pet, the
    // owner and the vet.
    const occasion = occasionOf(reading, clause, child);
    if (occasion !== undefined) {
      addLink(reading, occasion, child, clause.text);
      // Whoever the occasion is "with" takes part in it, a kind of thing named once or not.
      const company = clause.preps
        .filter((p) => p.prep === 'with')
        .map((p) => resolveGroup(reading, p.group))
        .filter((r) => r.kind === 'thing' && standsAlone(r));
      for (const one of [...(actor ? [actor] : []), ...parents, ...company]) {
        const parent = entityOf(reading, one, clause);
        addLink(reading, occasion, parent, clause.text);
        // The list reader may have given "with a vet" to the pet: it is the appointment's.
        const misread = child.fields.findIndex((f) => f.name === parent.key && !f.foreignKey);
        if (misread >= 0) child.fields.splice(misread, 1);
      }
      continue;
    }
    if (actor !== undefined) {
      const parent = entityOf(reading, actor, clause);
      actOn(reading, parent, child, clause, object, facts, sentence);
    }
    for (const one of parents) addLink(reading, child, entityOf(reading, one, clause), clause.text);
    // "instructors log flights in planes, with the date": the values of what the clause makes.
    if (object.plural && !child.described && child.fields.length === 0)
      giveValuesAfterWith(reading, clause, child);
  }
}

/** Links the record a sentence keeps of an occasion to what the occasion names. */
function readOccasionRecord(reading: Reading, sentence: string, clauses: readonly Clause[]): void {
  const found = occasionRecord(reading, sentence, clauses);
  for (const end of found?.ends ?? []) addLink(reading, found!.record, end, sentence.trim());
}

/**
 * An activity whose object is no resource of its own is kept as a record (see `activityRecord`), which
 * belongs to whoever does it and to the resources after its prepositions.
 */
function readActivityRecord(
  reading: Reading,
  request: RequestWords,
  clause: Clause,
  subject: Referent | undefined,
  object: NounGroup,
  sentence: number,
): void {
  if (clause.verb.passive || relatingVerbs.has(clause.verb.lemma) || object.pronoun !== undefined) return;
  const actor =
    subject !== undefined &&
    (subject.kind === 'resource' || (subject.kind === 'thing' && actsOnDescribed(reading, request, clause)))
      ? subject
      : undefined;
  // "customers rent kayaks by the day, with a deposit": customers and kayaks named once are still who
  // rents and what is rented; "sailors rent a dinghy": one thing counted is a thing too.
  const thing = countedThing(object) ?? resolveGroup(reading, object);
  const doer =
    actor ??
    (subject?.kind === 'thing' &&
    clause.subject !== undefined &&
    clause.subject.pronoun === undefined &&
    clause.subject.measure !== true &&
    (clause.subject.plural || clause.subject.one) &&
    (standsAlone(subject) || namesADoer(reading, request, clause, clause.subject))
      ? subject
      : undefined);
  if (
    doer !== undefined &&
    thing.kind === 'thing' &&
    // "members borrow books", "when a driver picks up a parcel" and "members reserve a locker": acts
    // of doers on things, one each or many; "they score their landlord from 1 to 5": each doer's own
    // thing, scored.
    (object.plural ||
      (object.one && (clause.subject?.one === true || clause.subject?.plural === true)) ||
      (object.possessive !== undefined && actScale(clauseRest(request, sentence, clause)) !== undefined)) &&
    !isFieldWord(thing.phrase) &&
    readActRecord(reading, request, clause, sentence, doer, thing, object.one === true && !object.plural)
  )
    return;
  const parents = prepositionParents(reading, request, clause).filter((p) => p.kind === 'resource');
  if (actor === undefined && parents.length === 0) return;
  const ends = [...(actor ? [actor] : []), ...parents].map((r) => entityOf(reading, r, clause));
  const near = request.sentences
    .slice(sentence, sentence + 3)
    .join(' ')
    .toLowerCase();
  const record = activityRecord(reading, clause, object, ends, near, (thing) =>
    entityOf(reading, thing, clause),
  );
  if (record === undefined || ends.includes(record)) return;
  for (const end of ends) {
    addLink(reading, record, end, clause.text);
    // The list reader may have given the record's values ("with a score") to the one who acts.
    for (const field of record.fields) {
      const at = end.fields.findIndex(
        (f) => f.name === field.name && clause.text.includes(f.source.trim().toLowerCase()),
      );
      if (at >= 0) end.fields.splice(at, 1);
    }
  }
}

/**
 * "members borrow books; each has a return date", "students enrol in workshops. We keep the term and
 * the grade": when the request gives the act values of its own, or says how long it lasts, the act is
 * a record named by its verb's noun (see `actNoun`), which belongs to the doer and to the thing and
 * holds those values; a direct link between the two gives way to it. False when the act is no record.
 */
function readActRecord(
  reading: Reading,
  request: RequestWords,
  clause: Clause,
  sentence: number,
  doer: Extract<Referent, { kind: 'resource' | 'thing' }>,
  thing: Extract<Referent, { kind: 'resource' | 'thing' }>,
  /** The act is on one thing ("reserve a locker"), not on a kind of thing many of which are had. */
  one = false,
): boolean {
  if (clause.verb.passive || relatingVerbs.has(clause.verb.lemma) || keepingVerbs.has(clause.verb.lemma))
    return false;
  if (!isDoer(reading, request, clause)) return false;
  const sides = [keyOf(doer), keyOf(thing)];
  const clauses = request.clauses[sentence] ?? [];
  const following = [...clauses.slice(clauses.indexOf(clause) + 1), ...(request.clauses[sentence + 1] ?? [])];
  const evidence = actEvidence(reading, clause, following, sides, clauseRest(request, sentence, clause));
  const noun =
    actNoun(
      [clause.verb.text.split(' ')[0]!, clause.verb.lemma],
      sides,
      (word) =>
        reading.entities.has(word) ||
        new RegExp(`\\b${escapeRegExp(word.replaceAll('_', ' '))}s?\\b`).test(request.text),
      { ownWord: evidence.scale !== undefined },
    ) ?? phrasalNoun(clause.verb);
  if (noun === undefined) return false;
  // "students book lessons, a lesson has a date": a dated thing may itself be the record of the act,
  // so only values of the act's own say otherwise; how long it lasts is the thing's.
  const dated = thing.kind === 'resource' && isDated(thing.entity);
  // "guests review hotels": the verb itself names an evaluation the knowledge base keeps (a record
  // with a rating or a score) between two things the request describes on their own, so neither
  // belongs to the other.
  const namedByVerb =
    noun.key === clause.verb.lemma &&
    knowledgeBase()
      .entity(noun.key)
      ?.fields.some((f) => /^(?:rating|score|stars|grade)$/.test(f.name)) === true &&
    doer.kind === 'resource' &&
    thing.kind === 'resource' &&
    thing.entity.fields.length > 0;
  // "customers book tables. Each reservation has a date": the request describes the act's record
  // itself, under the verb's noun or one the knowledge base files with it.
  const ownRecord = reading.entities.get(noun.key);
  // A thing named once beside other places ("pickers harvest grapes from rows"; each harvest is of a
  // row) leaves the record to the clause's other readers.
  const described =
    ownRecord !== undefined &&
    ownRecord.fields.length > 0 &&
    !sides.includes(noun.key) &&
    (thing.kind === 'resource' || clause.preps.length === 0);
  // "members reserve a locker", "each kid borrows a toy": an act on one thing whose noun, other than
  // the verb itself, is a record the knowledge base keeps with a date (a reservation, a loan) is one
  // such record each time, values said or not; the thing does not belong to the doer.
  const datedRecord = one && !dated && noun.key !== clause.verb.lemma && isDatedRecord(noun.key);
  if (
    evidence.values.length === 0 &&
    (dated || !evidence.lasts) &&
    !namedByVerb &&
    !described &&
    !datedRecord
  )
    return false;
  const ends = [entityOf(reading, doer, clause), entityOf(reading, thing, clause)];
  let record = reading.entities.get(noun.key);
  if (record === undefined) {
    record = addEntity(reading, noun, reading.entities.size);
    reading.inferred.push({
      path: record.key,
      text: `added ${record.key.replaceAll('_', ' ')} as the record of each time ${ends[0]!.plural.replaceAll('_', ' ')} ${clause.verb.lemma} ${ends[1]!.plural.replaceAll('_', ' ')}: read from "${clause.text}"`,
    });
  }
  record.described = true;
  const between = (l: Reading['links'][number]) =>
    [l.child, l.parent].sort().join() ===
    ends
      .map((e) => e.key)
      .sort()
      .join();
  for (let i = reading.links.length - 1; i >= 0; i--)
    if (between(reading.links[i]!)) reading.links.splice(i, 1);
  for (const { field } of evidence.values) {
    // "judges score contestants from 0 to 100": the score of a record named "score" is its value.
    if (field.name === record.key) {
      field.name = 'value';
      field.words = ['value'];
    }
    // The list readers may have given the act's values to the doer or the thing.
    for (const end of ends) {
      const at = end.fields.findIndex((f) => f.name === field.name && !f.foreignKey);
      if (at >= 0) end.fields.splice(at, 1);
    }
    if (!record.fields.some((f) => f.name === field.name)) record.fields.push(field);
  }
  for (const end of ends) addLink(reading, record, end, clause.text);
  return true;
}

/**
 * "tenants have a name and they rate landlords from 1 to 5": "they" who score a thing are the
 * plural subject of the clause before, in the same sentence. Only a scored act is read so: who "they"
 * are elsewhere ("customers order products and they are shipped") is for no clause reader to guess.
 */
function scorerNamedBefore(
  request: RequestWords,
  sentence: number,
  clause: Clause,
  before: Clause | undefined,
): Clause {
  if (
    clause.subject?.pronoun !== 'they' ||
    clause.verb.passive ||
    clause.objects.length === 0 ||
    before?.subject === undefined ||
    before.subject.pronoun !== undefined ||
    !before.subject.plural ||
    actScale(clauseRest(request, sentence, clause)) === undefined
  )
    return clause;
  return { ...clause, subject: before.subject };
}

/**
 * "viewers rate films from 1 to 5": whoever scores a thing on a scale is kept with each score, so a
 * word that otherwise names the application's users (viewers, users, readers) is a thing of its own.
 */
function scoringSubject(
  request: RequestWords,
  sentence: number,
  clause: Clause,
  subject: Referent | undefined,
): Referent | undefined {
  if (subject?.kind !== 'generic' || clause.subject?.pronoun !== undefined || clause.objects.length === 0)
    return subject;
  const phrase = nounPhrase(clause.subject!.text);
  if (
    phrase === undefined ||
    !clause.subject!.plural ||
    actScale(clauseRest(request, sentence, clause)) === undefined
  )
    return subject;
  return { kind: 'thing', phrase };
}

/**
 * The words of a sentence after a clause's own, up to the next clause: "from 1 to 10" after "guests
 * review rooms", which the clause's phrases leave out.
 */
function clauseRest(request: RequestWords, sentence: number, clause: Clause): string {
  const text = (request.sentences[sentence] ?? '').toLowerCase();
  const at = text.indexOf(clause.text.toLowerCase());
  if (at < 0) return '';
  const rest = text.slice(at + clause.text.length);
  const clauses = request.clauses[sentence] ?? [];
  const next = clauses[clauses.indexOf(clause) + 1];
  const end = next === undefined ? -1 : rest.indexOf(next.text.toLowerCase());
  return end < 0 ? rest : rest.slice(0, end);
}

/**
 * Whether a clause's subject is someone who does things, whose acts can be records: an agent noun
 * (see `namesADoer`) or a kind of thing the knowledge base keeps contact details of (a guest, a
 * family); jars set on shelves and memberships that link climbers to gyms are not.
 */
function isDoer(reading: Reading, request: RequestWords, clause: Clause): boolean {
  const group = clause.subject;
  if (group === undefined || group.pronoun !== undefined || group.measure === true) return false;
  if (namesADoer(reading, request, clause, group)) return true;
  const phrase = nounPhrase(group.text);
  const known = phrase === undefined ? undefined : kbEntityOf(phrase);
  return known?.fields.some((f) => f.type === 'email' || /(?:^|_)(?:email|phone)$/.test(f.name)) === true;
}

const keyOf = (r: Extract<Referent, { kind: 'resource' | 'thing' }>) =>
  r.kind === 'resource' ? r.entity.key : r.phrase.key;

/** Notes that `a` and `b` pair many-to-many, as `clause` says; joined once every clause is read. */
function addManyPair(
  facts: ClauseFacts,
  a: EntityDraft,
  b: EntityDraft,
  clause: Clause,
  sentence: number,
): void {
  facts.manyPairs.push({ a: a.key, b: b.key, verb: clause.verb.lemma, sentence, text: clause.text });
}

/**
 * "customers write reviews": each review belongs to its customer. A thing another actor already
 * acts on ("trainers run classes, members book classes") is shared between them: many-to-many.
 * Two single things ("a trip follows a route") say no direction by themselves; the knowledge base's
 * usual parents decide, or nothing is read.
 */
function actOn(
  reading: Reading,
  actor: EntityDraft,
  thing: EntityDraft,
  clause: Clause,
  object: NounGroup,
  facts: ClauseFacts,
  sentence: number,
): void {
  const holding = holdingVerbs.has(clause.verb.lemma);
  if (reading.links.some((l) => l.child === thing.key && l.parent === actor.key)) {
    if (!holding) facts.actorOf.set(thing.key, { parent: actor.key, text: clause.text });
    return;
  }
  const single = clause.subject?.one === true && object.one;
  if (single) {
    const usual = (child: EntityDraft, parent: EntityDraft) =>
      knowledgeBase().entity(child.key)?.parents.includes(parent.key) === true;
    if (usual(thing, actor)) addLink(reading, thing, actor, clause.text);
    else if (usual(actor, thing)) addLink(reading, actor, thing, clause.text);
    return;
  }
  const earlier = facts.actorOf.get(thing.key);
  // "tutors grade essays that pupils submit": the relative clause says whose each essay is, so the
  // essay belongs to both rather than pairing tutors and pupils many-to-many.
  if (clause.relative === true && !holding) {
    addLink(reading, thing, actor, clause.text);
    return;
  }
  if (earlier !== undefined && earlier.parent !== actor.key && !holding) {
    addManyPair(facts, actor, thing, clause, sentence);
    return;
  }
  // "a hike has many members" after "members join several hikes": many on both sides.
  const reverse = reading.links.findIndex(
    (l) => l.kind === 'belongs-to' && l.child === actor.key && l.parent === thing.key,
  );
  if (
    reverse >= 0 &&
    (object.many || clause.subject?.many === true || facts.actorOf.get(actor.key)?.parent === thing.key)
  ) {
    reading.links.splice(reverse, 1);
    addManyPair(facts, actor, thing, clause, sentence);
    return;
  }
  // "a library has books": what a thing holds, the field and relation readers read already.
  if (holding || linked(reading, actor.key, thing.key)) return;
  facts.actorOf.set(thing.key, { parent: actor.key, text: clause.text });
  addLink(reading, thing, actor, clause.text);
}

/**
 * "musicians can belong to several bands", "players play for teams": between a subject and the
 * resource after its preposition, many on either side is many-to-many; one ("works at one branch",
 * "is in a category") is a link to it.
 */
function readIntransitive(
  reading: Reading,
  request: RequestWords,
  clause: Clause,
  subject: Referent | undefined,
  sentence: number,
  facts: ClauseFacts,
): void {
  if (subject === undefined || subject.kind === 'none' || subject.kind === 'generic') return;
  // "pupils enrol in chess clubs": a doer named once still takes part, if its act is a record.
  const acts = isEntityLike(request, subject) || actsOnDescribed(reading, request, clause);
  if (!acts && !isDoer(reading, request, clause)) return;
  for (const { prep, group } of clause.preps) {
    if (!linkingPrepositions.has(prep)) continue;
    const other = resolveGroup(reading, group);
    if (!isEntityLike(request, other) || sameThing(subject, other) || !anchored([subject, other])) continue;
    if (other.kind === 'thing' && !group.plural && !standsAlone(other)) continue;
    if (readActRecord(reading, request, clause, sentence, subject, other)) return;
    if (!acts) return;
    const copula = clause.verb.lemma === 'be';
    const many = group.many || (!copula && clause.subject!.plural && group.plural && !group.one);
    const child = entityOf(reading, subject, clause);
    const parent = entityOf(reading, other, clause);
    if (many) {
      // A many-to-many link another reader made may still give way to the record that pairs them.
      const pairedAlready = reading.links.some(
        (l) =>
          l.kind === 'many-to-many' &&
          [l.child, l.parent].sort().join() === [child.key, parent.key].sort().join(),
      );
      if (group.many || pairedAlready || !linked(reading, child.key, parent.key))
        addManyPair(facts, child, parent, clause, sentence);
    } else addLink(reading, child, parent, clause.text);
    // Only the first place is the verb's; later phrases qualify it ("at once", "over the years").
    return;
  }
}

/**
 * Two resources many on both sides: joined by the record the request names for a pairing (the
 * verb's noun, "apply" → an application, or a record described near the statement that links to
 * nothing yet: "each membership records the year"), or linked many-to-many.
 */
function joinPair(
  reading: Reading,
  pair: ClauseFacts['manyPairs'][number],
  sentences: readonly string[],
  text: string,
): void {
  const { a, b } = pair;
  const between = (l: Reading['links'][number]) => [l.child, l.parent].sort().join() === [a, b].sort().join();
  // A record already joins them ("playlist_song").
  if (joined(reading, a, b)) return;
  const join =
    recordNamedByVerb(reading, pair.verb, text, [a, b]) ?? recordDescribedNear(reading, pair, sentences);
  if (join === undefined && reading.links.some((l) => l.kind === 'many-to-many' && between(l))) return;
  for (let i = reading.links.length - 1; i >= 0; i--)
    if (between(reading.links[i]!)) reading.links.splice(i, 1);
  if (join !== undefined) {
    for (const side of [a, b]) addLink(reading, join, reading.entities.get(side)!, pair.text);
    return;
  }
  const [child, parent] = [a, b].sort() as [string, string];
  reading.links.push({ kind: 'many-to-many', child, parent, because: pair.text, stated: true });
  reading.inferred.push({
    path: child,
    text: `linked ${child.replaceAll('_', ' ')} and ${parent.replaceAll('_', ' ')} many-to-many: read from "${pair.text}"`,
  });
}

/**
 * The record a verb names, when the request uses its noun: the verb itself ("review", "order") or a
 * noun made of it ("enrol" → enrolment, "apply" → application). Never one of the sides it joins.
 */
function recordNamedByVerb(
  reading: Reading,
  verb: string,
  text: string,
  sides: readonly string[],
): EntityDraft | undefined {
  for (const noun of [verb, ...nounsOf(verb)]) {
    const phrase = nounPhrase(noun);
    if (phrase === undefined || sides.includes(phrase.key)) continue;
    const known = reading.entities.get(phrase.key);
    if (known !== undefined) return known;
    if (noun === verb) continue;
    // Named as a record ("each enrolment", "enrolments"), not as a value ("a number of servings").
    const counted = text.replace(/\b(?:number|amount|count|total) of [a-z-]+/g, ' ');
    if (!isFieldWord(phrase) && new RegExp(`\\b(?:${noun}|${phrase.plural})\\b`).test(counted)) {
      const entity = addEntity(reading, phrase, reading.entities.size);
      reading.inferred.push({
        path: entity.key,
        text: `added ${entity.key.replaceAll('_', ' ')} as the record of each "${verb}" the request names`,
      });
      return entity;
    }
  }
  return undefined;
}

function recordDescribedNear(
  reading: Reading,
  pair: ClauseFacts['manyPairs'][number],
  sentences: readonly string[],
): EntityDraft | undefined {
  const near = sentences
    .slice(pair.sentence, pair.sentence + 3)
    .join(' ')
    .toLowerCase();
  for (const entity of reading.entities.values()) {
    if (entity.key === pair.a || entity.key === pair.b || !entity.described || entity.fields.length === 0)
      continue;
    if (reading.links.some((l) => l.child === entity.key || l.parent === entity.key)) continue;
    const words = entity.key.replaceAll('_', ' ');
    if (new RegExp(`\\b(?:each|every|per|the)\\s+${words}\\b`).test(near)) return entity;
  }
  return undefined;
}

/**
 * "a recipe contains several ingredients with a quantity each": a line record of the two, holding
 * the values given each, linked to both; the container no longer holds the things directly.
 */
function addLineRecord(reading: Reading, container: EntityDraft, item: EntityDraft, clause: Clause): void {
  if (container === item) return;
  const phrase = nounPhrase(`${container.key.replaceAll('_', ' ')} ${item.key.replaceAll('_', ' ')}`);
  if (phrase === undefined) return;
  for (let i = reading.links.length - 1; i >= 0; i--) {
    const l = reading.links[i]!;
    if ([l.child, l.parent].sort().join() === [container.key, item.key].sort().join())
      reading.links.splice(i, 1);
  }
  const line = reading.entities.get(phrase.key) ?? addEntity(reading, phrase, reading.entities.size);
  line.described = true;
  reading.inferred.push({
    path: line.key,
    text: `added ${line.key.replaceAll('_', ' ')} for each ${item.key.replaceAll('_', ' ')} in ${withArticle(container.key)}: read from "${clause.text}"`,
  });
  for (const value of clause.eachValues ?? []) {
    const field = readField(value.text);
    if (field === undefined) continue;
    // The values were read as the container's or the item's before the line was known.
    for (const side of [container, item]) {
      const at = side.fields.findIndex((f) => f.name === field.name);
      if (at >= 0) side.fields.splice(at, 1);
    }
    if (!line.fields.some((f) => f.name === field.name)) line.fields.push(field);
  }
  addLink(reading, line, container, clause.text);
  addLink(reading, line, item, clause.text);
}

/**
 * The resources after the clause's linking prepositions: resources of the reading, or things of their
 * own. A list after "with" ("with the donor name, the item and the weight") lists values.
 */
function prepositionParents(reading: Reading, request: RequestWords, clause: Clause): Referent[] {
  const withList = clause.preps.filter((p) => p.prep === 'with').length > 1;
  return (
    clause.preps
      // "for a number of guests": a count is a value, never what the record belongs to.
      .filter(
        (p) =>
          linkingPrepositions.has(p.prep) && !(withList && p.prep === 'with') && p.group.measure !== true,
      )
      .map((p) => resolveGroup(reading, p.group))
      .filter((r) => r.kind === 'resource' || (isEntityLike(request, r) && standsAlone(r)))
  );
}

/** Verbs that relate two things rather than say what someone does: "belongs to", "depends on". */
const relatingVerbs = new Set(
  'be have belong depend consist relate refer correspond apply matter mean cost weigh last seem become remain'.split(
    ' ',
  ),
);

/**
 * Whether a clause's subject, named once and unknown to the knowledge base, is someone who acts on
 * the request's records: the subject of an action verb whose object, or the resource after its
 * preposition, is a resource the request describes ("hikers leave reviews on trails", "jugglers
 * perform at festivals"). A noun named in passing is seldom the doer of an action on a described
 * record; a value's name (a field word), a measure ("the number of bags") or a bare singular ("take
 * place") never is, and a singular subject acts as a role only when it is counted ("each mechanic",
 * "a grower"), not as the one business the request is for ("the shop sells bikes").
 */
function actsOnDescribed(reading: Reading, request: RequestWords, clause: Clause): boolean {
  const group = clause.subject;
  if (group === undefined || group.pronoun !== undefined || group.measure === true || group.bare === true)
    return false;
  if (!group.plural && !group.one) return false;
  if (clause.verb.passive || relatingVerbs.has(clause.verb.lemma) || holdingVerbs.has(clause.verb.lemma))
    return false;
  if (!namesADoer(reading, request, clause, group)) return false;
  const described = (g: NounGroup) => {
    const r = resolveGroup(reading, g);
    return r.kind === 'resource' && r.entity.described;
  };
  return (
    clause.objects.some(described) ||
    clause.preps.some((p) => linkingPrepositions.has(p.prep) && described(p.group))
  );
}

/**
 * English names a person by what they do with an agent suffix (a grower, a translator, a florist,
 * a librarian, a tenant, a resident, a volunteer, a referee, a mechanic, a locksmith); storms,
 * notifications and barcodes act on records too, but are no one the API keeps.
 */
const agentNoun =
  /(?:[^aeiou]er|[^aeiou]or|ist|ian|[^m]ant|[^m]ent|eer|ee|ess|ic|smith|wright|man|woman|person)$/;

/**
 * Whether English has a noun for whoever does `verb` (teach → teacher, shop → shopper, sail → sailor,
 * rate → rater), which says the verb's subject is someone rather than something.
 */
export function hasAgentNoun(verb: string): boolean {
  if (!/^[a-z]{3,}$/.test(verb)) return false;
  const stem = verb.replace(/e$/, '');
  const doubled = /[^aeiou][aeiou][bdgmnpt]$/.test(verb) ? verb + verb.at(-1)! : verb;
  return [`${stem}er`, `${stem}or`, `${doubled}er`, `${verb.replace(/y$/, 'i')}er`].some(
    (noun) => noun !== verb && isKnownWord(noun),
  );
}

/**
 * Whether a subject names someone who does things: an agent noun, the maker in a relative clause,
 * someone the request says "who" of, or the doer of a verb whose record the request keeps
 * ("families adopt pets … each adoption").
 */
function namesADoer(reading: Reading, request: RequestWords, clause: Clause, group: NounGroup): boolean {
  const phrase = nounPhrase(group.text);
  if (phrase === undefined) return false;
  const head = phrase.words.at(-1)!;
  // "the tasting notes that friends write": a relative clause names a record by who makes it.
  if (agentNoun.test(head) || clause.relative === true) return true;
  // "hosts bring their guests", "a chef plates her dishes": what the verb acts on is the subject's own.
  if (clause.objects.some((o) => o.possessive !== undefined && /^(?:their|his|her)$/.test(o.possessive)))
    return true;
  const plural = phrase.plural.split('_').at(-1)!;
  if (new RegExp(`\\b(?:${escapeRegExp(head)}|${escapeRegExp(plural)})\\s+who\\b`).test(request.text))
    return true;
  // "chefs teach workshops", "editors review manuscripts": a verb English names a doer of (a teacher,
  // a reviewer) is done by someone, so a plural subject of it names people who do it; storms damage
  // sheds, but English has no "damager". Only an active verb with an object says so ("jars are set
  // on a shelf" is where jars are).
  if (
    group.plural &&
    clause.objects.length > 0 &&
    !clause.verb.passive &&
    !isFieldWord(phrase) &&
    hasAgentNoun(clause.verb.lemma)
  )
    return true;
  return nounsOf(clause.verb.lemma).some((noun) => reading.entities.has(nounPhrase(noun)?.key ?? ''));
}

/**
 * "a dinghy", "one locker": a noun counted once as an act's object names a thing even where nothing
 * else is said of it; only a record the act is (see `readActRecord`) makes it a resource.
 */
function countedThing(object: NounGroup): Extract<Referent, { kind: 'thing' }> | undefined {
  if (object.one !== true || object.plural || object.pronoun !== undefined) return undefined;
  if (object.measure === true || object.bare === true) return undefined;
  const phrase = nounPhrase(object.text);
  return phrase === undefined || isFieldWord(phrase) ? undefined : { kind: 'thing', phrase };
}

/** Whether the knowledge base keeps a record of this name, or of a synonym, with a date or time. */
function isDatedRecord(name: string): boolean {
  const kb = knowledgeBase();
  const known = kb.entity(name) ?? kb.entityFor(name.replaceAll('_', ' '));
  return known?.fields.some((f) => f.type === 'date' || f.type === 'datetime') === true;
}

/**
 * Whether a thing not yet a resource is one of its own wherever it is named: a kind of thing the
 * knowledge base knows and never a value's name ("a doctor", not "a location" or "a season").
 */
function standsAlone(r: Referent): boolean {
  if (r.kind !== 'thing') return r.kind === 'resource';
  const words = r.phrase.words.join(' ');
  return knowledgeBase().entityFor(words) !== undefined && knowledgeBase().fieldWord(words) === undefined;
}

/** The request's words with the clause reader's tags, read the first time a count needs them. */
function taggedRequest(request: RequestWords): NonNullable<RequestWords['tagged']> {
  if (request.tagged === undefined) {
    const words = request.sentences.flatMap((sentence) => [
      ...analyse(sentence.toLowerCase()),
      endOfSentence,
    ]);
    request.tagged = { words, tags: clauseTags(words) };
  }
  return request.tagged;
}
/**
 * A resource, or a thing the request speaks of more than once ("customers … customers have a name"):
 * a noun met in one clause only is wording, not a thing the API stores.
 */
function isEntityLike(
  request: RequestWords,
  r: Referent | undefined,
): r is Extract<Referent, { kind: 'resource' | 'thing' }> {
  return (
    r !== undefined && (r.kind === 'resource' || (r.kind === 'thing' && mentions(request, r.phrase) > 1))
  );
}

function mentions(request: RequestWords, phrase: { words: readonly string[]; plural: string }): number {
  const singular = phrase.words.join(' ');
  const plural = phrase.plural.replaceAll('_', ' ');
  // A one-word thing counts where it heads its phrase: "grape variety" names a variety, not a grape.
  if (phrase.words.length === 1) {
    const { words, tags } = taggedRequest(request);
    return words.filter(
      (w, i) => (w.text === singular || w.text === plural) && !['NOUN', 'PROPN'].includes(tags[i + 1] ?? ''),
    ).length;
  }
  // The words are the request's own: escaped, so no character in them is read as a pattern.
  return [
    ...request.text.matchAll(new RegExp(`\\b(?:${escapeRegExp(singular)}|${escapeRegExp(plural)})\\b`, 'g')),
  ].length;
}

function sameThing(a: Referent, b: Referent): boolean {
  const key = (r: Referent) =>
    r.kind === 'resource' ? r.entity.key : r.kind === 'thing' ? r.phrase.key : '';
  return key(a) === key(b);
}

/**
 * Whether a clause's ends include a resource the request has said something about: a clause links
 * new things to the request's resources, but two things met only in passing make no design.
 */
const anchored = (ends: readonly Referent[]) => ends.some((end) => end.kind === 'resource');

/** The resource a referent names, made a resource (and an assumption) when it was only a thing. */
function entityOf(reading: Reading, referent: Referent, clause: Clause): EntityDraft {
  if (referent.kind === 'resource') return referent.entity;
  if (referent.kind !== 'thing') throw new Error('only a resource or a thing has an entity');
  const existing = reading.entities.get(referent.phrase.key);
  if (existing !== undefined) return existing;
  const entity = addEntity(reading, referent.phrase, reading.entities.size);
  reading.inferred.push({
    path: entity.key,
    text: `added ${entity.key.replaceAll('_', ' ')} as a resource: "${clause.text}" names ${entity.plural.replaceAll('_', ' ')}`,
  });
  return entity;
}

/** Whether two resources are linked already, directly or through a record that belongs to both. */
/** Drops a belongs-to link read between `a` and `b` either way, which a pairing replaces. */
function unlink(reading: Reading, a: string, b: string): void {
  for (let i = reading.links.length - 1; i >= 0; i--) {
    const l = reading.links[i]!;
    if (l.kind === 'belongs-to' && [l.child, l.parent].sort().join() === [a, b].sort().join())
      reading.links.splice(i, 1);
  }
}

function linked(reading: Reading, a: string, b: string): boolean {
  return (
    reading.links.some((l) => [l.child, l.parent].sort().join() === [a, b].sort().join()) ||
    joined(reading, a, b)
  );
}

function joined(reading: Reading, a: string, b: string): boolean {
  const parentsOf = (key: string) => reading.links.filter((l) => l.child === key).map((l) => l.parent);
  return [...reading.entities.keys()].some(
    (k) => k !== a && k !== b && [a, b].every((side) => parentsOf(k).includes(side)),
  );
}

function addLink(reading: Reading, child: EntityDraft, parent: EntityDraft, because: string): void {
  if (child === parent || linked(reading, child.key, parent.key)) return;
  reading.links.push({ kind: 'belongs-to', child: child.key, parent: parent.key, because, stated: true });
  reading.inferred.push({
    path: `${child.key}.${parent.key}`,
    text: `each ${child.key.replaceAll('_', ' ')} belongs to ${withArticle(parent.key)}: read from "${because}"`,
  });
}
