import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Model, WinkMethods } from 'wink-nlp';

/** One word of English text as wink-nlp reads it. */
export interface Word {
  /** Lower-case surface form; hyphenated compounds ("check-in") are one word. */
  readonly text: string;
  /** Universal part-of-speech tag: NOUN, VERB, ADJ, DET, ADP, CCONJ, PUNCT, NUM, PRON, AUX… */
  readonly pos: string;
  readonly lemma: string;
}

let engine:
  | { nlp: WinkMethods; its: WinkMethods['its']; lexicon: Record<string, number>; lexiconSize: number }
  | undefined;

/** The annotations the readers use: sentence boundaries and parts of speech (lemmas follow from them). */
const pipe = ['sbd', 'pos'];

/**
 * wink-nlp with its English lite model, loaded on the first analysis rather than at import, so a
 * process that never plans (a deploy, a server start) pays nothing for it.
 */
function load() {
  if (engine === undefined) {
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp') as typeof import('wink-nlp').default;
    const model = englishModel(require);
    const nlp = winkNLP(model as unknown as Model, pipe);
    const core = (model.core as () => UnpackedCore)();
    const lexeme = core.features.lexeme!;
    engine = { nlp, its: nlp.its, lexicon: lexeme.hash!, lexiconSize: lexeme.list.length };
  }
  return engine;
}

type Require = ReturnType<typeof createRequire>;
type UnpackedCore = Record<string, unknown> & {
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, { list: unknown[]; hash?: Record<string, number>; [key: string]: unknown }>;
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
};

/**
 * The model's parts, assembled as its own `model.js` does, except the core: the package's reader
 * parses the 3 MB core model at import, then deep-copies it (a JSON round trip) on every load, which
 * was the largest single cost of a cold first plan. This reads the file once into an object of its
 * own (never the shared require cache) and unpacks it in place, the same steps as the package's
 * `read-core-model.js` and `load-core-model.js`. Named entities, sentiment and negation, which the
 * pipe never runs but wink-nlp compiles on load, get empty machines instead of half a megabyte of JSON.
 */
function englishModel(require: Require): Record<string, unknown> {
  const part = (file: string) => require(`wink-eng-lite-web-model/dist/${file}`) as unknown;
  const corePath =
    require.resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json');
  let core: UnpackedCore | undefined;
  return {
    core: () => (core ??= unpackCore(JSON.parse(readFileSync(corePath, 'utf8')) as UnpackedCore)),
    sbd: part('load-sbd-model.js'),
    pos: part('load-pos-model.js'),
    ner: () => ({ machines: [], transformers: [] }),
    negation: () => ({ machines: [emptyMachine], setter: unused }),
    sa: () => ({ machines: [emptyMachine], setter: unused }),
    metaCER: part('load-cer-meta-model.js'),
    featureFn: part('feature.js'),
    addons: {
      stem: part('porter-stemmer.js'),
      lemmatize: part('lemmatize.js'),
      readabilityStats: part('readability-stats.js'),
      wordVectors: undefined,
    },
  };
}

/** wink-nlp's own empty automaton (its `emptyModelJSON`): recognises nothing. */
const emptyMachine = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);
const unused = () => {
  throw new Error('an annotation outside the pipe ran');
};

function unpackCore(model: UnpackedCore): UnpackedCore {
  const { packing, features, pos } = model;
  model.lexicon = words32(model.lexicon as string);
  model.xpansions = words32(model.xpansions as string);
  for (const name in packing.layout) {
    const layout = packing.layout[name]!;
    if (layout[3] === 0) {
      const feature = features[name]!;
      feature.hash = indexOf(feature.list as string[]);
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1]! >>> layout[2]!;
    }
  }
  const lexeme = features.lexeme!;
  lexeme.hash = indexOf(lexeme.list as string[]);
  lexeme.intrinsicSize = lexeme.list.length;
  lexeme.index = lexeme.list.length;
  const clusters = features.posClusters!.list;
  for (let k = 0; k < clusters.length; k++)
    clusters[k] = new Set((clusters[k] as string).split('_').map((tag) => pos.hash[tag] ?? 0));
  packing.efList = Object.keys(packing.layout).filter((name) => packing.layout[name]![4] === 1);
  return model;
}

/**
 * A feature's index from value to position. wink-nlp reads and extends it as a plain object
 * (`hash[word]`, `hash[word] = next`); a Map behind that object's face fills the lexicon's 87k
 * entries about three times faster than object properties, and a plan looks up only a few thousand.
 */
function indexOf(list: readonly string[]): Record<string, number> {
  const index = new Map<string, number>();
  for (let k = 0; k < list.length; k++) index.set(list[k]!, k);
  return new Proxy(Object.create(null) as Record<string, number>, {
    get: (_, key) => (typeof key === 'string' ? index.get(key) : undefined),
    set: (_, key, value: number) => {
      if (typeof key === 'string') index.set(key, value);
      return true;
    },
    has: (_, key) => typeof key === 'string' && index.has(key),
  });
}

function words32(base64: string): Uint32Array {
  const bytes = Buffer.from(base64, 'base64');
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return new Uint32Array(copy.buffer);
}

/**
 * Tokens, parts of speech and lemmas of lower-case English text, from wink-nlp's English model.
 * Words joined by a hyphen without spaces are merged back into one word, lemmatised on their last part.
 */
/**
 * Analyses of the plan in progress: readers ask about the same phrases many times. Cleared by
 * `startPlan`, so a plan never answers from an earlier plan's work.
 */
const planCache = new Map<string, Word[]>();

/** Forgets the previous plan's analyses. */
export function startPlan(): void {
  planCache.clear();
}

/**
 * Whether the English model's lexicon has a word (lower case): unknown words may be typos. wink-nlp
 * appends words it meets to the same table, so only the model's own entries count.
 */
export function isKnownWord(word: string): boolean {
  const { lexicon, lexiconSize } = load();
  const index = lexicon[word];
  return index !== undefined && index < lexiconSize;
}

export function analyse(text: string): Word[] {
  const cached = planCache.get(text);
  if (cached !== undefined) return cached;
  const words = analyseUncached(text);
  if (planCache.size < 20_000) planCache.set(text, words);
  return words;
}

function analyseUncached(text: string): Word[] {
  const { nlp, its } = load();
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  const values = tokens.out() as string[];
  const pos = tokens.out(its.pos) as string[];
  // The model's lemma addon has a wider signature than the typings' ItsFunction.
  const lemmas = tokens.out(its.lemma as unknown as typeof its.pos) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const words: Word[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const previous = words.at(-1);
    const joins =
      previous !== undefined &&
      spaces[i] === '' &&
      i + 1 < values.length &&
      value === '-' &&
      spaces[i + 1] === '' &&
      /^[a-z0-9]/.test(values[i + 1]!) &&
      /[a-z0-9]$/.test(previous.text);
    if (joins) {
      const next = values[i + 1]!;
      words[words.length - 1] = {
        text: `${previous.text}-${next}`,
        pos: pos[i + 1] === 'VERB' ? previous.pos : (pos[i + 1] ?? previous.pos),
        lemma: `${previous.text}-${lemmas[i + 1] ?? next}`,
      };
      i++;
      continue;
    }
    words.push({ text: value, pos: pos[i] ?? 'X', lemma: lemmas[i] ?? value });
  }
  return words;
}

const singularCache = new Map<string, string>();

/** The singular of an English noun or noun phrase's last word ("line items" → "line item"). */
export function singularOf(phrase: string): string {
  const cached = singularCache.get(phrase);
  if (cached !== undefined) return cached;
  const parts = phrase.split(' ');
  const last = parts.at(-1)!;
  let singular = last;
  const segments = last.split('-');
  const tail = segments.at(-1)!;
  if (tail.length > 2 && /s$/.test(tail) && !/(?:ss|us|is)$/.test(tail)) {
    // Read as the object of a determiner so the model takes it for a noun.
    let lemma = analyse(`the ${tail}`).at(-1)?.lemma ?? tail;
    // The model's lemma may respell the word ("organisations" → organization, "colours" → color):
    // the user's spelling stays where the word without its -s is itself a word the model knows.
    const regular = [
      tail.slice(0, -1),
      tail.slice(0, -2),
      tail.replace(/ies$/, 'y'),
      tail.replace(/ves$/, 'f'),
      tail.replace(/ves$/, 'fe'),
    ];
    if (!regular.includes(lemma) && isKnownWord(tail.slice(0, -1))) lemma = tail.slice(0, -1);
    if (lemma.length > 0 && /^[a-z]/.test(lemma)) segments[segments.length - 1] = lemma;
    // The model does not know the plural of a hyphenated compound's particle ("check-ins").
    if (segments.length > 1 && lemma === tail) segments[segments.length - 1] = tail.slice(0, -1);
    singular = segments.join('-');
  } else if (['people', 'children', 'men', 'women', 'data', 'media', 'criteria'].includes(tail)) {
    segments[segments.length - 1] = analyse(`the ${tail}`).at(-1)?.lemma ?? tail;
    singular = segments.join('-');
  }
  const result = [...parts.slice(0, -1), singular].join(' ');
  if (singularCache.size < 10_000) singularCache.set(phrase, result);
  return result;
}

/** Whether a noun's surface form differs from its singular (the model's reading of plurality). */
export function isPluralNoun(word: string): boolean {
  return singularOf(word) !== word;
}
