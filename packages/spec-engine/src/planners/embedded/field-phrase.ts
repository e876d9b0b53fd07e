import type { FieldType } from '../../design/api-design.js';
import { isPlural, singularize, toIdentifier } from './english.js';
import { englishMorphology, type Morphology } from './morphology.js';
import { splitList, words, type Token } from './tokens.js';
import {
  booleanWords,
  collectionWords,
  countingWords,
  determiners,
  formatAdjectives,
  manyWords,
  quantityNouns,
  quantityParticiples,
  trailingTypeWords,
  typeOfWord,
  unitWords,
} from './vocabulary.js';

export interface FieldDraft {
  name: string;
  type: FieldType;
  required: boolean;
  unique: boolean;
  enumValues?: string[];
  minimum?: number;
  maximum?: number;
  /** The default as written; converted to the field's type once the type is known. */
  defaultText?: string;
}

/** What one item of a field list ("an email (unique)", "a notebook", "many posts") means. */
export type ItemMeaning =
  | { readonly kind: 'field'; readonly field: FieldDraft }
  | { readonly kind: 'reference'; readonly field: FieldDraft; readonly target: string }
  | { readonly kind: 'has-many'; readonly childWords: string[] }
  | { readonly kind: 'tags' }
  | { readonly kind: 'skip'; readonly reason: string };

/** Maps the words of a phrase to a resource name, if the phrase (or its last words) names one. */
export type ResourceResolver = (phraseWords: readonly string[]) => string | undefined;

const modifierWords = new Set(['unique', 'required', 'mandatory', 'optional', 'nullable']);
const modifierHelpers = new Set(['must', 'be', 'is', 'which', 'that', 'should', 'always', 'are', 'also']);
const subjectWords = new Set([
  'it',
  'they',
  'he',
  'she',
  'this',
  'the',
  'was',
  'were',
  'is',
  'has',
  'had',
  'been',
]);
const typeKeywords: ReadonlyMap<string, FieldType> = new Map([
  ['string', 'string'],
  ['text', 'text'],
  ['integer', 'integer'],
  ['int', 'integer'],
  ['number', 'number'],
  ['boolean', 'boolean'],
  ['bool', 'boolean'],
  ['date', 'date'],
  ['datetime', 'datetime'],
  ['timestamp', 'datetime'],
  ['email', 'email'],
  ['url', 'url'],
  ['uuid', 'uuid'],
  ['json', 'json'],
]);
const numberPattern = /^-?\d+(?:\.\d+)?$/;
const rangePattern = /^(-?\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)$/;

/** Reads the words of one list item into a field, a reference, or a relation cue. */
export function readItem(
  tokens: readonly Token[],
  resolve: ResourceResolver,
  morphology: Morphology = englishMorphology,
): ItemMeaning {
  const draft: Partial<FieldDraft> & { required: boolean; unique: boolean } = {
    required: false,
    unique: false,
  };
  let type: FieldType | undefined;
  const setType = (t: FieldType) => (type ??= t);

  for (const token of tokens) if (token.kind === 'paren') readParenthetical(token.inner, draft);
  let ws = readSlashList(tokens, draft, setType);
  ws = readModifiers(ws, draft);
  ws = readDefault(ws, draft);
  ws = readRange(ws, draft);
  while (ws.length > 0 && determiners.has(ws[0]!)) ws = ws.slice(1);
  if (ws.length === 0) return { kind: 'skip', reason: 'no name' };
  if (ws[0] === 'own') return { kind: 'skip', reason: 'ownership' };

  const cue = relationCue(ws, morphology);
  if (cue !== undefined) return cue;

  if (ws[0] === 'when') {
    const verb = ws
      .slice(1)
      .filter((w) => !subjectWords.has(w))
      .at(-1);
    if (verb === undefined) return { kind: 'skip', reason: 'no name' };
    ws = [verb, 'at'];
    setType('datetime');
  } else if (ws[0] === 'whether' || ws[0] === 'if') {
    ws = ws.slice(1).filter((w) => !subjectWords.has(w));
    setType('boolean');
  } else if (['is', 'has', 'can'].includes(ws[0]!) && ws.length > 1) setType('boolean');
  if (ws[0] === 'number' && ws[1] === 'of') setType('integer');

  ws = stripTypeWords(ws, setType);
  if (ws.length === 0) return { kind: 'skip', reason: 'no name' };
  if (ws.length > 4) return { kind: 'skip', reason: `"${ws.join(' ')}" is too long for a field name` };

  const name = toIdentifier(ws);
  if (name === '') return { kind: 'skip', reason: 'no name' };
  if (type === undefined && draft.enumValues === undefined) {
    const target = resolve(ws);
    if (target !== undefined) {
      if (morphology.isPlural(ws.at(-1)!)) return { kind: 'has-many', childWords: ws };
      const fkName = name.endsWith('_id') ? name : `${name}_id`;
      return { kind: 'reference', target, field: { ...draft, name: fkName, type: 'reference' } };
    }
  }
  const finalType = draft.enumValues !== undefined ? 'enum' : (type ?? inferType(ws, draft));
  return { kind: 'field', field: { ...draft, name, type: finalType } };
}

function relationCue(ws: string[], morphology: Morphology): ItemMeaning | undefined {
  let rest = ws;
  if (manyWords.has(rest[0]!)) rest = rest.slice(1);
  else if (collectionWords.has(rest[0]!) && rest[1] === 'of') rest = rest.slice(2);
  else if (rest.length === 1 && (rest[0] === 'tags' || rest[0] === 'tagged')) return { kind: 'tags' };
  else return undefined;
  if (rest.length === 0 || rest.length > 3) return undefined;
  if (rest.at(-1) === 'tags') return { kind: 'tags' };
  return morphology.isPlural(rest.at(-1)!) ? { kind: 'has-many', childWords: rest } : undefined;
}

/** `(unique)`, `(a, b, c)`, `(1-5)`, `(default 3)`: modifiers, enum values, ranges or defaults. */
function readParenthetical(
  inner: Token[],
  draft: Partial<FieldDraft> & { required: boolean; unique: boolean },
): void {
  const ws = words(inner);
  if (ws.length === 0 || ['e.g', 'eg', 'like', 'such', 'i.e', 'ie'].includes(ws[0]!)) return;
  if (ws.every((w) => modifierWords.has(w) || modifierHelpers.has(w))) {
    readModifiers(ws, draft);
    return;
  }
  if (ws.includes('default') || ws.includes('defaults')) {
    readDefault(ws, draft);
    return;
  }
  if (readRange(ws, draft).length === 0) return;
  const items = splitList(
    inner.flatMap((t) =>
      t.kind === 'punct' && t.text === '/' ? [{ kind: 'punct', text: ',' } as Token] : [t],
    ),
  );
  const values = items.map((item) => toIdentifier(words(item))).filter((v) => v.length > 0);
  if (values.length >= 2 && items.every((item) => words(item).length <= 3))
    draft.enumValues = [...new Set(values)];
}

/** `status draft/sent/paid`, `level: beginner/advanced`, `electric yes/no`; returns the name words. */
function readSlashList(
  tokens: readonly Token[],
  draft: Partial<FieldDraft>,
  setType: (t: FieldType) => void,
): string[] {
  const flat = tokens.filter((t) => t.kind !== 'paren');
  const colon = flat.findIndex((t) => t.kind === 'punct' && t.text === ':');
  const slash = flat.findIndex((t) => t.kind === 'punct' && t.text === '/');
  if (slash > 0 && flat[slash - 1]!.kind === 'word') {
    const values = [flat[slash - 1]!, ...flat.slice(slash + 1)].flatMap((t) =>
      t.kind === 'word' ? [t.text] : [],
    );
    const name = flat.slice(0, colon >= 0 && colon < slash ? colon : slash - 1);
    const unique = [...new Set(values.map((v) => toIdentifier([v])).filter((v) => v.length > 0))];
    if (unique.length === 2 && ['yes', 'true', 'on'].includes(unique[0]!)) setType('boolean');
    else if (unique.length >= 2) draft.enumValues = unique;
    return words(name);
  }
  if (colon >= 0) {
    const after = words(flat.slice(colon + 1));
    const keyword = after.length === 1 ? typeKeywords.get(after[0]!) : undefined;
    if (keyword !== undefined) setType(keyword);
    return words(flat.slice(0, colon));
  }
  return words(flat);
}

function readModifiers(ws: string[], draft: { required: boolean; unique: boolean }): string[] {
  const kept: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (!modifierWords.has(w)) {
      kept.push(w);
      continue;
    }
    const negated = kept.at(-1) === 'not';
    while (kept.length > 0 && (modifierHelpers.has(kept.at(-1)!) || kept.at(-1) === 'not')) kept.pop();
    if (w === 'unique') draft.unique = !negated;
    else if (w === 'required' || w === 'mandatory') draft.required = !negated;
    else draft.required = false;
  }
  return kept;
}

function readDefault(ws: string[], draft: Partial<FieldDraft>): string[] {
  const at = ws.findIndex((w) => w === 'default' || w === 'defaults' || w === 'defaulting');
  if (at < 0) return ws;
  const value = ws.slice(at + 1).filter((w) => !['to', 'is', 'of', 'value', 'by'].includes(w));
  if (value.length > 0) draft.defaultText = value.join(' ');
  let end = at;
  while (end > 0 && ['with', 'a', 'by', 'and'].includes(ws[end - 1]!)) end--;
  return ws.slice(0, end);
}

/** `between 0 to 100`, `from 1 to 5`, `1-5`, `at least 3`, `up to 10`; returns the words left. */
function readRange(ws: string[], draft: Partial<FieldDraft>): string[] {
  const kept: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const range = rangePattern.exec(w);
    if (range !== null) {
      draft.minimum = Number(range[1]);
      draft.maximum = Number(range[2]);
      if (['between', 'from', 'of'].includes(kept.at(-1)!)) kept.pop();
    } else if (numberPattern.test(w) && ws[i + 1] === 'to' && numberPattern.test(ws[i + 2] ?? '')) {
      draft.minimum = Number(w);
      draft.maximum = Number(ws[i + 2]);
      i += 2;
      if (['between', 'from'].includes(kept.at(-1)!)) kept.pop();
    } else if (numberPattern.test(w) && ['least', 'min', 'minimum'].includes(kept.at(-1)!)) {
      draft.minimum = Number(w);
      kept.pop();
      if (kept.at(-1) === 'at') kept.pop();
    } else if (numberPattern.test(w) && ['most', 'max', 'maximum', 'to'].includes(kept.at(-1)!)) {
      draft.maximum = Number(w);
      const word = kept.pop();
      if (kept.at(-1) === 'at' || (word === 'to' && kept.at(-1) === 'up')) kept.pop();
    } else kept.push(w);
  }
  return kept;
}

/** Drops words that state a type or unit rather than a name: "a pinned flag", "distance km". */
function stripTypeWords(input: string[], setType: (t: FieldType) => void): string[] {
  let ws = input;
  const last = () => ws.at(-1)!;
  if (ws.length > 1 && trailingTypeWords.has(last())) {
    const t = trailingTypeWords.get(last())!;
    setType(t);
    ws = ws.slice(0, -1);
    if (t === 'datetime' && !['at', 'on'].includes(last())) ws = [...ws, 'at'];
  }
  if (ws.length > 1 && formatAdjectives.has(ws[0]!)) {
    setType(formatAdjectives.get(ws[0]!)!);
    ws = ws.slice(1);
  }
  if (ws.length > 2 && ws.at(-2) === 'in' && unitWords.has(last())) {
    setType(unitWords.get(last())!);
    ws = ws.slice(0, -2);
  } else if (ws.length > 1 && unitWords.has(last()) && ws.at(-2) !== 'per') {
    setType(unitWords.get(last())!);
    ws = ws.slice(0, -1);
  }
  if (ws.length > 1 && quantityParticiples.has(last()) && quantityNouns.has(ws.at(-2)!)) ws = ws.slice(0, -1);
  if (ws.length > 1 && last() === 'count' && isPlural(ws.at(-2)!)) {
    setType('integer');
    ws = ws.slice(0, -1);
  }
  return ws;
}

function inferType(ws: string[], draft: Partial<FieldDraft>): FieldType {
  const last = ws.at(-1)!;
  if (ws.some((w) => countingWords.has(w)) || (ws[0] === 'number' && ws[1] === 'of')) return 'integer';
  const per = ws.indexOf('per');
  if (per > 0) return typeOfWord.get(ws[per - 1]!) === 'number' ? 'number' : 'integer';
  if (last === 'at') return 'datetime';
  if (last === 'on') return 'date';
  const known = typeOfWord.get(last) ?? (ws.length > 1 ? typeOfWord.get(singularize(last)) : undefined);
  if (known !== undefined && !(known === 'text' && ws.length > 1 && typeOfWord.get(ws[0]!) === 'url'))
    return known;
  if (ws.length === 1 && (booleanWords.has(last) || (/^[a-z]{3,}ed$/.test(last) && !last.endsWith('eed'))))
    return 'boolean';
  if (draft.minimum !== undefined || draft.maximum !== undefined) {
    return Number.isInteger(draft.minimum ?? 0) && Number.isInteger(draft.maximum ?? 0)
      ? 'integer'
      : 'number';
  }
  return 'string';
}
