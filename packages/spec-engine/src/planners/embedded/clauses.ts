import { analyse, type Word } from './nlp.js';
import { correctedTags, isPluralNoun, particles, relativePronouns } from './verb-tags.js';

/** A noun phrase of a clause: its words (without determiners) and what its determiner says. */
export interface NounGroup {
  /** The phrase's words, lower case, determiners and quantifiers left out ("tasting notes"). */
  readonly text: string;
  /** Index of its first word (determiner included) and one past its head noun. */
  readonly start: number;
  readonly end: number;
  /** Written plural (by the model's lemma of its head). */
  readonly plural: boolean;
  /** "several", "many", "more than one", "one or more": the phrase counts many. */
  readonly many: boolean;
  /** "a", "an", "one", "each", "every", "a single": the phrase counts one. */
  readonly one: boolean;
  /** A personal pronoun standing for a noun phrase: "we", "they", "them", "it", "someone". */
  readonly pronoun?: string;
  /** "a number of seats", "the amount of water": a count or quantity, a value rather than the things. */
  readonly measure?: boolean;
  /** A singular noun without a determiner ("take place", "keep track"): a mass noun or an idiom. */
  readonly bare?: boolean;
  /** Its possessive determiner: "their" in "their dogs". */
  readonly possessive?: string;
}

/** A verb group: auxiliaries, adverbs and negation around a head verb, and its particle. */
export interface VerbGroup {
  readonly lemma: string;
  /** The head verb and its particle as written ("pick up"). */
  readonly text: string;
  /** "are written by", "is driven": a form of be (or get) before a participle. */
  readonly passive: boolean;
  readonly negated: boolean;
}

/** One clause read as subject, verb, object and prepositional phrases. */
export interface Clause {
  readonly subject?: NounGroup;
  readonly verb: VerbGroup;
  /** The direct objects: "write reviews and comments" gives two. */
  readonly objects: readonly NounGroup[];
  /** The agent of a passive: "by authors". */
  readonly agent?: NounGroup;
  readonly preps: readonly { readonly prep: string; readonly group: NounGroup }[];
  /** "with a quantity each": values given once per object, after "with", closed by "each". */
  readonly eachValues?: readonly NounGroup[];
  /** "the essays that pupils submit": a relative clause, whose object is the noun it restricts. */
  readonly relative?: boolean;
  /** "whether they paid", "if it came back": the word that makes the clause a question about a value. */
  readonly opener?: string;
  /**
   * "critics review films, giving a score": a participle after a comma, which says how its clause's
   * subject does the act; its values are the act's, and it links nothing of its own.
   */
  readonly participle?: boolean;
  /** The clause's words as written, for the record of why something was read. */
  readonly text: string;
}

const determiners = new Set(
  'a an the each every any some this these those its their his her our my your one no all both'.split(' '),
);
const possessives = new Set('its their his her our my your'.split(' '));
const manyWords = new Set('several many multiple various numerous lots lot few more'.split(' '));
const oneWords = new Set('a an one each every single'.split(' '));
/** Pronouns that stand for a noun phrase in a clause's subject or object. */
const personal = new Set(
  'we i you they them it he she him us me someone somebody anyone anybody everyone everybody one'.split(' '),
);

/**
 * "recording", "driving", "being": a verb's -ing form, whose stem has a vowel; "bring", "sing",
 * "string" are verbs of their own.
 */
const isPresentParticiple = (w: Word) => w.text.endsWith('ing') && /[aeiouy]/.test(w.text.slice(0, -3));

/** The model's parts of speech with its known misreadings of verbs corrected (verb-tags.ts). */
export function clauseTags(words: readonly Word[]): string[] {
  return correctedTags(words, analyse);
}

/** Reads a sentence (any case) into its clauses. Linear in its length. */
export function readClauses(sentence: string): Clause[] {
  const words = analyse(sentence.toLowerCase());
  const tags = clauseTags(words);
  const groups = nounGroups(words, tags);
  const groupAt = new Map(groups.map((g) => [g.start, g]));
  const groupEnding = new Map(groups.map((g) => [g.end, g]));
  const clauses: Clause[] = [];
  let previous: Clause | undefined;
  for (let i = 0; i < words.length; i++) {
    if (!isVerbStart(words, tags, i) && !adverbBeforeVerb(words, tags, i)) continue;
    const verb = verbGroup(words, tags, i);
    if (verb === undefined) continue;
    const { group, end } = verb;
    i = end - 1;
    // "recording the date": a participle says no clause of its own, unless a comma sets it after a
    // clause whose subject does it ("critics review films, giving a score").
    const participle = tags[verb.start] === 'VERB' && isPresentParticiple(words[verb.start]!);
    if (participle && !(words[verb.start - 1]?.text === ',' && previous?.subject !== undefined)) continue;
    let subject: NounGroup | undefined;
    let before = verb.start;
    if (words[before - 1]?.text === 'to') {
      // "users to be able to post listings", "lets customers book": the one before an infinitive
      // does it; any other infinitive ("a message to write") says no clause of its own.
      let k = before - 1;
      while (
        k >= 3 &&
        /^(?:able|allowed)$/.test(words[k - 1]!.text) &&
        words[k - 2]!.text === 'be' &&
        words[k - 3]!.text === 'to'
      )
        k -= 3;
      const doer = groupEnding.get(k);
      // Only the object of a verb of wanting or letting does the infinitive ("a message to write" does not).
      if (doer === undefined || !['VERB', 'AUX'].includes(tags[doer.start - 1] ?? '')) continue;
      subject = doer;
      before = -1;
    }
    let antecedentObject: NounGroup | undefined;
    const adjacent = before < 0 ? undefined : groupEnding.get(before);
    const beforeAdjacent = adjacent === undefined ? undefined : words[adjacent.start - 1]?.text;
    if (adjacent !== undefined && beforeAdjacent !== undefined && relativePronouns.has(beforeAdjacent)) {
      // "the bottles that i buy": the subject of the relative clause acts on what it follows.
      subject = adjacent;
      antecedentObject = groupEnding.get(adjacent.start - 1);
    } else if (adjacent !== undefined) subject = adjacent;
    else if (before < 0) {
      // The infinitive's doer, read above.
    } else if (relativePronouns.has(words[before - 1]?.text ?? '')) subject = groupEnding.get(before - 1);
    else if (participle) subject = previous!.subject;
    else if (/^(?:and|or|but|,)$/.test(words[before - 1]?.text ?? '') && previous !== undefined)
      // "books are written by authors and published by publishers": the predicate shares a subject.
      subject = previous.subject;
    let k = end;
    const objects: NounGroup[] = [];
    let agent: NounGroup | undefined;
    const passive =
      group.passive ||
      (previous?.verb.passive === true && subject === previous.subject && words[k]?.text === 'by');
    if (antecedentObject !== undefined) objects.push(antecedentObject);
    else if (!passive) {
      const object = groupAt.get(k);
      if (
        object !== undefined &&
        object.pronoun !== undefined &&
        previous !== undefined &&
        /^(?:them|it)$/.test(object.pronoun)
      ) {
        // "…pick up orders and deliver them": the pronoun is the object before it.
        const referent = previous.objects[0] ?? previous.subject;
        if (referent !== undefined) objects.push(referent);
        k = object.end;
      } else if (object !== undefined) {
        objects.push(object);
        k = object.end;
        while (
          words[k]?.text === 'and' &&
          groupAt.get(k + 1) !== undefined &&
          !isVerbStart(words, tags, groupAt.get(k + 1)!.end)
        ) {
          const more = groupAt.get(k + 1)!;
          objects.push(more);
          k = more.end;
        }
      }
    }
    const preps: { prep: string; group: NounGroup }[] = [];
    let eachValues: NounGroup[] | undefined;
    // "log outings in boats, with the date": a comma before "with" keeps the clause's values.
    const commaWith = (at: number) => words[at]?.text === ',' && words[at + 1]?.text === 'with';
    while (k < words.length && (tags[k] === 'ADP' || words[k]!.text === 'to' || commaWith(k))) {
      if (commaWith(k)) k++;
      const prep = words[k]!.text;
      let target = groupAt.get(k + 1);
      // "on more than one team", "to a number of bands": the count before the thing.
      if (target === undefined && /^(?:more|one)$/.test(words[k + 1]?.text ?? '')) {
        const skip = words[k + 2]?.text === 'than' || words[k + 2]?.text === 'or' ? k + 4 : k + 2;
        const counted = groupAt.get(skip) ?? groupAt.get(skip - 1);
        if (counted !== undefined) target = { ...counted, many: true, one: false };
      }
      if (target === undefined) break;
      k = target.end;
      const list = [target];
      while (
        (words[k]?.text === 'and' || words[k]?.text === ',') &&
        groupAt.get(k + 1) !== undefined &&
        !isVerbStart(words, tags, groupAt.get(k + 1)!.end)
      ) {
        list.push(groupAt.get(k + 1)!);
        k = list.at(-1)!.end;
      }
      if (prep === 'with' && words[k]?.text === 'each') {
        eachValues = list;
        k++;
        continue;
      }
      if (prep === 'by' && passive && agent === undefined) agent = target;
      else for (const one of list) preps.push({ prep, group: one });
    }
    const from = Math.min(subject?.start ?? verb.start, verb.start);
    const opener = words[from - 1]?.text;
    const clause: Clause = {
      ...(opener === 'whether' || opener === 'if' ? { opener } : {}),
      ...(participle ? { participle } : {}),
      ...(subject !== undefined ? { subject } : {}),
      verb: { ...group, passive },
      objects,
      ...(agent !== undefined ? { agent } : {}),
      preps,
      ...(eachValues !== undefined ? { eachValues } : {}),
      ...(antecedentObject !== undefined ? { relative: true } : {}),
      text: words
        .slice(Math.min(from, antecedentObject?.start ?? from), Math.max(k, end))
        .map((w) => w.text)
        .join(' '),
    };
    clauses.push(clause);
    previous = clause;
  }
  return clauses;
}

/** "owners usually leave dogs", "guests never pay twice": adverbs after a subject open its verb group. */
function adverbBeforeVerb(words: readonly Word[], tags: readonly string[], i: number): boolean {
  if (tags[i] !== 'ADV' || !['NOUN', 'PROPN', 'PRON'].includes(tags[i - 1] ?? '')) return false;
  let k = i;
  while (tags[k] === 'ADV') k++;
  return isVerbStart(words, tags, k);
}

function isVerbStart(words: readonly Word[], tags: readonly string[], i: number): boolean {
  const tag = tags[i];
  return tag === 'VERB' || (tag === 'AUX' && words[i]!.text !== 'to');
}

/** The verb group starting at `i`: auxiliaries and adverbs up to the head verb and its particle. */
function verbGroup(
  words: readonly Word[],
  tags: readonly string[],
  i: number,
): { group: VerbGroup; start: number; end: number } | undefined {
  let k = i;
  let head = -1;
  let be = false;
  let negated = false;
  while (k < words.length) {
    const tag = tags[k]!;
    const word = words[k]!;
    if (tag === 'AUX') {
      if (word.lemma === 'be' || word.lemma === 'get') be = true;
      head = k;
    } else if (tag === 'VERB') head = k;
    else if (tag === 'PART' && /^(?:not|n't)$/.test(word.text)) negated = true;
    else if (
      tag === 'ADV' &&
      words[k + 1] !== undefined &&
      ['VERB', 'AUX', 'ADV', 'PART'].includes(tags[k + 1]!)
    ) {
      if (word.text === 'never') negated = true;
    } else break;
    k++;
  }
  if (head < 0) return undefined;
  const headWord = words[head]!;
  // "is driven by", "are written": a participle after a form of be; "has" alone is the head.
  const passive =
    be && tags[head] === 'VERB' && headWord.text !== headWord.lemma && !/ing$/.test(headWord.text);
  let end = head + 1;
  let text = headWord.text;
  // A preposition with no noun phrase after it is the verb's particle too ("hand in for each module").
  const stranded =
    tags[end] === 'ADP' && (end + 1 >= words.length || ['ADP', 'PUNCT', 'CCONJ'].includes(tags[end + 1]!));
  if ((particles.has(words[end]?.text ?? '') && ['ADP', 'PART', 'ADV'].includes(tags[end]!)) || stranded) {
    text += ` ${words[end]!.text}`;
    end++;
  }
  return { group: { lemma: headWord.lemma, text, passive, negated }, start: i, end };
}

/** Noun groups: a determiner or quantifier, adjectives and nouns up to a head noun; or a pronoun. */
function nounGroups(words: readonly Word[], tags: readonly string[]): NounGroup[] {
  const groups: NounGroup[] = [];
  let i = 0;
  while (i < words.length) {
    const word = words[i]!;
    if (tags[i] === 'PRON' && personal.has(word.text)) {
      groups.push({
        text: word.text,
        start: i,
        end: i + 1,
        plural: false,
        many: false,
        one: false,
        pronoun: word.text,
      });
      i++;
      continue;
    }
    let k = i;
    let many = false;
    let one = false;
    let measure = false;
    let possessive: string | undefined;
    while (
      k < words.length &&
      (determiners.has(words[k]!.text) ||
        manyWords.has(words[k]!.text) ||
        (words[k]!.text === 'of' && k > i && /^(?:lots?|couple)$/.test(words[k - 1]!.text)) ||
        (words[k]!.text === 'couple' && k > i))
    ) {
      if (manyWords.has(words[k]!.text)) many = true;
      if (oneWords.has(words[k]!.text)) one = true;
      if (possessives.has(words[k]!.text)) possessive = words[k]!.text;
      k++;
    }
    // "a number of seats", "the amount of water": what is counted is a value of the subject.
    if (
      /^(?:number|amount|count|quantity|total)$/.test(words[k]?.text ?? '') &&
      words[k + 1]?.text === 'of'
    ) {
      measure = true;
      k += 2;
    }
    const first = k;
    while (
      k < words.length &&
      (['ADJ', 'NUM'].includes(tags[k]!) ||
        (tags[k] === 'VERB' &&
          isPresentParticiple(words[k]!) &&
          ['NOUN', 'PROPN'].includes(tags[k + 1] ?? ''))) &&
      !manyWords.has(words[k]!.text)
    )
      k++;
    let head = -1;
    while (k < words.length && (tags[k] === 'NOUN' || tags[k] === 'PROPN')) {
      head = k;
      k++;
      // "clients pay invoices": a plural is the last word of its compound.
      if (isPluralNoun(words[head]) && (tags[k] === 'NOUN' || tags[k] === 'PROPN')) break;
    }
    if (head < 0) {
      i = Math.max(i + 1, first === i ? i + 1 : first);
      continue;
    }
    const head_ = words[head]!;
    const plural = head_.lemma !== head_.text && !/(?:ss|us|is)$/.test(head_.text);
    groups.push({
      text: words
        .slice(first, head + 1)
        .map((w) => w.text)
        .join(' '),
      start: i,
      end: head + 1,
      plural,
      many,
      one: one && !many,
      ...(measure ? { measure } : {}),
      ...(possessive !== undefined ? { possessive } : {}),
      ...(!plural && first === i && i > 0 && !['PUNCT', 'CCONJ'].includes(tags[i - 1]!)
        ? { bare: true }
        : {}),
    });
    i = head + 1;
  }
  return groups;
}
