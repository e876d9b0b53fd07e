import { addStatedLink, type EntityDraft, type Reading } from './drafts.js';
import { readField, type FieldDraft } from './field-reader.js';
import { addEntity, isFieldWord, nounPhrase, resolve, type NounPhrase } from './mentions.js';
import { analyse } from './nlp.js';

// "we note which patrons attended each workshop", "for each tournament we record which players played
// and their final rank": "which" asks, for each occasion, for the set of things that took part in it.
// That set is a pairing of the two, many of one with many of the other, never a link of one to one.

/** A noun phrase of one to three words after "which" or "each". */
const phrase = String.raw`([\p{L}][\p{L}-]*(?:\s+[\p{L}][\p{L}-]*){0,2}?)`;
/** The verb, a particle or "part" of "take part", and a preposition before the occasion. */
const act = String.raw`([\p{L}]+)(?:\s+(up|out|along|part|over|by))?(?:\s+(?:at|in|on|to|for|with|into|during))?`;
/** Values of each pairing that follow it: "and their final rank", "and how many hours they stayed". */
const values = String.raw`((?:,?\s+(?:and|with|plus)\s+[^.;!?]+)?)`;

/** "which patrons attended each workshop (and …)": the takers first, then the occasion. */
const takersFirst = new RegExp(
  String.raw`\bwhich\s+${phrase}\s+${act}\s+(?:each|every)\s+${phrase}${values}`,
  'giu',
);
/** "for each tournament we record which players played (and …)": the occasion first. */
const occasionFirst = new RegExp(
  String.raw`\b(?:for|at|in|on|after)\s+(?:each|every)\s+${phrase},?\s+(?:we|i|you|they|staff|someone)\s+[\p{L}\s]{2,30}?\bwhich\s+${phrase}\s+${act}${values}`,
  'giu',
);

/**
 * Verbs of being present at an occasion, whose pairing English names an attendance: the takers
 * attend, come to, show up at, turn up at or go on it.
 */
const presence = new Set(['attend', 'come', 'show', 'turn', 'go', 'appear']);

/**
 * Reads each "which <things> <verb> each <occasion>" of the request: a pairing of many of the things
 * with many occasions. Verbs of presence make an attendance, a record belonging to both; values given
 * for each pairing ("and how many hours they stayed") make a record of both named after them
 * (tournament_player) unless the verb names one; with neither, the two are linked many-to-many. Links
 * and fields other readers took from the same words between the two go.
 */
export function readParticipation(reading: Reading, sentences: readonly string[]): void {
  for (const sentence of sentences) {
    let read = false;
    const pair = (
      words: string,
      takers: string,
      verb: string,
      particle: string | undefined,
      occasion: string,
      rest = '',
    ) => {
      const lemma = verbLemma(takers, verb);
      if (lemma !== undefined)
        read = addPairing(reading, words, takers, lemma, verb, particle, occasion, rest) || read;
    };
    for (const [words, takers, verb, particle, occasion, rest] of sentence.matchAll(takersFirst))
      pair(words, takers!, verb!, particle, occasion!, rest);
    for (const [words, occasion, takers, verb, particle, rest] of sentence.matchAll(occasionFirst))
      pair(words, takers!, verb!, particle, occasion!, rest);
    if (!read) {
      const question = whichClause(sentence);
      if (question !== undefined)
        addPairing(
          reading,
          question.words,
          question.takers,
          question.lemma,
          question.verb,
          undefined,
          question.occasion,
          question.rest,
        );
    }
  }
}

/** A "which" question about each occasion, read by parts of speech (see whichClause). */
interface WhichClause {
  readonly words: string;
  readonly takers: string;
  readonly lemma: string;
  readonly verb: string;
  readonly occasion: string;
  readonly rest: string;
}

/** Prepositions before "each <occasion>": "for each concert", "on every trip", "at each market". */
const occasionPrepositions = new Set(['for', 'at', 'in', 'on', 'after', 'during', 'per']);

/**
 * A "which" question whose things are the object or the subject of its own clause, with the occasion
 * before or after it: "for each concert, which pieces the orchestra performs", "which campsites we stay
 * at on every trip", "for every festival, which bands play". Read by parts of speech rather than by
 * words: "which", a plural noun phrase, an optional subject (a pronoun or a determiner and nouns), a
 * verb with its particles, and "each" or "every" and a noun phrase after a preposition on either side.
 */
function whichClause(sentence: string): WhichClause | undefined {
  if (!/\bwhich\b/i.test(sentence) || !/\b(?:each|every)\b/i.test(sentence)) return undefined;
  const words = analyse(sentence.toLowerCase());
  // The model tags a lone noun after a determiner as a verb or an adjective where the word is also one
  // ("which hops the brewer adds", "for each fair"): the first word of the phrase may be any of them.
  const firstOfPhrase = (i: number) => ['NOUN', 'PROPN', 'ADJ', 'VERB'].includes(words[i]?.pos ?? '');
  const which = words.findIndex((w, i) => w.text === 'which' && firstOfPhrase(i + 1));
  if (which < 0) return undefined;
  const nounsFrom = (start: number) => {
    if (!firstOfPhrase(start)) return start;
    let end = start + 1;
    while (end < words.length && end - start < 3 && ['NOUN', 'ADJ', 'PROPN'].includes(words[end]!.pos)) end++;
    // A phrase of several words ends on a noun ("which pieces", not "which pieces old").
    while (end > start + 1 && words[end - 1]!.pos !== 'NOUN') end--;
    return end;
  };
  const takersEnd = nounsFrom(which + 1);
  if (takersEnd === which + 1) return undefined;
  // The clause's own subject, when the things are its object: "we", "the orchestra", "it".
  let at = takersEnd;
  if (words[at]?.pos === 'PRON') at++;
  else if (words[at]?.pos === 'DET') {
    const subjectEnd = nounsFrom(at + 1);
    if (subjectEnd > at + 1) at = subjectEnd;
  }
  while (words[at]?.pos === 'AUX' && words[at + 1]?.pos === 'VERB') at++;
  const verb = words[at];
  if (verb === undefined || verb.pos !== 'VERB') return undefined;
  at++;
  const occasionAt = (i: number) =>
    words[i] !== undefined &&
    occasionPrepositions.has(words[i]!.text) &&
    ['each', 'every'].includes(words[i + 1]?.text ?? '')
      ? i + 2
      : -1;
  // Particles and prepositions of the verb ("stay at", "call at"), up to an occasion after it.
  while (words[at] !== undefined && ['ADP', 'PART'].includes(words[at]!.pos) && occasionAt(at) < 0) at++;
  let occasion: [number, number] | undefined;
  // An occasion phrase starting at `start` (from occasionAt), if a noun phrase is there.
  const occasionFrom = (start: number): [number, number] | undefined => {
    if (start < 0) return undefined;
    const end = nounsFrom(start);
    return end > start ? [start, end] : undefined;
  };
  const after = occasionFrom(occasionAt(at));
  if (after !== undefined) {
    occasion = after;
    at = occasion[1];
  } else
    for (let i = which - 2; i >= 0 && occasion === undefined; i--) occasion = occasionFrom(occasionAt(i));
  if (occasion === undefined) return undefined;
  const text = (from: number, to: number) =>
    words
      .slice(from, to)
      .map((w) => w.text)
      .join(' ');
  const rest = words[at]?.pos === 'CCONJ' || words[at]?.text === 'with' ? ` ${text(at, words.length)}` : '';
  const start = Math.min(which, occasion[0] - 2);
  return {
    words: text(start, at) + rest,
    takers: text(which + 1, takersEnd),
    lemma: verb.lemma,
    verb: verb.text,
    occasion: text(occasion[0], occasion[1]),
    rest,
  };
}

/** Whether the pairing was read: both sides are things, several of the takers, and not the same. */
function addPairing(
  reading: Reading,
  words: string,
  takerWords: string,
  lemma: string,
  verbWord: string,
  particle: string | undefined,
  occasionWords: string,
  rest: string,
): boolean {
  const takerPhrase = thing(takerWords);
  const occasionPhrase = thing(occasionWords);
  if (takerPhrase === undefined || occasionPhrase === undefined || !takerPhrase.writtenPlural) return false;
  if (takerPhrase.key === occasionPhrase.key) return false;
  const [taker, occasion] = [takerPhrase, occasionPhrase].map(
    (p) => resolve(reading, p) ?? addEntity(reading, p, reading.entities.size),
  ) as [EntityDraft, EntityDraft];
  const own = ownValues(rest);
  const pairValues = valuesOf(own);
  words = words.slice(0, words.length - rest.length + own.length).trim();
  const quoted = words.toLowerCase();
  forgetReadings(reading, [taker, occasion], quoted, pairValues);
  if (!presence.has(lemma) && pairValues.length === 0) {
    const [child, parent] = [taker.key, occasion.key].sort() as [string, string];
    reading.links.push({ kind: 'many-to-many', child, parent, because: quoted, stated: true });
    return true;
  }
  const name = presence.has(lemma)
    ? nounPhrase('attendance')
    : nounPhrase(`${occasion.key.replaceAll('_', ' ')} ${taker.key.replaceAll('_', ' ')}`);
  if (name === undefined) return false;
  // Looked up by its whole name: "tournament player" is no player.
  const record = addEntity(reading, name, reading.entities.size);
  record.described = true;
  for (const value of pairValues)
    if (!record.fields.some((f) => f.name === value.name)) record.fields.push(value);
  if (!reading.joins.some((j) => j.join === record.key))
    reading.joins.push({ join: record.key, a: occasion.key, b: taker.key });
  for (const side of [occasion, taker]) {
    if (reading.links.some((l) => l.child === record.key && l.parent === side.key)) continue;
    addStatedLink(reading, record, side, `"${words}": each ${record.key.replaceAll('_', ' ')} pairs the two`);
  }
  reading.inferred.push({
    path: record.key,
    text: `added ${record.key.replaceAll('_', ' ')} for each ${taker.key.replaceAll('_', ' ')} that ${verbWord.toLowerCase()} ${particle ?? ''} ${withoutArticle(occasion.key)}: read from "${words}"`.replace(
      /\s+/g,
      ' ',
    ),
  });
  return true;
}

const withoutArticle = (key: string) => `an ${key.replaceAll('_', ' ')}`.replace(/^an (?=[^aeiou])/, 'a ');

/** The verb's lemma when the model reads the word as a verb after its subject, or undefined. */
function verbLemma(subject: string, verb: string): string | undefined {
  const words = analyse(`${subject.toLowerCase()} ${verb.toLowerCase()}`);
  const last = words.at(-1);
  return last !== undefined && (last.pos === 'VERB' || last.pos === 'AUX') ? last.lemma : undefined;
}

/** A noun phrase that can be a resource: not a pronoun or a field word ("date", "name"). */
function thing(written: string): NounPhrase | undefined {
  // Read after a determiner, as it stood: "hops" alone is a verb, "the hops" a noun.
  const words = analyse(`the ${written.toLowerCase()}`).slice(1);
  if (words.length === 0 || words.some((w) => !['NOUN', 'PROPN', 'ADJ'].includes(w.pos))) return undefined;
  const phrase = nounPhrase(written.toLowerCase());
  return phrase === undefined || isFieldWord(phrase) ? undefined : phrase;
}

/** The values of each pairing: "and their final rank" → final_rank. */
/** The words after the pairing up to a new clause ("…, and sessions have a date") or a parenthesis. */
const ownValues = (rest: string) =>
  rest.split(/\(|,?\s+(?:and|but)\s+(?:[\p{L}]+\s+){1,2}?(?:has|have|had|are|is|were|was)\b/u)[0]!;

function valuesOf(own: string): FieldDraft[] {
  const parts = own
    .split(/,?\s+(?:and|with|plus)\s+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return parts.flatMap((part) => {
    const field = readField(part.replace(/^(?:their|its|his|her|the)\s+/i, ''));
    return field === undefined || field.name === '' ? [] : [field];
  });
}

/**
 * Drops what other readers read from the same words as a link of one to one between the two sides,
 * and fields of either side whose words are the pairing's or its values' ("which players played",
 * "final rank" on the tournament).
 */
function forgetReadings(
  reading: Reading,
  sides: readonly [EntityDraft, EntityDraft],
  words: string,
  pairValues: readonly FieldDraft[],
): void {
  const keys = sides
    .map((s) => s.key)
    .sort()
    .join('>');
  for (let i = reading.links.length - 1; i >= 0; i--) {
    const link = reading.links[i]!;
    if (link.kind === 'belongs-to' && [link.child, link.parent].sort().join('>') === keys)
      reading.links.splice(i, 1);
  }
  const valueNames = new Set(pairValues.map((v) => v.name));
  for (const side of sides) {
    for (let i = side.fields.length - 1; i >= 0; i--) {
      const field = side.fields[i]!;
      const source = field.source.trim().toLowerCase();
      const other = sides.find((s) => s !== side)!;
      if (
        valueNames.has(field.name) ||
        (source.length > 3 && words.includes(source)) ||
        field.name === other.key ||
        field.name === `${other.key}_id`
      )
        side.fields.splice(i, 1);
    }
  }
}
