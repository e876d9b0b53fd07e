import type { LemmaExceptions } from './english-model-pack.js';

/** What the lemmatiser asks wink-nlp's token cache: whether a base form can have a part of speech. */
interface PosCache {
  hasSamePOS(word: string, pos: string): boolean;
}

type Lemmatize = (value: string, pos: string, cache: PosCache) => string;

/**
 * wink-eng-lite-web-model's lemmatiser (its `dist/lemmatize.js`), step for step, reading its WordNet
 * exceptions from the model pack instead of the package's three generated modules, whose compilation
 * alone cost a cold start more than the rest of the lemmatiser's work in a plan. nlp.test.ts checks
 * it against the package's own on every exception and a sample of the vocabulary.
 */
export function lemmatizer(exceptions: LemmaExceptions): Lemmatize {
  const adjective = (value: string, cache: PosCache) => {
    const exception = exceptions.ADJ.get(value);
    if (exception) return exception;
    let lemma = value.replace(/est$|er$/, '');
    if (lemma.length === value.length) return value;
    if (cache.hasSamePOS(lemma, 'ADJ')) return lemma;
    lemma += 'e';
    return cache.hasSamePOS(lemma, 'ADJ') ? lemma : value;
  };
  const verb = (value: string, cache: PosCache) => {
    const exception = exceptions.VERB.get(value);
    if (exception) return exception;
    let lemma = value.replace(/s$/, '');
    if (lemma.length !== value.length && cache.hasSamePOS(lemma, 'VERB')) return lemma;
    lemma = value.replace(/ies$/, 'y');
    if (lemma.length !== value.length && cache.hasSamePOS(lemma, 'VERB')) return lemma;
    lemma = value.replace(/es$|ed$|ing$/, '');
    if (lemma.length !== value.length) {
      if (cache.hasSamePOS(lemma, 'VERB')) return lemma;
      lemma += 'e';
      if (cache.hasSamePOS(lemma, 'VERB')) return lemma;
    }
    return value;
  };
  const noun = (value: string, cache: PosCache) => {
    const exception = exceptions.NOUN.get(value);
    if (exception) return exception;
    for (const [ending, by] of nounEndings) {
      const lemma = value.replace(ending, by);
      if (lemma.length !== value.length && cache.hasSamePOS(lemma, 'NOUN')) return lemma;
    }
    return value.replace(/men$/, 'man');
  };
  return (value, pos, cache) =>
    pos === 'ADJ'
      ? adjective(value, cache)
      : pos === 'NOUN'
        ? noun(value, cache)
        : pos === 'VERB'
          ? verb(value, cache)
          : value;
}

const nounEndings: readonly (readonly [RegExp, string])[] = [
  [/s$/, ''],
  [/ses$/, 's'],
  [/xes$/, 'x'],
  [/zes$/, 's'],
  [/ves$/, 'f'],
  [/ches$/, 'ch'],
  [/shes$/, 'sh'],
  [/ies$/, 'y'],
];
