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
    for (const m of sentence.matchAll(takersFirst)) {
      const [, takers, verb, particle, occasion, rest] = m as unknown as string[];
      addPairing(reading, m[0]!, takers!, verb!, particle, occasion!, rest ?? '');
    }
    for (const m of sentence.matchAll(occasionFirst)) {
      const [, occasion, takers, verb, particle, rest] = m as unknown as string[];
      addPairing(reading, m[0]!, takers!, verb!, particle, occasion!, rest ?? '');
    }
  }
}

function addPairing(
  reading: Reading,
  words: string,
  takerWords: string,
  verbWord: string,
  particle: string | undefined,
  occasionWords: string,
  rest: string,
): void {
  const lemma = verbLemma(takerWords, verbWord);
  if (lemma === undefined) return;
  const takerPhrase = thing(takerWords);
  const occasionPhrase = thing(occasionWords);
  if (takerPhrase === undefined || occasionPhrase === undefined || !takerPhrase.writtenPlural) return;
  if (takerPhrase.key === occasionPhrase.key) return;
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
    return;
  }
  const name = presence.has(lemma)
    ? nounPhrase('attendance')
    : nounPhrase(`${occasion.key.replaceAll('_', ' ')} ${taker.key.replaceAll('_', ' ')}`);
  if (name === undefined) return;
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
  const words = analyse(written.toLowerCase());
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
