import { knowledgeBase } from '../../knowledge/knowledge-base.js';
import type { Reading } from './drafts.js';
import { keepsPeople, readField } from './field-reader.js';
import { addEntity, nounPhrase, resolve } from './mentions.js';
import { analyse } from './nlp.js';
import { transactionRecords } from './act-links.js';
import { actNoun } from './act-records.js';

/**
 * "Teachers teach an instrument", "the guides speak a language": people the request names doing
 * something to one thing each, said in a sentence of its own, are a resource, and the thing is a value
 * of theirs (each teacher's instrument). Only people count (the knowledge base keeps personal fields
 * for them), and only a thing the request does not keep as a resource of its own.
 */
const shape =
  /^(?:the\s+|our\s+|all\s+|my\s+)?([a-z][\w-]*s)\s+(?:(?:usually|each|also|all|can|may|will)\s+)?([a-z]{3,20})\s+(?:a|an|one|their\s+own|one\s+main)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s*$/;

export function readSubjectValues(reading: Reading, sentence: string): void {
  const m = shape.exec(
    sentence
      .toLowerCase()
      .trim()
      .replace(/[.!]+$/, ''),
  );
  if (m === null) return;
  const people = nounPhrase(m[1]!);
  const thing = nounPhrase(m[3]!);
  if (people === undefined || thing === undefined || !people.writtenPlural) return;
  const known = knowledgeBase().entityFor(people.key.replaceAll('_', ' '));
  if (!keepsPeople(known)) return;
  // "Members borrow a book" is an act on a resource; "teach an instrument" is the teacher's own value.
  if (resolve(reading, thing) !== undefined) return;
  const verb = analyse(`they ${m[2]!}`).at(-1);
  if (verb?.pos !== 'VERB' || ['have', 'be', 'get', 'need', 'want', 'own'].includes(verb.lemma)) return;
  // "Members reserve a kayak": an act whose record English names (a reservation) is the act readers'.
  if (transactionRecords.has(verb.lemma) || actNoun([verb.lemma], [people.key, thing.key]) !== undefined)
    return;
  const field = readField(thing.words.join(' '));
  if (field === undefined) return;
  const entity = resolve(reading, people) ?? addEntity(reading, people, reading.entities.size);
  entity.described = true;
  if (!entity.fields.some((f) => f.name === field.name)) entity.fields.push(field);
}
