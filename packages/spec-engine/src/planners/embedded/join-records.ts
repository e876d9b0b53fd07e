import { addStatedLink, type EntityDraft, type Reading } from './drafts.js';
import { addEntity, isFieldWord, nounPhrase, resolve, type NounPhrase } from './mentions.js';

/** Verbs that say a record's whole job is to connect two other things. */
const connecting = String.raw`(?:link|connect|join|pair|match|tie|associate|relate|map|assign)`;
/** A determiner or quantifier before one side ("a volunteer", "many tags", "each shift"). */
const determiner = String.raw`(?:(?:a|an|the|one|each|every|many|several|multiple|some|any|their|its)\s+)?`;
/** Auxiliaries and modals: a phrase holding one is a clause ("students can", "a club has"). */
const auxiliaries = ['has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'can', 'may', 'will', 'must'];
const clauseWords = new Set([...auxiliaries, 'should', 'could', 'would', 'also', 'often', 'usually']);
/** Words that end a noun phrase rather than continue it ("a project with a role"). */
const functionWord = String.raw`(?:to|with|and|or|for|at|in|on|of|by|from|that|which|who|as|${auxiliaries.join('|')})\b`;
/** One side: one or two words, the last a noun ("a volunteer", "a training session"). */
const side = String.raw`([\p{L}][\p{L}-]*(?:\s+(?!${functionWord})[\p{L}][\p{L}-]*)?)`;
/** The record: up to three words before the verb ("signups", "attendance records"). */
const record = String.raw`([\p{L}][\p{L}-]*(?:\s+[\p{L}][\p{L}-]*){0,2})`;
const ends = String.raw`${determiner}${side}\s+(?:to|with|and)\s+${determiner}${side}`;

/**
 * The three wordings of a record defined by what it connects:
 * "signups linking a volunteer to a shift" (participle), "entries that connect players with
 * tournaments" (relative clause), "results link runners to races" (the record as the subject).
 */
const wordings: readonly RegExp[] = [
  new RegExp(String.raw`${record}\s+${connecting}ing\s+${ends}`, 'giu'),
  new RegExp(String.raw`${record}\s+(?:that|which)\s+${connecting}e?s?\s+${ends}`, 'giu'),
  new RegExp(String.raw`(?:^|[.;:\n]\s*)${record}\s+${connecting}e?s?\s+${ends}`, 'giu'),
];

/** Words that open a clause or name the API, never a record ("this links", "it connects"). */
const notRecords = new Set([
  'it',
  'this',
  'that',
  'which',
  'who',
  'api',
  'app',
  'system',
  'backend',
  'table',
]);

/**
 * A record the request defines by the two things it connects ("signups linking a volunteer to a
 * shift") is a resource that belongs to both: the join a competent engineer would make, named by the
 * request. Links another reader drew straight between the two sides from the same words are dropped,
 * since the request put the record between them.
 */
export function readJoinRecords(reading: Reading, sentences: readonly string[]): void {
  for (const sentence of sentences) {
    for (const wording of wordings) {
      for (const match of sentence.matchAll(wording)) {
        const [, recordWords, aWords, bWords] = match as unknown as [string, string, string, string];
        addJoinRecord(reading, match[0].trim(), recordWords, aWords, bWords);
      }
    }
  }
}

function addJoinRecord(
  reading: Reading,
  words: string,
  recordWords: string,
  aWords: string,
  bWords: string,
): void {
  const recordPhrase = thingNamed(recordWords);
  const a = thingNamed(aWords);
  const b = thingNamed(bWords);
  if (recordPhrase === undefined || a === undefined || b === undefined) return;
  if (new Set([recordPhrase.key, a.key, b.key]).size < 3) return;
  const join = resolve(reading, recordPhrase) ?? addEntity(reading, recordPhrase, reading.entities.size);
  join.described = true;
  const sides = [a, b].map(
    (phrase) => resolve(reading, phrase) ?? addEntity(reading, phrase, reading.entities.size),
  ) as [EntityDraft, EntityDraft];
  const lower = words.toLowerCase();
  dropDirectLinks(reading, sides, lower);
  // The record is the pairing: no usual link of one side to the other is added beside it.
  if (!reading.joins.some((j) => j.join === join.key))
    reading.joins.push({ join: join.key, a: sides[0].key, b: sides[1].key });
  // Required: a record whose job is to connect the two means nothing without either of them, also
  // when another reader drew its link to one side first.
  for (const parent of sides) {
    const drawn = reading.links.findIndex((l) => l.child === join.key && l.parent === parent.key);
    if (drawn >= 0) {
      if (reading.links[drawn]!.kind === 'belongs-to')
        reading.links[drawn] = { ...reading.links[drawn]!, required: true };
      continue;
    }
    addStatedLink(
      reading,
      join,
      parent,
      `"${words}": each ${join.key.replaceAll('_', ' ')} connects the two`,
      { required: true },
    );
  }
}

/** A noun phrase that can be a resource: not a pronoun, a clause or a field word ("date", "name"). */
function thingNamed(written: string): NounPhrase | undefined {
  const words = written.trim().toLowerCase().split(/\s+/);
  if (words.some((word) => notRecords.has(word) || clauseWords.has(word))) return undefined;
  const phrase = nounPhrase(words.join(' '));
  if (phrase === undefined || isFieldWord(phrase) || notRecords.has(phrase.key)) return undefined;
  return phrase;
}

/** Links between the two sides that another reader read from these same words. */
function dropDirectLinks(reading: Reading, [a, b]: readonly [EntityDraft, EntityDraft], words: string): void {
  for (let i = reading.links.length - 1; i >= 0; i--) {
    const link = reading.links[i]!;
    const between = [link.child, link.parent].sort().join('>') === [a.key, b.key].sort().join('>');
    if (between && sharesWords(link.because.toLowerCase(), words)) reading.links.splice(i, 1);
  }
}

/** Whether a link's reason quotes the record's wording (or the wording quotes the reason). */
function sharesWords(because: string, words: string): boolean {
  const quoted = /"([^"]+)"/.exec(because)?.[1] ?? because;
  return words.includes(quoted) || quoted.includes(words);
}
