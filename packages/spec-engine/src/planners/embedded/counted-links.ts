import { addStatedLink, type EntityDraft, type Reading } from './drafts.js';
import { isUnit } from './field-reader.js';
import { addEntity, isFieldWord, nounPhrase, resolve, type NounPhrase } from './mentions.js';
import { analyse } from './nlp.js';

// "a voyage uses one boat", "a class is taught in one room and led by a teacher", "each delivery goes
// from one depot to another": a sentence about one row ("a", "each") that counts what its verb reaches
// as one ("one boat", "a single room") or names who does it ("led by a teacher") says the row has
// exactly one of those, whatever the verb: the row belongs to it.

/** A noun phrase of one or two words. */
const phrase = String.raw`([\p{L}][\p{L}-]*(?:\s+[\p{L}][\p{L}-]*)?)`;
/** A sentence's subject counted as one row, after its start, a colon or a semicolon. */
const subjectShape = new RegExp(
  String.raw`(?:^|[:;]\s*|,\s+(?=each|every))(?:each|every|a|an|any)\s+([\p{L}][\p{L}-]*)\s+(.+)$`,
  'iu',
);
/** What ends the noun counted as one: a preposition, a comma, the end. */
const after = String.raw`(?=\s+(?:and|or|with|for|from|to|at|in|on|by|of|who|which|that|but)\b|\s*[,;.!?)]|$)`;
/** "uses one boat", "is taught in one room", "starts at a single trailhead". */
const countedOne = new RegExp(
  String.raw`^(?:(?:is|are|was|were|gets?|can\s+be|must|can|will|always|only)\s+)*([\p{L}]+)(?:\s+(?:at|in|on|to|from|with|into|for|inside))?\s+(?:one|a\s+single|exactly\s+one|only\s+one)\s+${phrase}${after}`,
  'iu',
);
/** "led by a librarian", "is carried by one truck": the agent of a passive. */
const agentOf = new RegExp(
  String.raw`^(?:(?:is|are|was|were|gets?|always|only|also)\s+)*([\p{L}]+)\s+by\s+(?:one|a|an|a\s+single|the)\s+${phrase}${after}`,
  'iu',
);
/** "goes from one depot to another": two links to one kind, by role. */
const route = new RegExp(
  String.raw`\bfrom\s+(?:one|a|an)\s+${phrase}\s+to\s+another(?:\s+(?:one|${phrase}))?${after}`,
  'iu',
);

/** Verbs of holding and being: their objects are values the field readers take. */
const holding = new Set([
  'have',
  'has',
  'had',
  'hold',
  'holds',
  'contain',
  'contains',
  'include',
  'includes',
  'cost',
  'costs',
  'weigh',
  'weighs',
  'last',
  'lasts',
  'take',
  'takes',
]);

/**
 * Reads the links of one row to one thing each sentence counts: the subject belongs to what its verb
 * counts as one, to a passive's agent, and, for "from one X to another", to an X twice (origin and
 * destination). The thing counted becomes a resource even where the request names it once; a field
 * another reader made of its name on the subject goes, since the link replaces it.
 */
export function readCountedLinks(reading: Reading, sentences: readonly string[]): void {
  for (const sentence of sentences) {
    for (const piece of sentence.split(/(?<=[.;!?])\s+/)) {
      const shape = subjectShape.exec(piece.trim());
      if (shape === null) continue;
      const split = subjectAndPredicate(reading, shape[1]!, shape[2]!);
      if (split === undefined) continue;
      const [subjectPhrase, rest] = split;
      const predicate = rest.replace(/[.!?]+$/, '');
      const parts = predicate.split(/\s*,?\s+and\s+(?=(?:is|are|was|were|then\s+)?[\p{L}]+\s)/u);
      for (const part of parts) readPart(reading, subjectPhrase, part.trim(), piece.trim());
    }
  }
}

/** The subject (one word, or two where the model reads the second as a noun) and the rest. */
function subjectAndPredicate(
  reading: Reading,
  first: string,
  rest: string,
): [NounPhrase, string] | undefined {
  const [second, ...others] = rest.split(/\s+/);
  if (second !== undefined && others.length > 0) {
    const tags = analyse(`the ${first} ${second} ${others[0]}`.toLowerCase());
    if (tags[2]?.pos === 'NOUN' && ['VERB', 'AUX', 'ADV'].includes(tags[3]?.pos ?? '')) {
      const two = thing(`${first} ${second}`, reading);
      if (two !== undefined) return [two, others.join(' ')];
    }
  }
  const one = thing(first, reading);
  return one === undefined ? undefined : [one, rest];
}

function readPart(reading: Reading, subjectPhrase: NounPhrase, part: string, because: string): void {
  const routed = route.exec(part);
  if (routed !== null) {
    const place = thing(routed[1]!);
    if (place === undefined) return;
    const child = entity(reading, subjectPhrase);
    const parent = entity(reading, place);
    if (child === parent) return;
    dropPlainLinks(reading, child, parent);
    for (const role of ['origin', 'destination'])
      addOnce(reading, child, parent, because, `${role}_${parent.key}`);
    return;
  }
  const counted = countedOne.exec(part) ?? agentOf.exec(part);
  if (counted === null || holding.has(counted[1]!.toLowerCase())) return;
  if (!isVerb(counted[1]!)) return;
  const target = thing(counted[2]!);
  if (target === undefined || isUnit(target.words.at(-1)!)) return;
  const child = entity(reading, subjectPhrase);
  const parent = entity(reading, target);
  if (child !== parent) addOnce(reading, child, parent, because);
  // "held at one branch" read as a value of the row by the field readers.
  const words = counted[0].toLowerCase();
  for (let i = child.fields.length - 1; i >= 0; i--) {
    const f = child.fields[i]!;
    if (!f.foreignKey && f.name.endsWith(`_${parent.key}`) && words.includes(f.source.trim().toLowerCase()))
      child.fields.splice(i, 1);
  }
  // "is taught in one room by one teacher": the agent after the place.
  const agent = /^\s+by\s+(?:one|a|an|a\s+single)\s+([\p{L}][\p{L}-]*(?:\s+[\p{L}][\p{L}-]*)?)/iu.exec(
    part.slice(counted.index + counted[0].length),
  );
  const doer = agent === null ? undefined : thing(agent[1]!.replace(/\s+(?:and|or|with|for|at|in|on)$/i, ''));
  if (doer !== undefined) {
    const parentOf = entity(reading, doer);
    if (parentOf !== child) addOnce(reading, child, parentOf, because);
  }
}

function entity(reading: Reading, p: NounPhrase): EntityDraft {
  return resolve(reading, p) ?? addEntity(reading, p, reading.entities.size);
}

/** Whether the model reads the word as a verb (or its participle) after "it". */
function isVerb(word: string): boolean {
  const tagged = analyse(`it ${word.toLowerCase()}`).at(-1);
  return tagged !== undefined && tagged.pos === 'VERB';
}

/** A noun phrase that can be a resource: nouns only, not a field word ("date", "price"). */
function thing(written: string, reading?: Reading): NounPhrase | undefined {
  const p = nounPhrase(written.toLowerCase());
  if (p === undefined || isFieldWord(p)) return undefined;
  // A resource of the request is a thing whatever the model's tag ("rental" reads as an adjective).
  if (reading !== undefined && resolve(reading, p) !== undefined) return p;
  const words = analyse(`the ${written.toLowerCase()}`).slice(1);
  return words.length === 0 || words.some((w) => w.pos !== 'NOUN' && w.pos !== 'PROPN') ? undefined : p;
}

function dropPlainLinks(reading: Reading, child: EntityDraft, parent: EntityDraft): void {
  for (let i = reading.links.length - 1; i >= 0; i--) {
    const l = reading.links[i]!;
    if (l.kind === 'belongs-to' && l.child === child.key && l.parent === parent.key && l.field === undefined)
      reading.links.splice(i, 1);
  }
}

function addOnce(
  reading: Reading,
  child: EntityDraft,
  parent: EntityDraft,
  because: string,
  field?: string,
): void {
  // A role named after the row itself ("workshop_one_branch") is the clause's words, not a role.
  for (let i = reading.links.length - 1; i >= 0; i--) {
    const l = reading.links[i]!;
    if (l.child === child.key && l.parent === parent.key && l.field?.split('_').includes(child.key) === true)
      reading.links.splice(i, 1);
  }
  const same = reading.links.some(
    (l) =>
      ((l.child === child.key && l.parent === parent.key) ||
        (l.child === parent.key && l.parent === child.key)) &&
      (field === undefined || l.field === field),
  );
  if (same) return;
  const misread = child.fields.findIndex((f) => !f.foreignKey && (f.name === parent.key || f.name === field));
  if (misread >= 0) child.fields.splice(misread, 1);
  addStatedLink(reading, child, parent, because, field === undefined ? {} : { field });
  reading.inferred.push({
    path: `${child.key}.${field ?? parent.key}`,
    text: `each ${child.key.replaceAll('_', ' ')} belongs to one ${(field ?? parent.key).replaceAll('_', ' ')}: read from "${because}"`,
  });
}
