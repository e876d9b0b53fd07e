import { addStatedLink, type EntityDraft, type Reading } from './drafts.js';
import { keepsPeople, readField } from './field-reader.js';
import { knowledgeBase } from '../../knowledge/knowledge-base.js';
import { transactionRecords } from './act-links.js';
import { addEntity, nounPhrase, resolve, type NounPhrase } from './mentions.js';
import { analyse, isKnownWord } from './nlp.js';
import { nounsOf } from './verb-joins.js';

// Chatty requests say what is done to their things with pronouns and question words: "i rate them
// 1-5", "i want to log when i water them", "mark when someone did it", "which kid did which chore and
// when". The pronoun stands for the nearest resource named before it (after it, where nothing before
// is one); the act is a value of it (a score on a scale) or a dated record of doing it.

/** "i rate them 1-5", "we score each one from 0 to 10": a score of the thing on a scale. */
const scored =
  /\b(?:i|we|you|they|people|users|and)\s+(?:(?:also|usually|always|then|will|can|could|want\s+to|wanna|like\s+to)\s+)*(rate|score|grade|rank)\s+(them|it|each\s+one|each|every\s+one)\b([^.;!?]*)/giu;
/**
 * "log when i water them", "mark when someone did it": the time of an act done to the thing, asked
 * for by a verb of keeping. A "when" clause of its own ("when i pick them up, …") only says when
 * something else happens.
 */
const datedAct =
  /\b(?:log|logs|track|note|mark|record|keep|save|write\s+down|see|know|remember|store)\s+(?:down\s+)?(?:when|the\s+day|the\s+date|the\s+time)\s+(?:i|we|someone|somebody|anyone|they|you)\s+(?:(?:actually|last|finally|first)\s+)?([\p{L}]{2,20})\s+(them|it)\b/giu;
/** "note which shelf they're on", "log what box it is in": the place of the thing, a value of it. */
const placedIn =
  /\b(?:note|notes|track|log|record|keep|mark|remember|see)\s+(?:down\s+)?(?:which|what)\s+([\p{L}][\p{L}-]*)\s+(them|they|it)(?:'re|’re|'s|’s|\s+are|\s+is|\s+were|\s+was)\s+(?:on|in|at|under|inside)\b/giu;
/**
 * "which kid did which chore and when", "who did which chore on what day": a record pairing the two,
 * with the time when asked. "who" is the people the request names nearest before.
 */
const doubleWhich =
  /\b(?:which\s+([\p{L}][\p{L}-]*)|who)\s+([\p{L}]{2,20})\s+which\s+([\p{L}][\p{L}-]*)(\s+(?:and\s+when|on\s+what\s+(?:day|date)|(?:and\s+)?(?:at\s+)?what\s+time)(?=\s*(?:[,.;!?(]|and\b|$)))?/giu;
/**
 * "who i lent each one to and when", "who we sold them to": a record of the act between the thing the
 * pronoun stands for and the people the request names nearest before, dated when asked.
 */
const toWhom =
  /\bwho\s+(?:i|we|you)\s+(?:(?:have|had|already|last|usually)\s+)?([\p{L}]{2,20})\s+(them|it|each\s+one|each|every\s+one)\s+to\b(\s+and\s+when\b)?/giu;

/** Reads scores, places and dated acts said of a pronoun, and records of "which X did which Y". */
export function readPronounActs(reading: Reading, text: string): void {
  const lower = text.toLowerCase();
  for (const m of lower.matchAll(scored)) {
    const scale = /(-?\d+)\s*(?:-|–|to|and)\s*(-?\d+)/.exec(m[3]!);
    const thing = antecedent(reading, lower, m.index, m[2]!);
    if (scale === null || thing === undefined) continue;
    const noun = m[1] === 'rate' ? 'rating' : m[1]!;
    if (thing.fields.some((f) => f.name === noun)) continue;
    const field = readField(`${noun} from ${scale[1]} to ${scale[2]}`);
    if (field === undefined) continue;
    thing.fields.push(field);
    reading.inferred.push({
      path: `${thing.key}.${noun}`,
      text: `added ${noun} to ${thing.key.replaceAll('_', ' ')}: "${m[0].trim()}" scores it`,
    });
  }
  for (const m of lower.matchAll(placedIn)) {
    const thing = antecedent(reading, lower, m.index, m[2] === 'it' ? 'it' : 'them');
    const field = readField(m[1]!);
    if (thing === undefined || field === undefined || thing.fields.some((f) => f.name === field.name))
      continue;
    thing.fields.push(field);
    reading.inferred.push({
      path: `${thing.key}.${field.name}`,
      text: `added ${field.name} to ${thing.key.replaceAll('_', ' ')}: "${m[0].trim()}" asks where it is`,
    });
  }
  for (const m of lower.matchAll(datedAct)) {
    const verb = verbOf(m[1]!);
    const thing = antecedent(reading, lower, m.index, m[2]!);
    if (verb === undefined || thing === undefined) continue;
    const record = recordOf(reading, verb.lemma, [thing.key]);
    if (record === undefined || record === thing) continue;
    addDatedRecord(reading, record, [thing], verb, m[0]);
  }
  for (const m of lower.matchAll(toWhom)) {
    const verb = verbOf(m[1]!);
    const thing = antecedent(reading, lower, m.index, m[2]!.startsWith('them') ? 'them' : 'it');
    const before = lower.slice(0, m.index);
    const person =
      (verb === undefined ? undefined : recipientBefore(before, verb.lemma, thing?.key)) ??
      peopleBefore(reading, before, thing?.key);
    if (verb === undefined || thing === undefined || person === undefined) continue;
    const sides = [thing, resolve(reading, person) ?? addEntity(reading, person, reading.entities.size)];
    const record = recordOf(
      reading,
      verb.lemma,
      sides.map((side) => side.key),
    );
    if (record === undefined || sides.includes(record)) continue;
    addDatedRecord(reading, record, sides, m[3] === undefined ? undefined : verb, m[0]);
  }
  for (const m of lower.matchAll(doubleWhich)) {
    const verb = verbOf(m[2]!);
    const b0 = sideOf(reading, m[3]!);
    const a =
      m[1] === undefined ? peopleBefore(reading, lower.slice(0, m.index), b0?.key) : sideOf(reading, m[1]);
    const b = b0;
    if (verb === undefined || a === undefined || b === undefined || a.key === b.key) continue;
    const sides = [a, b].map((p) => resolve(reading, p) ?? addEntity(reading, p, reading.entities.size));
    const record =
      keeper(reading, lower.slice(0, m.index)) ??
      recordOf(
        reading,
        verb.lemma,
        sides.map((s) => s.key),
      );
    if (record === undefined || sides.includes(record)) continue;
    addDatedRecord(reading, record, sides, m[4] === undefined ? undefined : verb, m[0]);
  }
}

/** "a loan records which neighbour took which tool": the resource whose sentence asks the question. */
function keeper(reading: Reading, before: string): EntityDraft | undefined {
  const subject =
    /(?:^|[.;:!?]\s*)(?:(?:a|an|the|each|every)\s+)?([\p{L}][\p{L}-]*)\s+(?:records|keeps|stores|notes|tracks|logs|says|shows|lists)\s+$/u.exec(
      before,
    );
  // "3. Leases — which owner rents which berth, start date": the record whose line it opens.
  const heading =
    subject === null
      ? /(?:^|[.;:!?\n]\s*)(?:\d{1,3}[.)]\s*|[-*•]\s*)?((?:[\p{L}][\p{L}-]*\s+){0,2}[\p{L}][\p{L}-]*)\s*(?:—|–|-|:)\s*$/u.exec(
          before,
        )
      : null;
  const phrase = nounPhrase((subject ?? heading)?.[1] ?? '');
  return phrase === undefined ? undefined : resolve(reading, phrase);
}

interface Verb {
  readonly lemma: string;
  /** Its past participle, for the time it was done ("watered", "done", "fed"). */
  readonly participle: string;
}

/** The word as a verb, when the model reads it so after "they". */
function verbOf(word: string): Verb | undefined {
  const tagged = analyse(`they ${word}`).at(-1);
  // "did" alone is read as an auxiliary; before an object it is the verb of doing.
  const doing = tagged?.pos === 'AUX' && tagged.lemma === 'do';
  if (tagged === undefined || (tagged.pos !== 'VERB' && !doing) || ['be', 'have'].includes(tagged.lemma))
    return undefined;
  const lemma = tagged.lemma;
  const participle =
    lemma === 'do'
      ? 'done'
      : word !== lemma && word.endsWith('ed')
        ? word
        : word !== lemma && !word.endsWith('s')
          ? word
          : `${lemma.replace(/e$/, '')}ed`;
  return { lemma, participle };
}

/**
 * The record of doing the verb: "do" to a thing completes it (a completion); any other verb names its
 * record by the noun English makes of it ("water" → watering), where the lexicon has one.
 */
function recordOf(reading: Reading, lemma: string, sides: readonly string[]): EntityDraft | undefined {
  // A transaction's record has a name of its own where English does not make it from the verb (lend → loan).
  const nouns =
    lemma === 'do'
      ? ['completion']
      : [...(transactionRecords.get(lemma) ?? []).slice(0, 1), ...nounsOf(lemma).filter(isKnownWord)];
  for (const noun of nouns) {
    const phrase = nounPhrase(noun);
    if (phrase === undefined || sides.includes(phrase.key)) continue;
    return reading.entities.get(phrase.key) ?? addEntity(reading, phrase, reading.entities.size);
  }
  return undefined;
}

function addDatedRecord(
  reading: Reading,
  record: EntityDraft,
  sides: readonly EntityDraft[],
  verb: Verb | undefined,
  words: string,
): void {
  record.described = true;
  const because = `"${words.trim()}": each ${record.key.replaceAll('_', ' ')} is one time it was done`;
  for (const side of sides)
    if (!reading.links.some((l) => l.child === record.key && l.parent === side.key))
      addStatedLink(reading, record, side, because);
  if (verb !== undefined) {
    const field = readField(`${verb.participle}_at`);
    if (field !== undefined && !record.fields.some((f) => f.name === field.name)) record.fields.push(field);
  }
  reading.inferred.push({
    path: record.key,
    text: `added ${record.key.replaceAll('_', ' ')}: read from ${because}`,
  });
}

/** A noun after "which": a thing of the request or one named here. */
function sideOf(reading: Reading, word: string): NounPhrase | undefined {
  const phrase = nounPhrase(word);
  if (phrase === undefined) return undefined;
  if (resolve(reading, phrase) !== undefined) return phrase;
  return analyse(`the ${word}`).at(-1)?.pos === 'NOUN' ? phrase : undefined;
}

/**
 * The resource a pronoun stands for: the nearest one named before it ("them" prefers a plural), or,
 * where none is, the first named after it ("i water them … plants have a name").
 */
export function antecedent(
  reading: Reading,
  text: string,
  at: number,
  pronoun: string,
): EntityDraft | undefined {
  const words = [...text.matchAll(/[\p{L}][\p{L}-]*/gu)];
  const found = (w: (typeof words)[number]) => {
    const i = words.indexOf(w);
    // "maintenance jobs": the compound first, then the word alone.
    for (const written of [i > 0 ? `${words[i - 1]![0]} ${w[0]}` : undefined, w[0]]) {
      const phrase = written === undefined ? undefined : nounPhrase(written);
      if (phrase === undefined) continue;
      const entity = resolve(reading, phrase);
      if (entity !== undefined && (pronoun !== 'them' || phrase.writtenPlural)) return entity;
    }
    return undefined;
  };
  const before = words.filter((w) => w.index < at).reverse();
  for (const w of before) {
    const entity = found(w);
    if (entity !== undefined) return entity;
  }
  for (const w of words.filter((w) => w.index > at)) {
    const entity = found(w);
    if (entity !== undefined) return entity;
  }
  return undefined;
}

/**
 * The people a "who" stands for: the nearest plural noun before it that names people (one the
 * knowledge base keeps personal fields for), other than the thing acted on.
 */
export function peopleBefore(
  reading: Reading,
  before: string,
  other: string | undefined,
): NounPhrase | undefined {
  const words = [...before.matchAll(/[\p{L}][\p{L}-]*/gu)].map((w) => w[0]).reverse();
  for (const word of words.slice(0, 40)) {
    const phrase = nounPhrase(word);
    if (phrase === undefined || !phrase.writtenPlural || phrase.key === other) continue;
    const known = resolve(reading, phrase);
    const kb = knowledgeBase().entityFor(phrase.key);
    if (keepsPeople(kb)) return known === undefined ? phrase : nounPhrase(known.key.replaceAll('_', ' '));
  }
  return undefined;
}

/** "i lend my board games to friends … who i lent each one to": whom the request said the act goes to. */
export function recipientBefore(
  before: string,
  lemma: string,
  other: string | undefined,
): NounPhrase | undefined {
  if (!/^[a-z]{2,20}$/.test(lemma)) return undefined;
  const stem = lemma.replace(/e$/, '');
  const said = new RegExp(
    String.raw`\b${stem}\w*\b[^.;!?]{0,60}?\bto\s+(?:(?:my|our|the|some|their|other)\s+)?([a-z][\w-]*s)\b`,
    'g',
  );
  const last = [...before.matchAll(said)].at(-1);
  const phrase = last === undefined ? undefined : nounPhrase(last[1]!);
  return phrase === undefined || !phrase.writtenPlural || phrase.key === other ? undefined : phrase;
}
