import { isPlural, pluralize, singularize } from './english.js';

/** Number inflection of nouns: what turns "libraries" into `library` and `library` into `libraries`. */
export interface Morphology {
  readonly isPlural: (word: string) => boolean;
  readonly singularize: (word: string) => string;
  readonly pluralize: (word: string) => string;
}

export const englishMorphology: Morphology = { isPlural, singularize, pluralize };

/** French: -s and -x plurals, -al → -aux, -eau → -eaux, -eu → -eux; words in -s, -x, -z never change. */
const french: Morphology = {
  isPlural: (w) => w.length > 3 && /(?:[^s]s|aux|eux)$/.test(w),
  singularize: (w) => {
    if (w.length <= 3) return w;
    if (/[^e]aux$/.test(w)) return `${w.slice(0, -3)}al`;
    if (/(?:eaux|eux)$/.test(w)) return w.slice(0, -1);
    return /[^s]s$/.test(w) ? w.slice(0, -1) : w;
  },
  pluralize: (w) => {
    if (/[sxz]$/.test(w)) return w;
    if (/al$/.test(w)) return `${w.slice(0, -2)}aux`;
    if (/(?:eau|eu)$/.test(w)) return `${w}x`;
    return `${w}s`;
  },
};

/** Spanish: a vowel takes -s, a consonant -es (ciudad → ciudades), -z becomes -ces. */
const spanish: Morphology = {
  isPlural: (w) => w.length > 3 && /[^s]s$/.test(w),
  singularize: (w) => {
    if (w.length <= 3 || !/[^s]s$/.test(w)) return w;
    if (/ces$/.test(w)) return `${w.slice(0, -3)}z`;
    // -es after d, l, n, r or j is the plural ending; after other letters the e belongs to the word.
    if (/[dlnrj]es$/.test(w)) return w.slice(0, -2);
    return w.slice(0, -1);
  },
  pluralize: (w) => {
    if (/[aeiou]$/.test(w)) return `${w}s`;
    if (/z$/.test(w)) return `${w.slice(0, -1)}ces`;
    return /s$/.test(w) ? w : `${w}es`;
  },
};

/**
 * Morphology for a prompt in `language` whose known words were already translated: those English
 * words (`english`) inflect as English, every other noun by the rules of the prompt's language.
 */
export function morphologyFor(language: 'fr' | 'es', english: ReadonlySet<string>): Morphology {
  const native = language === 'fr' ? french : spanish;
  const pick = (w: string) => (english.has(w) ? englishMorphology : native);
  return {
    isPlural: (w) => pick(w).isPlural(w),
    singularize: (w) => pick(w).singularize(w),
    pluralize: (w) => pick(w).pluralize(w),
  };
}
