import type { Field, Resource } from '../../design/api-design.js';
import { isPlural, pluralize, singularize, toIdentifier } from '../../planners/embedded/english.js';
import { knowledgeBase } from '../../knowledge/knowledge-base.js';
import { singularOf } from '../../planners/embedded/nlp.js';
import { ChangeRequestError } from '../change-request-error.js';
import { implicitFields, type WorkingDesign } from './working-design.js';

const filler =
  /^(?:the|a|an|its|their|each|every|all|any|some|this|that|these|those|our|my|existing|current|old|new)$/;
const resourceWords =
  /^(?:resource|resources|table|tables|endpoint|endpoints|collection|collections|entity|entities|model|models|records?|rows?|objects?|items?)$/;
const fieldWords =
  /^(?:field|fields|column|columns|property|properties|attribute|attributes|value|values|prop|options?|choices?|list)$/;

/** Words of a phrase without articles or the words "field", "table"…: "the legacy field" → ["legacy"]. */
export function phraseWords(phrase: string): string[] {
  const words = phrase
    .toLowerCase()
    .replace(/[`"'’]/g, ' ')
    .replace(/^\/+/, '')
    .split(/[\s_/-]+/)
    .filter((w) => w !== '');
  while (words.length > 0 && filler.test(words[0]!)) words.shift();
  while (words.length > 1 && (resourceWords.test(words.at(-1)!) || fieldWords.test(words.at(-1)!)))
    words.pop();
  return words;
}

/** The singular of a noun phrase: irregular plurals first ("people" → "person"), then the language model's reading. */
export function singularName(words: readonly string[]): string {
  const last = words.at(-1) ?? '';
  const irregular = singularize(last);
  return [...words.slice(0, -1), irregular !== last ? irregular : singularOf(last)].join(' ');
}

/**
 * Singular and plural names for a resource the request names: its own plural when it wrote one
 * ("people"), else irregular forms from the knowledge base and English rules.
 */
export function resourceNamesOf(words: readonly string[]): { name: string; plural: string } {
  const singular = singularName(words);
  const last = singular.split(' ').at(-1)!;
  const stated = singular !== words.join(' ') ? words.join(' ') : undefined;
  const plural =
    stated ??
    [...singular.split(' ').slice(0, -1), knowledgeBase().irregularPlural(last) ?? pluralize(last)].join(' ');
  return { name: toIdentifier(singular.split(' ')), plural: toIdentifier(plural.split(' ')) };
}

export function resourceOf(
  working: WorkingDesign,
  phrase: string,
): (Resource & { fields: Field[] }) | undefined {
  const words = phraseWords(phrase);
  if (words.length === 0) return undefined;
  const snake = toIdentifier(words);
  const singular = toIdentifier([...words.slice(0, -1), singularize(words.at(-1)!)]);
  const found = working.design.resources.find(
    (r) => r.name === snake || r.plural === snake || r.name === singular,
  );
  if (found !== undefined) return found;
  // A resource renamed earlier in the same request still answers to its old name.
  const renamed = working.renames.find(
    (r) => r.kind === 'resource' && (r.from === snake || r.from === singular),
  );
  return renamed === undefined ? undefined : working.design.resources.find((r) => r.name === renamed.to);
}

/**
 * A phrase ending in "on/of/in/for <resource>", split there: "kind on pets" → kind, pets. The longest
 * tail that names a resource wins, so "kind of animal on pets" keeps "kind of animal" as the head.
 */
export function resourceTail(
  working: WorkingDesign,
  phrase: string,
): { head: string; resource: Resource & { fields: Field[] } } | undefined {
  for (const match of phrase.matchAll(/\s+(?:on|of|in|for)\s+/gi)) {
    const head = phrase.slice(0, match.index).trim();
    const resource = resourceOf(working, phrase.slice(match.index + match[0].length));
    if (head !== '' && resource !== undefined) return { head, resource };
  }
  return undefined;
}

export interface FieldTarget {
  readonly resource: Resource & { fields: Field[] };
  readonly field: Field;
}

/**
 * Finds the field a phrase names: "pet name", "name of pets", "pets' name", "pet.name", or a bare
 * "name" when one resource has it (or `within` says which). Whole names win over names that merely
 * contain the words ("legacy" finds `legacy_code` only when nothing is called `legacy`).
 */
export function fieldOf(working: WorkingDesign, phrase: string, within?: Resource): FieldTarget | undefined {
  const found = findField(working, phrase, within);
  if (found !== undefined) working.last = { resource: found.resource.name, field: found.field.name };
  if (found?.partial === true)
    working.assumptions.push({
      path: `${found.resource.name}.${found.field.name}`,
      text: `read "${phrase.trim()}" as ${found.resource.name}.${found.field.name}`,
    });
  return found;
}

/** `fieldOf` without noting how a partial name was read: for trying phrases out. */
export function findField(
  working: WorkingDesign,
  phrase: string,
  within?: Resource,
): (FieldTarget & { readonly partial: boolean }) | undefined {
  const text = phrase.toLowerCase().trim();
  const of = /^(.+?)\s+(?:of|on|in|from|for)\s+(.+)$/.exec(text);
  if (of !== null) {
    const owner = resourceOf(working, of[2]!);
    if (owner !== undefined) return findField(working, of[1]!, owner);
  }
  const possessive = /^(.+?)(?:'s|s'|’s|\.)\s*(.+)$/.exec(text);
  if (possessive !== null) {
    const owner = resourceOf(working, possessive[1]!);
    if (owner !== undefined) return findField(working, possessive[2]!, owner);
  }
  const words = phraseWords(text);
  if (words.length === 0) return undefined;
  if (words.length === 1 && /^(?:it|this|that|them|its)$/.test(words[0]!)) return lastField(working);
  if (within === undefined && words.length > 1) {
    // "pet name": a resource's name first, then its field.
    for (let cut = words.length - 1; cut >= 1; cut--) {
      const owner = resourceOf(working, words.slice(0, cut).join(' '));
      if (owner === undefined) continue;
      const found = findField(working, words.slice(cut).join(' '), owner);
      if (found !== undefined) return found;
    }
  }
  if (implicitFields.has(toIdentifier(words)))
    throw new ChangeRequestError(
      'change_invalid',
      'id, created_at and updated_at are kept on every resource and set by the server; they cannot be changed.',
    );
  const resources =
    within !== undefined ? [within as Resource & { fields: Field[] }] : working.design.resources;
  const snake = toIdentifier(words);
  const singular = toIdentifier([
    ...words.slice(0, -1),
    isPlural(words.at(-1)!) ? singularize(words.at(-1)!) : words.at(-1)!,
  ]);
  const exact = matches(resources, (f) => f.name === snake || f.name === singular);
  if (exact.length > 0) return { ...single(exact, phrase), partial: false };
  const partial = matches(resources, (f) => words.every((w) => f.name.split('_').includes(w)));
  return partial.length === 0 ? undefined : { ...single(partial, phrase), partial: true };
}

/** The field the previous instruction was about, for "it". */
function lastField(working: WorkingDesign): (FieldTarget & { readonly partial: boolean }) | undefined {
  const resource = working.design.resources.find((r) => r.name === working.last?.resource);
  const field = resource?.fields.find((f) => f.name === working.last?.field);
  return resource === undefined || field === undefined ? undefined : { resource, field, partial: false };
}

function matches(
  resources: readonly (Resource & { fields: Field[] })[],
  test: (f: Field) => boolean,
): FieldTarget[] {
  return resources.flatMap((resource) => resource.fields.filter(test).map((field) => ({ resource, field })));
}

function single(found: readonly FieldTarget[], phrase: string): FieldTarget {
  if (found.length === 1) return found[0]!;
  const names = found.map((t) => `${t.resource.name}.${t.field.name}`);
  throw new ChangeRequestError(
    'change_ambiguous_target',
    `"${phrase.trim()}" could be ${names.join(' or ')}; name the resource, as in ` +
      `"${found[0]!.field.name.replaceAll('_', ' ')} of ${found[0]!.resource.plural}".`,
  );
}
