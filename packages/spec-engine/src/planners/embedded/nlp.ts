import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** One word of English text as wink-nlp reads it. */
export interface Word {
  /** Lower-case surface form; hyphenated compounds ("check-in") are one word. */
  readonly text: string;
  /** Universal part-of-speech tag: NOUN, VERB, ADJ, DET, ADP, CCONJ, PUNCT, NUM, PRON, AUX… */
  readonly pos: string;
  readonly lemma: string;
}

let engine: { nlp: WinkMethods; its: WinkMethods['its'] } | undefined;

function load() {
  if (engine === undefined) {
    const nlp = winkNLP(model);
    engine = { nlp, its: nlp.its };
  }
  return engine;
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
    const lemma = analyse(`the ${tail}`).at(-1)?.lemma ?? tail;
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
