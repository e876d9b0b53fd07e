import { addStatedLink, type EntityDraft, type Reading } from './drafts.js';
import { readField } from './field-reader.js';
import { addEntity, isFieldWord, nounPhrase, resolve, type NounPhrase } from './mentions.js';
import { analyse } from './nlp.js';

// "who's turn it is to bring snacks to each rehearsal", "who has which kayak and since when": a
// question about people asked of each thing is a link from the thing to the people the request
// speaks of ("me and five bandmates", "we lend our kayaks to friends"), who become a resource.

/** "me and five bandmates", "my flatmates and i", "we lend … to friends": the people of the request. */
const peopleShapes: readonly RegExp[] = [
  /\b(?:me|i)\s+and\s+(?:my\s+|our\s+|the\s+|(?:two|three|four|five|six|seven|eight|nine|ten|some|a\s+few)\s+)?([\p{L}][\p{L}-]*s)\b/u,
  /\b(?:my|our)\s+([\p{L}][\p{L}-]*s)\s+and\s+(?:i|me)\b/u,
  /\b(?:lend|lends|lent|give|gives|rent|rents|hire|hires)\s+(?:out\s+)?(?:our\s+|my\s+|the\s+)?[\p{L}][\p{L}-]*s?\s+to\s+(?:our\s+|my\s+|the\s+)?([\p{L}][\p{L}-]*s)\b/u,
  /\bwhich\s+([\p{L}][\p{L}-]*)\s+(?:[\p{L}]+ed|did|drove|brought|took|paid|made)\b/u,
];

/** "whose turn it is (to …) for each rehearsal": the thing each turn is at. */
const turn =
  /\bwho(?:'s|’s|se|s)?\s+turn\s+it\s+is\b[^.;!?]*?\b(?:for|to|at|on)\s+(?:each|every|the\s+next)\s+([\p{L}][\p{L}-]*(?:\s+[\p{L}][\p{L}-]*)?)/u;
/** "who has which kayak (and since when)": who holds each of the things now. */
const holding =
  /\bwho\s+(?:has|holds|got|borrowed|took)\s+which\s+([\p{L}][\p{L}-]*)(\s+and\s+since\s+when)?/u;

/** Transaction verbs and the record English names each by. */
const transactions: readonly (readonly [RegExp, string])[] = [
  [/\b(?:lend|lends|lent|borrow|borrows|borrowed)\b/, 'loan'],
  [/\b(?:rent|rents|rented|hire|hires|hired)\b/, 'rental'],
];

export function readTurns(reading: Reading, text: string): void {
  const lower = text.toLowerCase();
  const turnOf = turn.exec(lower);
  const held = holding.exec(lower);
  if (turnOf === null && held === null) return;
  const people = peopleOf(reading, lower);
  if (people === undefined) return;
  if (turnOf !== null) {
    const thing = resourceOf(reading, turnOf[1]!);
    if (thing !== undefined && thing !== people) {
      if (!reading.links.some((l) => l.child === thing.key && l.parent === people.key))
        addStatedLink(reading, thing, people, turnOf[0]);
      note(
        reading,
        `${thing.key}.${people.key}`,
        `each ${name(thing)} has the ${name(people)} whose turn it is`,
        turnOf[0],
      );
    }
  }
  if (held !== null) {
    const thing = resourceOf(reading, held[1]!);
    const recordName = transactions.find(([verb]) => verb.test(lower))?.[1];
    if (thing === undefined || thing === people || recordName === undefined) return;
    const phrase = nounPhrase(recordName)!;
    const record = reading.entities.get(phrase.key) ?? addEntity(reading, phrase, reading.entities.size);
    record.described = true;
    for (const side of [thing, people])
      if (!reading.links.some((l) => l.child === record.key && l.parent === side.key))
        addStatedLink(reading, record, side, held[0]);
    if (held[2] !== undefined) {
      const since = readField('lent_at');
      if (since !== undefined && !record.fields.some((f) => f.name === since.name)) record.fields.push(since);
    }
    note(
      reading,
      record.key,
      `each ${name(record)} is one ${name(thing)} held by one ${name(people)}`,
      held[0],
    );
  }
}

const name = (entity: EntityDraft) => entity.key.replaceAll('_', ' ');

function note(reading: Reading, path: string, what: string, words: string): void {
  reading.inferred.push({ path, text: `${what}: read from "${words.trim()}"` });
}

/** The people the request speaks of, made a resource. */
function peopleOf(reading: Reading, text: string): EntityDraft | undefined {
  for (const shape of peopleShapes) {
    const m = shape.exec(text);
    const phrase = m === null ? undefined : person(m[1]!);
    if (phrase !== undefined)
      return resolve(reading, phrase) ?? addEntity(reading, phrase, reading.entities.size);
  }
  return undefined;
}

function person(word: string): NounPhrase | undefined {
  const tagged = analyse(`the ${word}`).at(-1);
  if (tagged?.pos !== 'NOUN') return undefined;
  const phrase = nounPhrase(word);
  return phrase === undefined || isFieldWord(phrase) ? undefined : phrase;
}

/** The resource a phrase names: a resource of the request only. */
function resourceOf(reading: Reading, written: string): EntityDraft | undefined {
  for (const words of [written, written.split(/\s+/)[0]!]) {
    const phrase = nounPhrase(words);
    const entity = phrase === undefined ? undefined : resolve(reading, phrase);
    if (entity !== undefined) return entity;
  }
  return undefined;
}
