import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import winkNLP, { type Model, type WinkMethods } from 'wink-nlp';
import featureFn from 'wink-eng-lite-web-model/dist/feature.js';
import loadCerMetaModel from 'wink-eng-lite-web-model/dist/load-cer-meta-model.js';
import loadPosModel from 'wink-eng-lite-web-model/dist/load-pos-model.js';
import loadSbdModel from 'wink-eng-lite-web-model/dist/load-sbd-model.js';
import {
  installedModelVersion,
  packInstalledModel,
  readPack,
  type EnglishModel,
} from './english-model-pack.js';
import { lemmatizer } from './lemmatize.js';
import { correctedTags } from './verb-tags.js';

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
 * process that never plans (a deploy, a server start) pays nothing for the model. The library's code
 * and the model's small parts are imported (and bundled into dist with this package's code: one
 * file instead of fifty for Node's loader to resolve and compile on the first plan).
 */
function load() {
  if (engine === undefined) {
    const english = englishModelPack();
    const nlp = winkNLP(modelParts(english) as unknown as Model, pipe);
    const lexeme = english.core.features.lexeme!;
    engine = { nlp, its: nlp.its, lexicon: lexeme.hash!, lexiconSize: english.lexiconSize };
  }
  return engine;
}

/**
 * The model pack `pnpm build` writes next to the bundle, or, where there is none or it was made from
 * another version of the model (sources run by the tests, a dependency updated without a rebuild),
 * the same pack made now from the installed model.
 */
function englishModelPack(): EnglishModel {
  try {
    const packed = readPack(readFileSync(new URL('./english-model.pack', import.meta.url)));
    if (packed.version === installedModelVersion()) return packed;
  } catch {
    // No pack beside this module, or not one this version reads: make it from the model's files.
  }
  return readPack(packInstalledModel());
}

/**
 * The model's parts, assembled as its own `model.js` does, except the core and the lemmatiser,
 * which come from the pack (english-model-pack.ts). Named entities, sentiment and negation, which
 * the pipe never runs but wink-nlp compiles on load, get empty machines instead of half a megabyte
 * of JSON.
 */
function modelParts(english: EnglishModel): Record<string, unknown> {
  const part = (file: string) =>
    createRequire(import.meta.url)(`wink-eng-lite-web-model/dist/${file}`) as unknown;
  return {
    core: () => english.core,
    sbd: loadSbdModel,
    pos: loadPosModel,
    ner: () => ({ machines: [], transformers: [] }),
    negation: () => ({ machines: [emptyMachine], setter: unused }),
    sa: () => ({ machines: [emptyMachine], setter: unused }),
    metaCER: loadCerMetaModel,
    featureFn,
    addons: {
      // Neither is in the pipe; loaded only if an annotation ever asks.
      get stem() {
        return part('porter-stemmer.js');
      },
      get readabilityStats() {
        return part('readability-stats.js');
      },
      lemmatize: lemmatizer(english.lemmaExceptions),
      wordVectors: undefined,
    },
  };
}

/** wink-nlp's own empty automaton (its `emptyModelJSON`): recognises nothing. */
const emptyMachine = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);
const unused = () => {
  throw new Error('an annotation outside the pipe ran');
};

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
  modelCache.clear();
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

/**
 * The model's reading with its known misreadings of verbs corrected (verb-tags.ts: "managers post
 * openings" reads `post` as a noun of a compound), so that every reader, not only the clause reader,
 * sees the verb and never makes it part of a name.
 */
export function analyse(text: string): Word[] {
  const cached = planCache.get(text);
  if (cached !== undefined) return cached;
  const read = modelWords(text);
  let words = read;
  // One or two words are the probes the correction itself asks, or a phrase with no clause.
  if (read.length >= 3) {
    const tags = correctedTags(read, modelWords);
    words = read.map((w, i) => (tags[i] === w.pos ? w : { ...w, pos: tags[i]! }));
  }
  if (planCache.size < 20_000) planCache.set(text, words);
  return words;
}

/** Analyses as the model gives them, for the probes of the correction. */
const modelCache = new Map<string, Word[]>();

function modelWords(text: string): Word[] {
  const cached = modelCache.get(text);
  if (cached !== undefined) return cached;
  const words = analyseUncached(text);
  if (modelCache.size < 20_000) modelCache.set(text, words);
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
