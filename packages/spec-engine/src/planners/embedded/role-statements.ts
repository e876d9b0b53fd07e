import { addStatedLink, repointLinks, type EntityDraft, type Reading } from './drafts.js';
import {
  addEntity,
  isFieldWord,
  nounPhrase,
  nounPhrases,
  resolve,
  roleWords,
  thingNamedBy,
} from './mentions.js';
import { withArticle } from './words.js';

/**
 * Values a sentence of their own says are rows of another resource: "sender and recipient are both
 * customers", "the winner of a leg is a player", "the buyer is a member". Each value a resource
 * lists under that name becomes a link to the resource, under the value's name (sender_id,
 * recipient_id), so two roles of one kind stay two links instead of two strings.
 */
/** A value's name: one or two words ("winner", "home team"). */
const role = String.raw`[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?`;
/** A resource's name as written: one or two words. */
const word = String.raw`[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?`;
const roleStatement = new RegExp(
  String.raw`^(?:the\s+|a\s+|an\s+|each\s+|every\s+)?(${role}(?:\s*(?:,|\band\b|\bor\b)\s*(?:the\s+)?${role})*)` +
    String.raw`(?:\s+of\s+(?:a|an|the|each|every)\s+(${word}))?` +
    String.raw`\s+(?:is|are|must\s+be|should\s+be|will\s+be)\s+(?:(?:both|all|always|also|each|just|simply)\s+)*` +
    String.raw`(?:an?\s+|one\s+of\s+(?:the|our)\s+)?(${word})$`,
  'i',
);

/** Reads such sentences once the resources and their values are read. */
export function readRoleStatements(reading: Reading, sentences: readonly string[]): void {
  for (const sentence of sentences) {
    if (sentence.length > 300) continue;
    for (const piece of sentence.split(/(?<=[.;!?])\s+/)) {
      const match = roleStatement.exec(piece.trim().replace(/[.!?;]+$/, ''));
      if (match === null) continue;
      const kind = nounPhrase(match[3]!);
      const target = kind === undefined ? undefined : resolve(reading, kind);
      if (target === undefined) continue;
      const owner = match[2] === undefined ? undefined : nounPhrase(match[2]);
      const only = owner === undefined ? undefined : resolve(reading, owner);
      const roles = match[1]!
        .split(/\s*(?:,|\band\b|\bor\b)\s*(?:the\s+)?/i)
        .map((r) =>
          r
            .trim()
            .toLowerCase()
            .replace(/[\s-]+/g, '_'),
        )
        .filter((r) => r !== '');
      for (const name of roles) linkRole(reading, name, target.key, only?.key, piece.trim());
    }
  }
}

/** Replaces the value `name` (or `name_id`) on each resource that lists it by a link to `target`. */
function linkRole(
  reading: Reading,
  name: string,
  target: string,
  only: string | undefined,
  because: string,
): void {
  const parent = reading.entities.get(target)!;
  for (const entity of reading.entities.values()) {
    if (entity === parent || (only !== undefined && entity.key !== only)) continue;
    const at = entity.fields.findIndex((f) => f.name === name || f.name === `${name}_id`);
    if (at < 0) continue;
    const [field] = entity.fields.splice(at, 1);
    const as = name === target ? undefined : name;
    if (reading.links.some((l) => l.child === entity.key && l.parent === target && l.field === as)) continue;
    addStatedLink(reading, entity, parent, because, {
      ...(field!.required !== undefined ? { required: field!.required } : {}),
      ...(as !== undefined ? { field: as } : {}),
    });
    reading.inferred.push({
      path: `${entity.key}.${name}_id`,
      text: `read ${entity.key.replaceAll('_', ' ')}'s ${name.replaceAll('_', ' ')} as a link to ${withArticle(target)}, as "${because}" says`,
    });
  }
}

/**
 * "a source zone and a destination zone", "a start station and an end station": two values of one
 * record named by a role before the same noun are two links to one kind of thing, never two strings.
 * The thing is the resource that noun names, or the compound the request writes with it ("moves pallets
 * between storage zones"), or else the noun itself.
 */
export function readPairedRoles(reading: Reading, text: string): void {
  for (const entity of [...reading.entities.values()]) {
    const byHead = new Map<string, string[]>();
    for (const field of entity.fields) {
      if (field.enumValues !== undefined || field.many) continue;
      const words = field.name.replace(/_id$/, '').split('_');
      if (words.length < 2 || !words.slice(0, -1).every((w) => roleWords.has(w))) continue;
      const head = words.at(-1)!;
      byHead.set(head, [...(byHead.get(head) ?? []), field.name]);
    }
    for (const [head, names] of byHead) {
      if (names.length < 2) continue;
      const target = thingNamedBy(reading, head, text, false);
      if (target === undefined || target === entity) continue;
      for (const name of names)
        linkRole(reading, name.replace(/_id$/, ''), target.key, entity.key, `${names.join(' and ')}`);
    }
  }
}

/**
 * "rides from a start station to an end station": the record named before "from" goes between two
 * rows of one kind, each under its role. A plain link to that kind the knowledge base proposed gives
 * way to the two.
 */
const roleRoute =
  /\b([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\s+(?:going\s+|running\s+|travelling\s+|traveling\s+)?from\s+(?:a|an|the|one|their)\s+([a-z]+)\s+([a-z][a-z-]*)\s+to\s+(?:a|an|the|one|their)\s+([a-z]+)\s+([a-z][a-z-]*)\b/gi;

export function readRoleRoutes(reading: Reading, sentences: readonly string[]): void {
  for (const sentence of sentences) {
    if (sentence.length > 1500) continue;
    for (const match of sentence.matchAll(roleRoute)) {
      const [, before, fromRole, fromHead, toRole, toHead] = match as unknown as string[];
      if (
        fromHead !== toHead ||
        !roleWords.has(fromRole!.toLowerCase()) ||
        !roleWords.has(toRole!.toLowerCase())
      )
        continue;
      const subject = lastThing(reading, before!);
      const target =
        subject === undefined ? undefined : thingNamedBy(reading, fromHead!.toLowerCase(), sentence);
      if (subject === undefined || target === undefined || target === subject) continue;
      for (const role of [fromRole!, toRole!]) {
        const name = `${role.toLowerCase()}_${nounPhrase(fromHead!)?.key ?? fromHead!.toLowerCase()}`;
        foldRoleResource(reading, name, subject, target);
        const at = subject.fields.findIndex((f) => f.name === name || f.name === `${name}_id`);
        if (at >= 0) subject.fields.splice(at, 1);
        if (
          !reading.links.some((l) => l.child === subject.key && l.parent === target.key && l.field === name)
        )
          addStatedLink(reading, subject, target, match[0], { field: name });
      }
      const plain = reading.links.findIndex(
        (l) => l.child === subject.key && l.parent === target.key && l.field === undefined,
      );
      if (plain >= 0) reading.links.splice(plain, 1);
    }
  }
}

/**
 * "a destination airport" read as a resource of its own before its role was seen: its values said
 * with the route are the record's, and its links the kind's.
 */
function foldRoleResource(reading: Reading, name: string, subject: EntityDraft, target: EntityDraft): void {
  const stray = reading.entities.get(name);
  if (stray === undefined || stray === subject || stray === target) return;
  for (const field of stray.fields)
    if (field.origin !== 'knowledge' && !subject.fields.some((f) => f.name === field.name))
      subject.fields.push(field);
  reading.entities.delete(name);
  repointLinks(reading, name, target.key);
}

/** The resource the last one or two words before a phrase name ("docking rides" → ride). */
function lastThing(reading: Reading, words: string): EntityDraft | undefined {
  const parts = words.toLowerCase().split(/\s+/);
  for (let n = Math.min(2, parts.length); n >= 1; n--) {
    const phrase = nounPhrase(parts.slice(-n).join(' '));
    const hit = phrase === undefined ? undefined : resolve(reading, phrase);
    if (hit !== undefined) return hit;
  }
  // "crossings from a departure port to an arrival port": a plural named only here is a record.
  const lastWord = parts.at(-1) ?? '';
  for (const words of [nounPhrases(parts.join(' ')).at(-1)?.text, parts.slice(-2).join(' '), lastWord]) {
    const phrase = words?.endsWith(lastWord) === true ? nounPhrase(words) : undefined;
    if (phrase?.writtenPlural === true && !isFieldWord(phrase))
      return addEntity(reading, phrase, reading.entities.size);
  }
  return undefined;
}
