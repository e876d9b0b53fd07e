import { knowledgeBase } from '../../knowledge/knowledge-base.js';
import { addStatedLink, type EntityDraft, type Reading } from './drafts.js';
import { addEntity, isFieldWord, nounPhrase, resolve, type NounPhrase } from './mentions.js';
import { analyse, singularOf } from './nlp.js';

/**
 * "Students enrol in classes; for each enrolment we store…", "listeners subscribe to shows … every
 * subscription": a verb between two things whose noun (enrolment, subscription, booking, rental)
 * the request also counts names the record of one doing it to the other, a resource that belongs to
 * both. The noun must occur in the request, so a verb alone ("students study maths") adds nothing.
 */
export function readVerbJoins(reading: Reading, sentences: readonly string[]): void {
  // Nouns the request counts ("every subscription", "enrolments"): a record, not a gerund ("scoring").
  const text = sentences.join(' ').toLowerCase();
  const words = new Set(
    [...text.matchAll(/\b(?:each|every|a|an|the|per|one|their|its|no|any)\s+([a-z]+)\b|\b([a-z]+s)\b/g)].map(
      (m) => m[1] ?? m[2]!,
    ),
  );
  for (const sentence of sentences) {
    for (const match of sentence.toLowerCase().matchAll(clausePattern)) {
      const [, subjectWords, verb, objectWords] = match as unknown as [string, string, string, string];
      const join = joinNamedBy(reading, words, verb);
      const subject = thing(reading, subjectWords);
      const object = thing(reading, objectWords);
      if (subject === undefined || object === undefined) continue;
      if (join === undefined) {
        joinedMany(reading, match[0], subject, object);
        continue;
      }
      const ends = [subject, object, join];
      if (new Set(ends.map((e) => e.key)).size < 3) continue;
      const [subjectEntity, objectEntity, joinEntity] = ends.map(
        (phrase) => resolve(reading, phrase) ?? addEntity(reading, phrase, reading.entities.size),
      ) as [EntityDraft, EntityDraft, EntityDraft];
      for (const parent of [subjectEntity, objectEntity]) {
        if (reading.links.some((l) => l.child === joinEntity.key && l.parent === parent.key)) continue;
        addStatedLink(
          reading,
          joinEntity,
          parent,
          `"${match[0].trim()}": each ${joinEntity.key.replaceAll('_', ' ')} is one ${verb}`,
        );
      }
    }
  }
}

/** A plural subject, a verb (after modal words), an optional preposition and determiner, an object. */
const clausePattern =
  /(?:^|[,;:]\s*|\b(?:and|where|so|then|while|who)\s+)(?:(?:the|our|all|their|its)\s+)?([a-z][a-z-]{1,40}s)\s+(?:(?:can|may|will|also|usually|often|must|should|then)\s+)*([a-z]{3,20})\s+(?:(?:up|out|off|over|back)\s+)?(?:(?:in|into|to|for|on|at|with)\s+)?(?:(?:a|an|the|one|many|several|multiple|their|any|some|our)\s+)?([a-z][a-z-]{1,40})\b/g;

/** Nouns English makes of a verb: enrol → enrolment, subscribe → subscription, book → booking. */
export function nounsOf(lemma: string): string[] {
  const stem = lemma.replace(/e$/, '');
  return [
    `${lemma}ment`,
    `${lemma}lment`,
    `${stem}ation`,
    `${lemma}ation`,
    lemma.replace(/er$/, 'ration'),
    lemma.replace(/ribe$/, 'ription'),
    lemma.replace(/y$/, 'ication'),
    `${stem}ion`,
    `${stem}ing`,
    `${lemma}ing`,
    `${stem}al`,
    `${lemma}al`,
    `${lemma}ance`,
    `${lemma}ence`,
  ].filter((noun) => noun !== lemma);
}

/** The resource a verb's noun names, when the request uses that noun. */
function joinNamedBy(reading: Reading, words: ReadonlySet<string>, verb: string) {
  const tagged = analyse(`they ${verb}`).at(-1);
  if (tagged === undefined || tagged.pos !== 'VERB') return undefined;
  for (const noun of nounsOf(tagged.lemma)) {
    const phrase = nounPhrase(noun);
    if (phrase === undefined) continue;
    const known = resolve(reading, phrase);
    if (known !== undefined || words.has(noun) || (words.has(phrase.plural) && phrase.plural !== noun))
      return phrase;
  }
  return undefined;
}

/** A noun the clause names as one side, not a field word ("students", "classes"). */
function thing(reading: Reading, written: string) {
  const phrase = nounPhrase(written);
  if (phrase === undefined || isFieldWord(phrase)) return undefined;
  if (resolve(reading, phrase) !== undefined) return phrase;
  const tagged = analyse(written).at(-1);
  return tagged?.pos === 'NOUN' && singularOf(written) !== written ? phrase : undefined;
}

/** Verbs of taking part, after which many of one side take part in many of the other. */
const takesPart =
  /\s(?:join|joins|attend|attends|register for|registers for|sign up for|signs up for|enrol in|enrols in|enroll in|enrolls in|subscribe to|subscribes to|follow|follows)\s/;

/**
 * "Players register for tournaments", "volunteers attend cleanups": both sides written plural and a
 * verb of taking part, with no record of it named, link the two many-to-many.
 */
function joinedMany(reading: Reading, clause: string, subject: NounPhrase, object: NounPhrase): void {
  if (!subject.writtenPlural || !object.writtenPlural || subject.key === object.key) return;
  if (
    !takesPart.test(` ${clause.replace(/\s+(?:can|may|will|also|usually|often|must|should|then)\b/g, '')} `)
  )
    return;
  const [a, b] = [subject, object].map(
    (phrase) => resolve(reading, phrase) ?? addEntity(reading, phrase, reading.entities.size),
  ) as [EntityDraft, EntityDraft];
  if (reading.links.some((l) => [l.child, l.parent].includes(a.key) && [l.child, l.parent].includes(b.key)))
    return;
  const [child, parent] = [a.key, b.key].sort() as [string, string];
  reading.links.push({ kind: 'many-to-many', child, parent, because: clause.trim(), stated: true });
}

/**
 * "When I inspect a hive I write down the date…", "when someone rents gear we note the customer":
 * the values written down on such an occasion are the record of it (an inspection, a rental), when
 * the request names that record. The resource for the sentence's opening clause, if any.
 */
export function occasionOf(reading: Reading, sentence: string, request: string): EntityDraft | undefined {
  const opening =
    /^\s*(?:and\s+)?(?:when|whenever|each time|every time|after)\s+(?:i|we|you|someone|somebody|a customer|they)\s+([a-z]{3,20})\b/i.exec(
      sentence,
    );
  if (opening === null) return undefined;
  const tagged = analyse(`they ${opening[1]!.toLowerCase()}`).at(-1);
  if (tagged === undefined || tagged.pos !== 'VERB') return undefined;
  for (const noun of nounsOf(tagged.lemma)) {
    const phrase = nounPhrase(noun);
    if (phrase === undefined) continue;
    const entity = resolve(reading, phrase);
    if (entity !== undefined) return entity;
    // Named elsewhere in the request as things kept ("gonna log repairs"), or a record the
    // knowledge base knows ("when someone rents gear" → a rental).
    if (
      !isFieldWord(phrase) &&
      (new RegExp(`\\b${phrase.plural}\\b`).test(request) || knowledgeBase().entity(noun) !== undefined)
    )
      return addEntity(reading, phrase, reading.entities.size);
  }
  return undefined;
}
