/** English morphology for importing specs: turning OpenAPI path segments and schema names into resource names. */

const irregularPlurals: Record<string, string> = {
  people: 'person',
  children: 'child',
  men: 'man',
  women: 'woman',
  mice: 'mouse',
  geese: 'goose',
  teeth: 'tooth',
  feet: 'foot',
  criteria: 'criterion',
  indices: 'index',
  matrices: 'matrix',
  analyses: 'analysis',
  leaves: 'leaf',
  knives: 'knife',
  lives: 'life',
  halves: 'half',
  shelves: 'shelf',
  wolves: 'wolf',
  thieves: 'thief',
};
const irregularSingulars = Object.fromEntries(Object.entries(irregularPlurals).map(([p, s]) => [s, p]));

/** Nouns spelled the same in singular and plural. */
const invariant = new Set([
  'species',
  'series',
  'news',
  'sheep',
  'fish',
  'deer',
  'aircraft',
  'equipment',
  'information',
  'software',
  'feedback',
  'staff',
  'metadata',
  'data',
  'media',
]);

function lastPart(word: string): [string, string] {
  const cut = word.lastIndexOf('-') + 1;
  return [word.slice(0, cut), word.slice(cut)];
}

export function singularize(word: string): string {
  const [prefix, w] = lastPart(word);
  const irregular = irregularPlurals[w];
  if (irregular !== undefined) return prefix + irregular;
  if (invariant.has(w) || w.length < 3) return word;
  if (/[^aeiou]ies$/.test(w)) return prefix + w.slice(0, -3) + 'y';
  if (/(?:ss|sh|ch|x|zz|us)es$/.test(w)) return prefix + w.slice(0, -2);
  if (/(?:ss|us|is)$/.test(w)) return word;
  if (w.endsWith('s')) return prefix + w.slice(0, -1);
  return word;
}

export function isPlural(word: string): boolean {
  const [, w] = lastPart(word);
  return irregularPlurals[w] !== undefined || (singularize(word) !== word && !invariant.has(w));
}

export function pluralize(word: string): string {
  const [prefix, w] = lastPart(word);
  const irregular = irregularSingulars[w];
  if (irregular !== undefined) return prefix + irregular;
  if (invariant.has(w)) return word;
  if (/[^aeiou]y$/.test(w)) return prefix + w.slice(0, -1) + 'ies';
  if (/(?:s|sh|ch|x|z)$/.test(w)) return prefix + w + 'es';
  return prefix + w + 's';
}

/** Lower snake_case safe for `identifierSchema`: accents stripped, anything else becomes `_`. */
export function toIdentifier(words: readonly string[]): string {
  const joined = words
    .join('_')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  const safe = /^[0-9]/.test(joined) ? `n_${joined}` : joined;
  return safe.slice(0, 60).replace(/_+$/, '');
}
