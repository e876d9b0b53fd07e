import { knowledgeBase } from '../../knowledge/knowledge-base.js';
import type { Clause } from './clauses.js';
import type { Reading } from './drafts.js';
import { readField, type FieldDraft } from './field-reader.js';
import { isFieldWord, nounPhrase, type NounPhrase } from './mentions.js';
import { isKnownWord } from './nlp.js';
import { resolveGroup } from './resolver.js';
import { timeSpan } from './time-spans.js';
import { nounsOf } from './verb-joins.js';

// "members borrow books; each has a return date", "customers rent kayaks with a deposit": an act
// between a doer and a thing that has values of its own is a record of its own (a loan, a rental),
// named by the noun English makes of the verb, and belonging to both.

/** A noun made of a verb, with how much the language and the knowledge base say it names a record. */
interface NounCandidate {
  readonly noun: string;
  readonly score: number;
}

/**
 * The noun that names the record of doing a verb, given as written and then as its lemma (`spellings`:
 * "enrol", "enroll"; the request's spelling comes first): of the nouns derivational morphology makes
 * of it ("rent" → rental, "enrol" → enrolment, "reserve" → reservation) and the verb itself ("order"),
 * those the English lexicon has, scored by evidence rather than taken in a fixed order. A noun the
 * knowledge base keeps as a record counts most, more when that record is dated (acts happen at a
 * time) or belongs to one of the `sides`; a spelling the knowledge base files under another (enrolment,
 * enrollment) counts as it, and the earlier candidate wins a tie; a suffix that only makes nouns (-ment, -ation, -al) counts
 * over a gerund, which names the activity. A gerund the knowledge base files under another record's
 * name is named after it ("borrowing" → loan, "hiring" → rental). Undefined when no candidate reaches
 * the evidence of a kept record: "sign" → "signal" is a word, not the record of signing.
 */
export function actNoun(
  spellings: readonly string[],
  sides: readonly string[],
  named: (noun: string) => boolean = () => false,
  options: { readonly ownWord?: boolean } = {},
): NounPhrase | undefined {
  const kb = knowledgeBase();
  const candidates: NounCandidate[] = [];
  const verb = spellings.at(-1)!;
  for (const derived of new Set([...spellings.flatMap(nounsOf), verb])) {
    if (!isKnownWord(derived)) continue;
    const gerund = derived.endsWith('ing') && derived !== verb;
    // "enrolment" is the knowledge base's "enrollment": the request's spelling keeps the evidence.
    const known = kb.entity(derived) ?? kb.entityFor(derived);
    // "customers rate restaurants from 1 to 5": a scored act keeps the request's word (rating).
    const noun = known !== undefined && gerund && options.ownWord !== true ? known.name : derived;
    if (sides.includes(noun)) continue;
    // "students enrol in classes; for each enrolment…": a record the request names already is it.
    // The verb itself is in the request as a verb ("members order dishes"), which names nothing.
    const said = [noun, ...(known === undefined ? [] : [known.name, ...known.synonyms.en])].find(
      (n) => n !== verb && named(n),
    );
    if (said !== undefined) return nounPhrase(said.replaceAll('_', ' '));
    let score = 0;
    if (known !== undefined) {
      score += 2;
      if (known.fields.some((f) => f.type === 'date' || f.type === 'datetime')) score += 1;
      if (known.parents.some((p) => sides.includes(p))) score += 1;
    }
    if (!gerund && derived !== verb) score += 1;
    candidates.push({ noun, score });
  }
  const best = candidates.reduce<NounCandidate | undefined>(
    (top, c) => (top === undefined || c.score > top.score ? c : top),
    undefined,
  );
  // A scored act is a record whatever the knowledge base says: "teachers assess pupils from 0 to 20"
  // keeps assessments, and "judges score contestants from 0 to 100" keeps scores.
  const scored = options.ownWord === true;
  if (best === undefined || best.score < (scored ? 1 : 2)) {
    // "score", "grade", "mark": a verb that is itself the name of a value names its record.
    const own = scored ? nounPhrase(verb) : undefined;
    return own !== undefined && isFieldWord(own) ? own : undefined;
  }
  const phrase = nounPhrase(best.noun);
  return phrase === undefined || (isFieldWord(phrase) && !scored) ? undefined : phrase;
}

/**
 * The noun English makes of a verb and its particle written as one word ("pick up" → pickup, "check
 * out" → checkout, "sign up" → signup): the record of a phrasal act, where the lexicon has it.
 */
export function phrasalNoun(verb: { readonly lemma: string; readonly text: string }): NounPhrase | undefined {
  const particle = verb.text.split(' ')[1];
  if (particle === undefined) return undefined;
  const joined = `${verb.lemma}${particle}`;
  const phrase = isKnownWord(joined) ? nounPhrase(joined) : undefined;
  return phrase === undefined || isFieldWord(phrase) ? undefined : phrase;
}

/** Nouns of time a stay or a loan lasts for: "for three weeks", "by the hour", "for an evening". */
const spans = new Set(
  'minute minutes hour hours day days night nights week weeks month months year years term terms evening evenings morning afternoon weekend weekends season semester slot slots time'.split(
    ' ',
  ),
);

/**
 * Verbs a sentence keeps values with ("we note the return date", "i keep the grade"). What they act on
 * is itself the record ("instructors log flights"), never the thing a record of the act is about.
 */
export const keepingVerbs = new Set(
  'keep store note record track log save write want need see capture enter know'.split(' '),
);
/**
 * Verbs a doer gives or gets a value of the act with ("and choose a shirt size", "and pick a plan",
 * "and can leave a rating", "and can write a comment", "and get a grade").
 */
const choosingVerbs = new Set(
  'choose pick select give tell state specify leave add attach get receive earn pay write'.split(' '),
);

/**
 * The scale an act's value is given on: "from 1 to 10", "between 0 and 100", "out of 5", "1-5 stars",
 * "on a scale of 1 to 10". A number with a unit after it ("from 2 to 8 kg", "from 9 to 5 pm") is a
 * measure of something else, not a score.
 */
export function actScale(text: string): string | undefined {
  const n = String.raw`-?\d+(?:\.\d+)?`;
  const measured = String.raw`(?!\s*(?:[%$€£:/\d]|\.\d|(?:${scaleUnits})\b))`;
  const range = new RegExp(
    String.raw`\b(?:from|between|scale of)\s+(${n})\s*(?:to|and|-|–)\s*(${n})${measured}|(${n})\s*(?:to|-|–)\s*(${n})\s+(?:stars?|points?)\b`,
    'i',
  ).exec(text);
  if (range !== null) return `from ${range[1] ?? range[3]} to ${range[2] ?? range[4]}`;
  const outOf = new RegExp(String.raw`\bout of\s+(${n})${measured}`, 'i').exec(text);
  return outOf === null ? undefined : `out of ${outOf[1]}`;
}

/** Units and times after a range that make it a measure ("from 2 to 8 kg", "from 9 to 5 pm"). */
const scaleUnits =
  "kg|g|km|m|cm|mm|ml|l|am|pm|h|hours?|minutes?|days?|weeks?|months?|years?|tons?|tonnes?|kilos?|euros?|dollars?|people|persons|guests|percent|degrees?|o'?clock";

/** What a request says of an act besides who does it to what: its values, and how long it lasts. */
export interface ActEvidence {
  readonly values: readonly { readonly field: FieldDraft; readonly text: string }[];
  /** "from 1 to 10": the act gives a score on this scale. */
  readonly scale?: string;
  /** "for three weeks", "by the day": the act lasts a while, as a stay or a loan does. */
  readonly lasts: boolean;
}

/**
 * The values a request gives the act of `clause`: singular things after "with" ("with a pickup time
 * and a deposit"), a measure after "for" ("for a number of nights"), and the values of the clauses that
 * follow it (`following`, this sentence's then the next's) until one is about a resource of its own,
 * and the scale of a value the words after the clause (`rest`) give ("from 1 to 10"):
 * "each has a return date", "we note the return date", "and choose a shirt size".
 */
export function actEvidence(
  reading: Reading,
  clause: Clause,
  following: readonly Clause[],
  sides: readonly string[],
  rest = '',
): ActEvidence {
  const values: { field: FieldDraft; text: string }[] = [];
  const add = (text: string) => {
    const field = readField(text);
    if (field === undefined || sides.includes(field.name)) return;
    if (!values.some((v) => v.field.name === field.name)) values.push({ field, text });
  };
  let lasts = false;
  // "guests review rooms from 1 to 10", "rate it out of 5": the act gives a value on a scale.
  const scale = actScale(`${clause.text} ${rest}`);
  if (scale !== undefined) add(`score ${scale}`);
  // "reserve courts for a start and end time": the act lasts from one to the other.
  const span = timeSpan(`${clause.text} ${rest}`);
  span?.fields.forEach(add);
  const withValues: string[] = [];
  for (const { prep, group } of clause.preps) {
    if (span !== undefined && span.words.toLowerCase().includes(group.text.toLowerCase())) continue;
    const head = group.text.split(' ').at(-1)!;
    if ((prep === 'for' || prep === 'by') && spans.has(head)) {
      lasts = true;
      if (group.measure === true) add(group.text);
      continue;
    }
    // "book rooms for a date", "rent kayaks for a fee", "for a number of guests": a value or a count
    // after "for" is the act's.
    const phrase = prep === 'for' && !group.plural ? nounPhrase(group.text) : undefined;
    if (
      (prep === 'for' && group.measure === true) ||
      (phrase !== undefined && isFieldWord(phrase) && resolveGroup(reading, group).kind !== 'resource')
    )
      add(group.text);
    // "with doctors": plural things after "with" take part in the act; they are no values of it.
    if (
      prep === 'with' &&
      group.pronoun === undefined &&
      !group.plural &&
      resolveGroup(reading, group).kind !== 'resource'
    )
      withValues.push(group.text);
  }
  // "users post recipes with a title, instructions and cook time": a list after "with" is one thing's,
  // so where the knowledge base keeps any of it as a side's own, all of it describes that side. A side
  // may be named by one of its entity's synonyms ("openings" are jobs).
  const kb = knowledgeBase();
  const ownOfSides = new Set(
    sides.flatMap(
      (side) => (kb.entity(side) ?? kb.entityFor(side.replaceAll('_', ' ')))?.fields.map((f) => f.name) ?? [],
    ),
  );
  if (!withValues.some((text) => ownOfSides.has(readField(text)?.name ?? ''))) withValues.forEach(add);
  let keeping = false;
  for (const next of following) {
    // "we need to know the day and whether they paid": a yes/no question after what is kept is a value.
    if (keeping && next.opener !== undefined) {
      add(`${next.opener} ${next.text}`);
      continue;
    }
    const subject = next.subject;
    const sameDoer = subject !== undefined && subject.text === clause.subject?.text;
    const keeper = subject?.pronoun !== undefined && /^(?:we|i|you)$/.test(subject.pronoun);
    const valuesOf =
      (subject === undefined && next.verb.lemma === 'have') ||
      (keeper && keepingVerbs.has(next.verb.lemma)) ||
      (sameDoer && (choosingVerbs.has(next.verb.lemma) || next.participle === true));
    keeping = valuesOf;
    if (!valuesOf) {
      // A clause about a resource of its own ("books have a title") ends what is said of the act.
      if (subject !== undefined && resolveGroup(reading, subject).kind === 'resource') break;
      continue;
    }
    // "and we keep their club and licence": what is the doer's own is not the act's.
    if (next.objects.some((o) => o.possessive !== undefined)) continue;
    for (const object of next.objects)
      if (object.pronoun === undefined && resolveGroup(reading, object).kind !== 'resource') add(object.text);
  }
  return { values, lasts, ...(scale !== undefined ? { scale } : {}) };
}
