import { knowledgeBase } from '../../knowledge/knowledge-base.js';
import { addStatedLink, type EntityDraft, type Reading } from './drafts.js';
import { keepsPeople, readField } from './field-reader.js';
import { addEntity, kbEntityOf, nounPhrase, resolve } from './mentions.js';
import { withArticle } from './words.js';

/**
 * "we mark attendance every day", "i track their check-ins", "take attendance for each class": a
 * record the knowledge base knows, named as what a verb of keeping keeps, is a resource even when the
 * request gives it no values and writes it without a plural. It belongs to the request's resource it
 * usually belongs to, else to what "their" stands for, else to the people the request names; with
 * none of these it stays unread. "every day" and "daily" give it a date.
 */
const keptRecord =
  /\b(?:mark|marks|take|takes|track|tracks|log|logs|record|records|keep|keeps|note|notes)\s+(?:(their|its|the|our|my|a|daily|weekly)\s+)?([a-z][\w-]*(?:\s+[a-z][\w-]*)?)/gi;

/** Words after a verb of keeping that are not what it keeps ("keep track of", "take care of"). */
const notKept =
  /^(?:track|care|note|notes|record|records|place|part|time|turns|it|them|this|that|what|which|who|when|how|an?)\b/;

export function readKeptRecords(reading: Reading, text: string): void {
  const lower = text.toLowerCase();
  for (const m of lower.matchAll(keptRecord)) {
    const object = m[2]!;
    if (notKept.test(object)) continue;
    // The record's noun is the first word, or both where the two are one compound ("check ins").
    const used = [object, object.split(/\s+/)[0]!].find((words) => {
      const p = nounPhrase(words);
      // Every word written is the record's ("attendance every" is attendance, then "every day").
      return p !== undefined && p.words.length === words.split(/\s+/).length && kbEntityOf(p)?.name === p.key;
    });
    const phrase = used === undefined ? undefined : nounPhrase(used);
    if (used === undefined || phrase === undefined) continue;
    // "record the grade of each exam", "note a score": one value of something, not records kept.
    const after = lower.slice(m.index + m[0].length - object.length + used.length);
    if (/^\s+of\b/.test(after) || (/^(?:the|a|its)$/.test(m[1] ?? '') && !phrase.writtenPlural)) continue;
    // A record another reader named already keeps its links; one it left unlinked gets its holder.
    const read = resolve(reading, phrase);
    if (read !== undefined && reading.links.some((l) => l.child === read.key || l.parent === read.key))
      continue;
    // "record the grade", "note the score": a word that also names a value is kept as one.
    if (read === undefined && knowledgeBase().fieldWord(phrase.words.join(' ')) !== undefined) continue;
    const known = kbEntityOf(phrase)!;
    if (known.parents.length === 0 || keepsPeople(known)) continue;
    const parent =
      usualParent(reading, known.parents, read) ?? holderBefore(reading, lower.slice(0, m.index), m[1], read);
    if (parent === undefined) continue;
    const record = read ?? addEntity(reading, phrase, reading.entities.size);
    record.described = true;
    addStatedLink(reading, record, parent, m[0].trim());
    const rest = after.slice(0, 40);
    // The clause is the record's, not values of the thing whose list it ended ("…, and we mark
    // attendance every day" is no attendance_day).
    const clause = `${m[0].trim().split(/\s+/)[0]} ${used}`;
    for (const entity of reading.entities.values())
      if (entity !== record)
        for (let i = entity.fields.length - 1; i >= 0; i--)
          if (entity.fields[i]!.source.toLowerCase().includes(used) && lower.includes(clause))
            if (entity.fields[i]!.name.startsWith(phrase.key)) entity.fields.splice(i, 1);
    if (/^\s*(?:every\s+day|each\s+day|daily|per\s+day|for\s+each\s+day)\b/.test(rest) || m[1] === 'daily') {
      const date = readField('date');
      // Its words are the request's ("every day"), which is what says each record has a date.
      const said = /^\s*(\S+(?:\s+day)?)/.exec(rest)?.[1] ?? m[1]!;
      if (date !== undefined && !record.fields.some((f) => f.name === 'date'))
        record.fields.push({ ...date, source: said });
    }
    reading.inferred.push({
      path: record.key,
      text: `added ${record.plural.replaceAll('_', ' ')}, each for ${withArticle(parent.key)}: "${m[0].trim()}" keeps them`,
    });
  }
}

/** "every walk i do", "each lesson we give": records the writer makes, one per time. */
const everyOne =
  /\b(?:every|each|all\s+the)\s+([a-z][\w-]*)\s+(?:that\s+)?(?:i|we)\s+(?:do|does|did|make|take|give|run|lead|teach|host|play|go\s+on)\b/gi;

/** Reads "every walk i do": a record the knowledge base knows, belonging to what it usually does. */
export function readEveryOne(reading: Reading, text: string): void {
  const lower = text.toLowerCase();
  for (const m of lower.matchAll(everyOne)) {
    const phrase = nounPhrase(m[1]!);
    if (phrase === undefined || resolve(reading, phrase) !== undefined) continue;
    const known = kbEntityOf(phrase);
    if (known === undefined || known.name !== phrase.key || known.parents.length === 0) continue;
    if (keepsPeople(known)) continue;
    const parent = usualParent(reading, known.parents, undefined);
    if (parent === undefined) continue;
    const record = addEntity(reading, phrase, reading.entities.size);
    record.described = true;
    addStatedLink(reading, record, parent, m[0].trim());
    reading.inferred.push({
      path: record.key,
      text: `added ${record.plural.replaceAll('_', ' ')}, each for ${withArticle(parent.key)}: "${m[0].trim()}" makes them`,
    });
  }
}

/** A resource of the request that the knowledge base says the record usually belongs to. */
function usualParent(
  reading: Reading,
  parents: readonly string[],
  self: EntityDraft | undefined,
): EntityDraft | undefined {
  for (const entity of reading.entities.values()) {
    if (entity === self) continue;
    const phrase = nounPhrase(entity.key.replaceAll('_', ' '));
    const known = phrase === undefined ? undefined : kbEntityOf(phrase);
    if (parents.includes(entity.key) || (known !== undefined && parents.includes(known.name))) return entity;
  }
  return undefined;
}

/**
 * What "their" stands for, or the people the request names: the nearest resource named before the
 * verb, written plural, that the knowledge base keeps personal fields for (any resource after "their").
 */
function holderBefore(
  reading: Reading,
  before: string,
  determiner: string | undefined,
  self: EntityDraft | undefined,
): EntityDraft | undefined {
  const words = [...before.matchAll(/[a-z][\w-]*/g)].map((w) => w[0]).reverse();
  for (const word of words.slice(0, 40)) {
    const phrase = nounPhrase(word);
    if (phrase === undefined || !phrase.writtenPlural) continue;
    const entity = resolve(reading, phrase);
    if (entity === undefined || entity === self) continue;
    if (determiner === 'their') return entity;
    const known = knowledgeBase().entityFor(entity.key.replaceAll('_', ' ')) ?? kbEntityOf(phrase);
    if (keepsPeople(known)) return entity;
  }
  return undefined;
}
