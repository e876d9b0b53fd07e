import { fieldSchema, type ApiDesignInput, type FieldInput, type Relation } from '../design/api-design.js';
import { valueProblem } from '../design/field-values.js';
import { pascalCase, titleFromName } from '../design/naming.js';
import { reservedFieldNames, reservedIn } from '../design/reserved-words.js';
import { parseDesign } from '../design/validate-design.js';
import { toIdentifier } from './embedded/english.js';
import { readItem, type FieldDraft, type ResourceResolver } from './embedded/field-phrase.js';
import { mentionsOwnership, readAuth, wantsAdvanced } from './embedded/intent.js';
import type { Morphology } from './embedded/morphology.js';
import { readPrompt } from './embedded/prompt-reader.js';
import { detectLanguage, plainLetters, translatePrompt, type Translation } from './embedded/romance.js';
import type { Token } from './embedded/tokens.js';
import type { PlanOptions, PlanResult, Planner } from './planner.js';
import { PromptError } from './prompt-error.js';

/** Longer prompts are cut here: descriptions of real APIs fit easily, and planning time stays bounded. */
const MAX_PROMPT_CHARS = 20_000;

const titleFiller = new Set([
  'a',
  'an',
  'the',
  'build',
  'create',
  'make',
  'design',
  'write',
  'generate',
  'develop',
  'please',
  'i',
  'we',
  'want',
  'need',
  'would',
  'like',
  'to',
  'me',
  'us',
  'give',
  'for',
  'with',
  'of',
  'and',
  'api',
  'apis',
  'rest',
  'restful',
  'http',
  'json',
  'crud',
  'simple',
  'small',
  'basic',
  'tiny',
  'little',
  'new',
  'my',
  'our',
  'backend',
  'that',
  'which',
  'manages',
  'an',
  'some',
  'let',
  's',
  'can',
  'you',
]);

interface ResourceDraft {
  name: string;
  plural: string;
  items: Token[][];
  sentences: Set<number>;
  fields: FieldInput[];
  ownership: 'none' | 'owner';
}

/**
 * The default planner: a deterministic, rule-based reader of English API descriptions. No model and
 * no network, so it is fast, free and always available; it understands field lists written as
 * `pets (name, age)`, `pets have a name and an age` or `pets: name, age`, plus relation and auth phrases.
 */
export function createEmbeddedPlanner(): Planner {
  return {
    id: 'embedded',
    async plan(prompt: string, options: PlanOptions = {}): Promise<PlanResult> {
      options.signal?.throwIfAborted();
      const started = performance.now();
      const warnings: string[] = [];
      const design = planDesign(prompt, warnings);
      return { design, planner: 'embedded', warnings, durationMs: performance.now() - started };
    },
  };
}

/** The prompt as English text in plain letters, and how to inflect its nouns. */
function prepare(prompt: string, warnings: string[]): Translation {
  let text = prompt;
  if (text.length > MAX_PROMPT_CHARS) {
    warnings.push(`Only the first ${MAX_PROMPT_CHARS} characters of the prompt were read.`);
    text = text.slice(0, MAX_PROMPT_CHARS);
  }
  const plain = plainLetters(text).replace(/[\u2018\u2019`]/g, "'");
  const language = detectLanguage(plain);
  if (language !== 'en') warnings.push(`Read the prompt as ${language === 'fr' ? 'French' : 'Spanish'}.`);
  const translated = translatePrompt(plain, language);
  const english = translated.text
    .replace(/\bbetween (-?[\d.]+) and (-?[\d.]+)/g, 'between $1 to $2')
    .replace(/\b(?:one of|either) ([\w-]+(?: ?, ?[\w-]+){0,20},? (?:or|and) [\w-]+)/g, (_m, list: string) => {
      return `(${list
        .split(/ ?, ?| or | and /)
        .filter((v) => v.length > 0)
        .join('/')})`;
    });
  return { text: english, morphology: translated.morphology };
}

function planDesign(prompt: string, warnings: string[]) {
  if (typeof prompt !== 'string' || prompt.trim().length === 0) {
    throw new PromptError('prompt_empty', 'The prompt is empty.');
  }
  const { text, morphology } = prepare(prompt, warnings);
  const reading = readPrompt(text, morphology);
  const resourceKey = (nounWords: readonly string[]) => keyOf(nounWords, morphology);
  const resources = new Map<string, ResourceDraft>();
  const register = (
    nounWords: readonly string[],
    sentence: number,
    placeholder: boolean,
  ): ResourceDraft | undefined => {
    const head = nounWords.at(-1);
    if (head === undefined) return undefined;
    let name = resourceKey(nounWords);
    let plural = toIdentifier([
      ...nounWords.slice(0, -1),
      morphology.isPlural(head) ? head : morphology.pluralize(head),
    ]);
    if (name === '' || plural === '') return undefined;
    if (reservedIn(name, ['JavaScript/TypeScript', 'Python']).length > 0 || pascalCase(name) === 'Problem') {
      warnings.push(
        `Renamed the resource "${name}" to "${name}_item": "${name}" is reserved in generated code.`,
      );
      [name, plural] = [`${name}_item`, `${name}_items`];
    }
    if (name === plural) plural = `${plural}_list`;
    const existing = resources.get(name);
    if (existing !== undefined) {
      existing.sentences.add(sentence);
      return existing;
    }
    if (placeholder)
      warnings.push(`Assumed the resource "${name}" has just a name; describe its fields to refine it.`);
    const draft: ResourceDraft = {
      name,
      plural,
      items: [],
      sentences: new Set([sentence]),
      fields: [],
      ownership: 'none',
    };
    resources.set(name, draft);
    return draft;
  };

  for (const group of reading.groups)
    register(group.nounWords, group.sentence, false)?.items.push(...group.items);
  const noLookup: ResourceResolver = () => undefined;
  for (const group of reading.groups) {
    for (const item of group.items) {
      const meaning = readItem(item, noLookup, morphology);
      if (meaning.kind === 'has-many' && !resources.has(resourceKey(meaning.childWords.slice(-1)))) {
        register(meaning.childWords, group.sentence, true);
      }
      if (meaning.kind === 'tags') register(['tags'], group.sentence, false);
    }
  }
  for (const statement of reading.belongsTo) {
    register(statement.childWords, -1, !resources.has(resourceKey(statement.childWords)));
    register(statement.parentWords, -1, !resources.has(resourceKey(statement.parentWords)));
  }
  if (resources.size === 0) {
    throw new PromptError(
      'prompt_unrecognised',
      'No resources (the things the API stores) were found in the prompt.',
      {
        suggestions: [
          'Name each resource in the plural followed by its fields, e.g. "books (title, author, year)".',
        ],
      },
    );
  }

  const resolve = resolverFor(resources, resourceKey);
  const relations: Relation[] = [];
  for (const resource of resources.values()) {
    for (const item of resource.items) {
      const meaning = readItem(item, resolve, morphology);
      if (meaning.kind === 'field') addField(resource, meaning.field, warnings);
      else if (meaning.kind === 'reference') addReference(resource, meaning.field, meaning.target, warnings);
      else if (meaning.kind === 'has-many') {
        const child = resolve(meaning.childWords);
        if (child !== undefined)
          relations.push({ kind: 'has-many', from: resource.name, to: child, required: false });
      } else if (meaning.kind === 'tags') {
        relations.push({ kind: 'many-to-many', from: resource.name, to: 'tag', required: false });
      } else if (meaning.reason !== 'no name' && meaning.reason !== 'ownership') {
        warnings.push(`Skipped a field of ${resource.name}: ${meaning.reason}.`);
      }
    }
  }
  for (const statement of reading.belongsTo) {
    const child = resolve(statement.childWords);
    const parent = resolve(statement.parentWords);
    if (child !== undefined && parent !== undefined) {
      relations.push({ kind: 'belongs-to', from: child, to: parent, required: child !== parent });
    }
  }
  const tag = resources.get('tag');
  if (tag !== undefined && tag.fields.length === 0) {
    tag.fields.push({ name: 'name', type: 'string', required: true, unique: true });
  }
  for (const resource of resources.values()) {
    if (resource.fields.length === 0) resource.fields.push({ name: 'name', type: 'string', required: true });
  }

  const auth = applyOwnership(reading.sentences, resources, readAuth(text), warnings);
  const name = apiName(reading.titleWords, resources);
  const input: ApiDesignInput = {
    name,
    title: titleFromName(name),
    description: `Manages ${[...resources.values()].map((r) => r.plural.replaceAll('_', ' ')).join(', ')}.`,
    resources: [...resources.values()].map((r) => ({
      name: r.name,
      plural: r.plural,
      fields: r.fields,
      ownership: r.ownership,
    })),
    relations: dedupeLinks(relations, resources),
    auth: { type: auth },
    options: { advanced: wantsAdvanced(text) },
  };
  return parseDesign(input);
}

/** The resource name a noun phrase stands for: its words with the last one in the singular. */
function keyOf(nounWords: readonly string[], morphology: Morphology): string {
  const head = nounWords.at(-1)!;
  return toIdentifier([
    ...nounWords.slice(0, -1),
    morphology.isPlural(head) ? morphology.singularize(head) : head,
  ]);
}

/** Resolves "origin airport" or "notebooks" to a resource by its last one to three words. */
function resolverFor(
  resources: Map<string, ResourceDraft>,
  resourceKey: (nounWords: readonly string[]) => string,
): ResourceResolver {
  const byWords = new Map<string, string>();
  for (const r of resources.values()) {
    byWords.set(r.name, r.name);
    byWords.set(r.plural, r.name);
    if (r.name.endsWith('_item')) byWords.set(r.name.slice(0, -'_item'.length), r.name);
  }
  return (phrase) => {
    for (let n = Math.min(3, phrase.length); n >= 1; n--) {
      const tail = phrase.slice(-n);
      const hit = byWords.get(toIdentifier(tail)) ?? byWords.get(resourceKey(tail));
      if (hit !== undefined) return hit;
    }
    return undefined;
  };
}

function uniqueName(
  resource: ResourceDraft,
  name: string,
  warnings: string[],
  target?: string,
): string | undefined {
  const ownerReference = name === 'owner_id' && target === 'owner';
  if (
    !ownerReference &&
    (name === 'id' || name === 'created_at' || name === 'updated_at' || name === 'owner_id')
  ) {
    warnings.push(`Left out ${resource.name}.${name}: every resource has it automatically.`);
    return undefined;
  }
  let safe = name;
  if (!ownerReference && (reservedFieldNames.has(name) || reservedIn(name).length > 0)) {
    safe = `${resource.name}_${name}`;
    warnings.push(`Renamed ${resource.name}.${name} to ${safe}: "${name}" is reserved in generated code.`);
  }
  if (resource.fields.some((f) => f.name === safe)) {
    warnings.push(`Ignored a second ${resource.name}.${safe}.`);
    return undefined;
  }
  return safe;
}

function addField(resource: ResourceDraft, draft: FieldDraft, warnings: string[]): void {
  const name = uniqueName(resource, draft.name, warnings);
  if (name === undefined) return;
  const field: FieldInput = { name, type: draft.type, required: draft.required, unique: draft.unique };
  if (draft.enumValues !== undefined) field.enumValues = draft.enumValues;
  const numeric = draft.type === 'integer' || draft.type === 'number';
  if (numeric && draft.minimum !== undefined) field.minimum = draft.minimum;
  if (numeric && draft.maximum !== undefined) field.maximum = draft.maximum;
  if (field.minimum !== undefined && field.maximum !== undefined && field.minimum > field.maximum) {
    [field.minimum, field.maximum] = [field.maximum, field.minimum];
  }
  if (draft.defaultText !== undefined) {
    const value = convertDefault(draft.defaultText, draft.type);
    const parsed = fieldSchema.safeParse(field);
    const problem = value === undefined || !parsed.success ? 'unreadable' : valueProblem(parsed.data, value);
    if (problem === undefined) field.default = value;
    else warnings.push(`Ignored the default "${draft.defaultText}" of ${resource.name}.${name}: ${problem}.`);
  }
  resource.fields.push(field);
}

function addReference(resource: ResourceDraft, draft: FieldDraft, target: string, warnings: string[]): void {
  const name = uniqueName(resource, draft.name, warnings, target);
  if (name === undefined) return;
  // One belongs-to per child/parent pair keeps nested routes unambiguous; further links stay plain ids.
  const linked = resource.fields.some((f) => f.type === 'reference' && f.references === target);
  if (linked) {
    warnings.push(
      `${resource.name}.${name} is a plain id: ${resource.name} already belongs to ${target} through another field.`,
    );
    resource.fields.push({
      name,
      type: 'uuid',
      required: draft.required,
      description: `id of a ${target.replaceAll('_', ' ')}`,
    });
    return;
  }
  resource.fields.push({
    name,
    type: 'reference',
    references: target,
    required: draft.required && target !== resource.name,
  });
}

function convertDefault(text: string, type: FieldDraft['type']): string | number | boolean | undefined {
  const raw = text.replace(/^["']|["']$/g, '');
  if (type === 'boolean')
    return ['true', 'yes', 'on'].includes(raw)
      ? true
      : ['false', 'no', 'off'].includes(raw)
        ? false
        : undefined;
  if (type === 'integer' || type === 'number') return Number.isFinite(Number(raw)) ? Number(raw) : undefined;
  if (type === 'enum') return toIdentifier([raw]);
  return raw;
}

/** Drops has-many and belongs-to statements that repeat a link a reference field already made. */
function dedupeLinks(relations: Relation[], resources: Map<string, ResourceDraft>): Relation[] {
  const seen = new Set<string>();
  for (const r of resources.values()) {
    for (const f of r.fields) if (f.type === 'reference') seen.add(`${r.name}>${f.references}`);
  }
  return relations.filter((relation) => {
    if (relation.kind === 'many-to-many') {
      const key = [relation.from, relation.to].sort().join('<>');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }
    const [child, parent] =
      relation.kind === 'belongs-to' ? [relation.from, relation.to] : [relation.to, relation.from];
    const key = `${child}>${parent}`;
    if (seen.has(key)) {
      if (relation.required) {
        const field = resources
          .get(child)
          ?.fields.find((f) => f.type === 'reference' && f.references === parent);
        if (field !== undefined && child !== parent) field.required = true;
      }
      return false;
    }
    seen.add(key);
    return true;
  });
}

/** Marks resources named in ownership sentences (or all of them) as owned, and makes sure auth is on. */
function applyOwnership(
  sentences: string[][],
  resources: Map<string, ResourceDraft>,
  auth: 'none' | 'api-key' | 'bearer-jwt',
  warnings: string[],
): 'none' | 'api-key' | 'bearer-jwt' {
  const owned = new Set<string>();
  for (const sentence of sentences) {
    if (!mentionsOwnership(sentence.join(' '))) continue;
    const named = [...resources.values()].filter(
      (r) => r.name !== 'user' && sentence.some((w) => w === r.plural || w === r.name),
    );
    for (const r of named.length > 0 ? named : [...resources.values()].filter((r) => r.name !== 'user'))
      owned.add(r.name);
  }
  for (const name of owned) resources.get(name)!.ownership = 'owner';
  if (owned.size > 0 && auth === 'none') {
    warnings.push('Rows are owned by their creator, so callers sign in with a bearer JWT.');
    return 'bearer-jwt';
  }
  return auth;
}

function apiName(titleWords: string[], resources: Map<string, ResourceDraft>): string {
  const meaningful = titleWords.filter((w) => !titleFiller.has(w) && /^[a-z]/.test(w)).slice(0, 4);
  const name = toIdentifier(meaningful).replaceAll('_', '-');
  if (name.length > 0) return name;
  return `${[...resources.values()][0]!.plural.replaceAll('_', '-')}-api`;
}
