import { englishMorphology, type Morphology } from './morphology.js';
import { isWord, splitList, splitSentences, tokenize, words, type Token } from './tokens.js';
import { containerWords, manyWords } from './vocabulary.js';

/** A resource the prompt describes, with the raw items of its field list. */
export interface ResourceGroup {
  /** The noun phrase as written, e.g. `["telemetry", "events"]`. */
  readonly nounWords: string[];
  readonly items: Token[][];
  readonly sentence: number;
}

/** A "X belongs to Y" statement. */
export interface BelongsToStatement {
  readonly childWords: string[];
  readonly parentWords: string[];
}

export interface PromptReading {
  /** Words that name the product ("pet store"), from before the first resource. */
  readonly titleWords: string[];
  readonly groups: ResourceGroup[];
  readonly belongsTo: BelongsToStatement[];
  /** Every sentence's words, for auth and ownership cues. */
  readonly sentences: string[][];
}

const listVerbs = new Set([
  'have',
  'has',
  'with',
  'record',
  'records',
  'contain',
  'contains',
  'store',
  'stores',
  'track',
  'tracks',
  'include',
  'includes',
  'hold',
  'holds',
  'keep',
  'keeps',
  'need',
  'needs',
  'consist',
  'consists',
  'carry',
  'carries',
]);
const auxiliaries = new Set([
  'can',
  'may',
  'should',
  'must',
  'will',
  'also',
  'each',
  'all',
  'always',
  'to',
  'should',
]);
const phraseStops = new Set([
  'and',
  'or',
  'with',
  'for',
  'of',
  'in',
  'to',
  'at',
  'on',
  'from',
  'but',
  'then',
  'that',
  'which',
  'where',
  'while',
  'whose',
  'by',
  'as',
  'is',
  'are',
  'be',
  'there',
  'called',
  'named',
  'about',
  'into',
  'per',
]);
const articles = new Set(['a', 'an', 'the', 'each', 'every', 'some', 'all', 'our', 'my', 'their', 'its']);

/**
 * Finds the resources and relations a description states, in three shapes: `pets (name, age)`,
 * `pets have a name and an age` (or `each pet has …`), and `pets: name, age`.
 */
export function readPrompt(text: string, morphology: Morphology = englishMorphology): PromptReading {
  const groups: ResourceGroup[] = [];
  const belongsTo: BelongsToStatement[] = [];
  const sentences: string[][] = [];
  let titleWords: string[] = [];
  splitSentences(text).forEach((sentence, index) => {
    const tokens = tokenize(sentence);
    sentences.push(words(tokens));
    belongsTo.push(...belongsToStatements(tokens));
    const found = groupsInSentence(tokens, index, morphology.isPlural);
    groups.push(...found.groups);
    if (index === 0) titleWords = found.titleWords;
  });
  return { titleWords, groups, belongsTo, sentences };
}

interface NounPhrase {
  readonly words: string[];
  readonly start: number;
  readonly article: string | undefined;
}

/** The noun phrase (at most three words) ending just before `end`. */
function phraseBefore(tokens: readonly Token[], end: number): NounPhrase {
  const found: string[] = [];
  let i = end - 1;
  while (i >= 0 && found.length < 3) {
    const token = tokens[i]!;
    if (token.kind !== 'word' || phraseStops.has(token.text) || articles.has(token.text)) break;
    found.unshift(token.text);
    i--;
  }
  const before = tokens[i];
  const article = before?.kind === 'word' && articles.has(before.text) ? before.text : undefined;
  return { words: found, start: i + 1, article };
}

type IsPlural = Morphology['isPlural'];

function isResourcePhrase(phrase: NounPhrase, singularAllowed: boolean, isPlural: IsPlural): boolean {
  const head = phrase.words.at(-1);
  if (head === undefined || !/^[a-z][a-z'-]*$/.test(head) || containerWords.has(head)) return false;
  if (phrase.words.some((w) => containerWords.has(w))) return false;
  return isPlural(head) || singularAllowed;
}

function groupsInSentence(
  tokens: Token[],
  sentence: number,
  isPlural: IsPlural,
): { groups: ResourceGroup[]; titleWords: string[] } {
  const colon = tokens.findIndex((t) => t.kind === 'punct' && t.text === ':');
  if (colon > 0) {
    const left = tokens.slice(0, colon);
    const right = tokens.slice(colon + 1);
    const inRight = groupsIn(right, sentence, isPlural);
    if (inRight.length > 0) return { groups: inRight, titleWords: words(left) };
    const phrase = phraseBefore(left, left.length);
    if (
      phrase.start === left.length - phrase.words.length &&
      isResourcePhrase(phrase, phrase.article !== undefined, isPlural)
    ) {
      const precedingWords = words(left.slice(0, phrase.start)).filter((w) => !articles.has(w));
      if (precedingWords.length === 0) {
        return { groups: [{ nounWords: phrase.words, items: splitList(right), sentence }], titleWords: [] };
      }
    }
    return { groups: [], titleWords: words(left) };
  }
  const groups = groupsIn(tokens, sentence, isPlural);
  const firstStart =
    groups.length === 0 ? tokens.length : (groups[0] as ResourceGroup & { start: number }).start;
  return { groups, titleWords: words(tokens.slice(0, firstStart)) };
}

type PositionedGroup = ResourceGroup & { start: number };

function groupsIn(tokens: Token[], sentence: number, isPlural: IsPlural): PositionedGroup[] {
  const verbGroups = verbListGroups(tokens, sentence, isPlural);
  return verbGroups.length > 0 ? verbGroups : parenGroups(tokens, sentence, isPlural);
}

/** `notebooks with a title, and notes with a title and a notebook`, `each pet has an owner`. */
function verbListGroups(tokens: Token[], sentence: number, isPlural: IsPlural): PositionedGroup[] {
  const found: { phrase: NounPhrase; listStart: number }[] = [];
  tokens.forEach((token, i) => {
    if (token.kind !== 'word' || !listVerbs.has(token.text)) return;
    let end = i;
    while (end > 0 && isWord(tokens[end - 1], ...auxiliaries)) end--;
    const phrase = phraseBefore(tokens, end);
    const listStart = isWord(tokens[i + 1], 'of') ? i + 2 : i + 1;
    const startsWithMany = isWord(tokens[listStart], ...manyWords);
    const singularAllowed = phrase.article !== undefined || startsWithMany;
    if (isResourcePhrase(phrase, singularAllowed, isPlural)) found.push({ phrase, listStart });
  });
  return found.map(({ phrase, listStart }, k) => {
    const next = found[k + 1];
    let end = next === undefined ? tokens.length : next.phrase.start;
    if (next?.phrase.article !== undefined) end--;
    return {
      nounWords: phrase.words,
      items: splitList(tokens.slice(listStart, end)),
      sentence,
      start: phrase.start,
    };
  });
}

/** `doctors (name, specialty), patients (name, phone) and appointments (doctor, patient)`. */
function parenGroups(tokens: Token[], sentence: number, isPlural: IsPlural): PositionedGroup[] {
  const groups: PositionedGroup[] = [];
  tokens.forEach((token, i) => {
    if (token.kind !== 'paren' || token.inner.length === 0) return;
    const phrase = phraseBefore(tokens, i);
    const singularAllowed = phrase.article === 'each' || phrase.article === 'every';
    if (!isResourcePhrase(phrase, singularAllowed, isPlural)) return;
    const isValueList =
      !token.inner.some((t) => t.kind === 'punct' && t.text === ',') &&
      token.inner.some((t) => t.kind === 'punct' && t.text === '/');
    if (isValueList) return;
    groups.push({ nounWords: phrase.words, items: splitList(token.inner), sentence, start: phrase.start });
  });
  return groups;
}

/** `each note belongs to a notebook`, `comments belong to posts`. */
function belongsToStatements(tokens: Token[]): BelongsToStatement[] {
  const statements: BelongsToStatement[] = [];
  tokens.forEach((token, i) => {
    if (!isWord(token, 'belong', 'belongs', 'belonging') || !isWord(tokens[i + 1], 'to')) return;
    let end = i;
    while (end > 0 && isWord(tokens[end - 1], ...auxiliaries)) end--;
    const child = phraseBefore(tokens, end).words;
    const parent: string[] = [];
    let j = i + 2;
    while (isWord(tokens[j], ...articles, 'one', 'exactly', 'single')) j++;
    while (
      tokens[j]?.kind === 'word' &&
      !phraseStops.has((tokens[j] as { text: string }).text) &&
      parent.length < 3
    ) {
      parent.push((tokens[j] as { text: string }).text);
      j++;
    }
    if (child.length > 0 && parent.length > 0) statements.push({ childWords: child, parentWords: parent });
  });
  return statements;
}
