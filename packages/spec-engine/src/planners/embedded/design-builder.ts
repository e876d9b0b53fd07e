import { withArticle } from './words.js';
import { fieldSchema, type ApiDesignInput, type FieldInput, type Relation } from '../../design/api-design.js';
import { valueProblem } from '../../design/field-values.js';
import { pascalCase, titleFromName } from '../../design/naming.js';
import { reservedFieldNames, reservedIn, reservedResourceNames } from '../../design/reserved-words.js';
import { knowledgeBase } from '../../knowledge/knowledge-base.js';
import type { Assumption } from '../planner.js';
import { findDomainCue } from './completion.js';
import type { EntityDraft, Reading } from './drafts.js';
import { checkEvidence } from './evidence.js';
import type { FieldDraft } from './field-reader.js';
import { isSectionWord } from './mentions.js';
import { isKnownWord } from './nlp.js';
import { mergeQualifiedTwins } from './twin-resources.js';
import { mentionsOwnership, readAuth, wantsAdvanced } from './intent.js';

const implicit = new Set(['id', 'created_at', 'updated_at']);

/** Turns what was read (and completed) into design input, noting every choice it makes. */
export function buildDesign(
  reading: Reading,
  context: { text: string; sentences: readonly string[]; titleWords: readonly string[] },
  assumptions: Assumption[],
  warnings: string[],
): ApiDesignInput {
  // Tables a pasted schema declared join the reading after the prose was checked.
  checkEvidence(reading, context.text, assumptions);
  mergeQualifiedTwins(reading, assumptions);
  const entities = [...reading.entities.values()].sort((a, b) => a.order - b.order);
  const names = new Map<string, { name: string; plural: string }>();
  const qualifiers = qualifierWords(context);
  const taken = new Set(entities.map((e) => e.key));
  for (const entity of entities) names.set(entity.key, safeResourceName(entity, qualifiers, taken, warnings));
  // Assumptions made before a resource was renamed point at the name the design has.
  assumptions.forEach((assumption, i) => {
    const [head, ...rest] = assumption.path.split('.');
    const renamed = names.get(head!)?.name;
    if (renamed !== undefined && renamed !== head)
      assumptions[i] = { ...assumption, path: [renamed, ...rest].join('.') };
  });
  const resources = entities.map((entity) => ({
    name: names.get(entity.key)!.name,
    plural: names.get(entity.key)!.plural,
    fields: buildFields(entity, names.get(entity.key)!.name, assumptions, warnings),
    ownership: 'none' as 'none' | 'owner',
  }));
  const relations: Relation[] = [];
  for (const link of reading.links) {
    const child = names.get(link.child)?.name;
    const parent = names.get(link.parent)?.name;
    if (child === undefined || parent === undefined) continue;
    // A row pointing at another row of its own kind ("parent: Category", "manager: Employee") keeps
    // the column's own name, and stays optional: the first row has nothing to point at.
    const self = child === parent;
    if (self && (link.kind !== 'belongs-to' || link.field === undefined || link.field === parent)) continue;
    const required = self ? false : (link.required ?? false);
    if (link.kind === 'many-to-many') {
      if (
        !relations.some(
          (r) => r.kind === 'many-to-many' && [r.from, r.to].sort().join() === [child, parent].sort().join(),
        )
      )
        relations.push({ kind: 'many-to-many', from: child, to: parent, required: false });
      continue;
    }
    const resource = resources.find((r) => r.name === child)!;
    // A link said with a shorter word than its resource's name ("which owner rents which berth" for
    // boat owners) takes the resource's name when the short word's column is one generated code keeps
    // for itself (`owner_id` is the ownership column unless it points at a resource named owner).
    const said = link.field === undefined ? undefined : `${link.field}_id`;
    const clashes = said !== undefined && (reservedFieldNames.has(said) || reservedIn(said).length > 0);
    const field = said === undefined || (clashes && said !== `${parent}_id`) ? `${parent}_id` : said;
    const existing = resource.fields.find(
      (f) =>
        f.type !== 'reference' &&
        f.type !== 'uuid' &&
        (f.name === field || f.name === field.replace(/_id$/, '')),
    );
    if (existing !== undefined) resource.fields.splice(resource.fields.indexOf(existing), 1);
    const linked = relations.some((r) => r.kind === 'belongs-to' && r.from === child && r.to === parent);
    if (resource.fields.some((f) => f.name === field)) continue;
    if (linked) {
      // One belongs-to per pair keeps nested routes unambiguous; a second link is a plain id.
      resource.fields.push({
        name: field,
        type: 'uuid',
        required,
        description: `id of ${withArticle(parent)}`,
      });
      assumptions.push({
        path: `${child}.${field}`,
        text: `kept ${field} as a plain id of ${withArticle(parent)}: ${child} already links to ${parent} once`,
      });
      continue;
    }
    resource.fields.push({
      name: field,
      type: 'reference',
      references: parent,
      required,
    });
    relations.push({ kind: 'belongs-to', from: child, to: parent, field, required });
  }
  for (const resource of resources) {
    if (
      resource.fields.every((f) => f.type === 'reference' || f.type === 'uuid') &&
      resource.fields.length < 2
    ) {
      resource.fields.push({ name: 'name', type: 'string', required: true });
      assumptions.push({
        path: `${resource.name}.name`,
        text: `gave ${resource.name} a required name: the request lists no fields for it`,
      });
    }
  }
  const auth = applyOwnership(context.sentences, resources, readAuth(context.text), warnings, assumptions);
  const name = apiName(context.titleWords, resources);
  return {
    name,
    title: titleFromName(name),
    description: `Manages ${resources.map((r) => r.plural.replaceAll('_', ' ')).join(', ')}.`,
    resources,
    relations,
    auth: { type: auth },
    options: { advanced: wantsAdvanced(context.text) },
  };
}

// Keywords ("class", "package", "case") name resources as the user wrote them: generated code only
// uses a resource name as a property or inside a longer identifier, and escapes Python keywords.
const isReserved = (name: string) => reservedResourceNames.has(name) || pascalCase(name) === 'Problem';

/**
 * A resource whose name would clash with generated code ("problem", "constructor") keeps the user's
 * word, qualified by the request's own words for what the API is about: the domain it names, else its
 * title, else the knowledge base's name for the thing when that contains the word. Only when none
 * fits is it suffixed.
 */
function safeResourceName(
  entity: EntityDraft,
  qualifiers: readonly string[],
  taken: Set<string>,
  warnings: string[],
): { name: string; plural: string } {
  let { key: name, plural } = entity;
  if (isReserved(name)) {
    const known = knowledgeBase().entityFor(name.replaceAll('_', ' '))?.name;
    const candidates = [
      ...qualifiers
        .filter((q) => q !== name && q !== plural && !name.split('_').includes(q))
        .map((q) => ({ name: `${q}_${name}`, plural: `${q}_${plural}` })),
      ...(known !== undefined && known !== name && known.split('_').includes(name)
        ? [{ name: known, plural: `${known}s` }]
        : []),
      { name: `${name}_item`, plural: `${name}_items` },
    ];
    const chosen = candidates.find((c) => !isReserved(c.name) && !taken.has(c.name))!;
    warnings.push(`Named the resource "${name}" "${chosen.name}": "${name}" is reserved in generated code.`);
    taken.add(chosen.name);
    ({ name, plural } = chosen);
  }
  if (name === plural) plural = `${plural}_list`;
  return { name, plural };
}

/** A title that labels the list under it ("Data:", "Tables:") says nothing of what the API is about. */
const headingWords = new Set(['data', 'model', 'models', 'table', 'tables', 'things', 'objects', 'types']);

/** The request's words for what the API is about: the domain cue it uses, then its title's words. */
function qualifierWords(context: { text: string; titleWords: readonly string[] }): string[] {
  const found = findDomainCue([context.text]);
  const cueWords =
    found !== undefined && found.domain.cues.en.includes(found.cue) ? found.cue.split(/[\s-]+/) : [];
  const words = [
    ...cueWords.slice(0, 1),
    ...context.titleWords.filter((w) => !titleFiller.has(w) && !isSectionWord(w) && !headingWords.has(w)),
  ];
  // A word the translation left as it was ("gimnasio") is no English name.
  return [...new Set(words.filter((w) => /^[a-z]{3,}$/.test(w) && isKnownWord(w)))];
}

function buildFields(
  entity: EntityDraft,
  resource: string,
  assumptions: Assumption[],
  warnings: string[],
): FieldInput[] {
  const fields: FieldInput[] = [];
  for (const draft of entity.fields) {
    let name = draft.name.replace(/^_+|_+$/g, '').slice(0, 60);
    if (!/^[a-z][a-z0-9_]*$/.test(name)) name = `f_${name}`.replace(/[^a-z0-9_]/g, '_');
    if (implicit.has(name) || name === 'owner_id') continue;
    if (reservedFieldNames.has(name) || reservedIn(name).length > 0) {
      const safe = `${resource}_${name}`;
      warnings.push(`Renamed ${resource}.${name} to ${safe}: "${name}" is reserved in generated code.`);
      name = safe;
    }
    if (fields.some((f) => f.name === name)) continue;
    fields.push(toField(draft, name, resource, assumptions, warnings));
  }
  return fields;
}

function toField(
  draft: FieldDraft,
  name: string,
  resource: string,
  assumptions: Assumption[],
  warnings: string[],
): FieldInput {
  const path = `${resource}.${name}`;
  const type = draft.type ?? 'string';
  const field: FieldInput = { name, type, required: draft.required ?? false, unique: draft.unique };
  if (draft.required === undefined && draft.identifying) {
    field.required = true;
    assumptions.push({
      path,
      text: `${name} identifies ${withArticle(resource)}, so it is required`,
    });
  }
  if (type === 'enum') field.enumValues = draft.enumValues ?? ['other'];
  const numeric = type === 'integer' || type === 'number';
  if (numeric && draft.minimum !== undefined) field.minimum = draft.minimum;
  if (numeric && draft.maximum !== undefined) field.maximum = draft.maximum;
  if (field.minimum !== undefined && field.maximum !== undefined && field.minimum > field.maximum)
    [field.minimum, field.maximum] = [field.maximum, field.minimum];
  if ((type === 'string' || type === 'text') && draft.maxLength !== undefined && draft.maxLength > 0)
    field.maxLength = draft.maxLength;
  if (draft.format === 'phone' && type === 'string') {
    field.pattern = '^\\+?[0-9 ()./-]{5,20}$';
    field.example = '+1 555 0100';
  }
  if (draft.format === 'time' && type === 'string') {
    field.pattern = '^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$';
    field.example = '09:30';
  }
  if (draft.origin === 'knowledge') {
    /* noted by the completer */
  } else if (draft.typedBy === 'name' && type !== 'string')
    assumptions.push({ path, text: `typed ${name} as ${describeType(field, draft)} from its name` });
  else if (draft.format === 'money' && draft.typedBy === 'stated' && field.minimum === 0)
    assumptions.push({ path, text: `${name} is money: a decimal of at least 0` });
  if (draft.defaultText !== undefined) {
    // An enum's default is one of its values as written ("MEMBER" of a schema's MEMBER/ADMIN).
    const written = draft.defaultText.replace(/^["']|["']$/g, '');
    const value =
      type === 'enum' && field.enumValues?.includes(written)
        ? written
        : convertDefault(draft.defaultText, type);
    const parsed = fieldSchema.safeParse(field);
    const problem = value === undefined || !parsed.success ? 'unreadable' : valueProblem(parsed.data, value);
    if (problem === undefined) field.default = value;
    else warnings.push(`Ignored the default "${draft.defaultText}" of ${path}: ${problem}.`);
  }
  return field;
}

export function describeType(field: FieldInput, draft?: FieldDraft): string {
  const range =
    field.minimum !== undefined && field.maximum !== undefined
      ? ` ${field.minimum}–${field.maximum}`
      : field.minimum !== undefined
        ? ` ≥ ${field.minimum}`
        : '';
  const kind =
    draft?.format === 'money'
      ? 'money (decimal)'
      : draft?.format === 'phone'
        ? 'phone number'
        : draft?.format === 'time'
          ? 'time of day'
          : field.type;
  return `${kind}${range}`;
}

function convertDefault(text: string, type: string): string | number | boolean | undefined {
  const raw = text.replace(/^["']|["']$/g, '');
  if (type === 'boolean')
    return ['true', 'yes', 'on'].includes(raw)
      ? true
      : ['false', 'no', 'off'].includes(raw)
        ? false
        : undefined;
  if (type === 'integer' || type === 'number') return Number.isFinite(Number(raw)) ? Number(raw) : undefined;
  if (type === 'enum') return raw.toLowerCase().replace(/[^a-z0-9]+/g, '_');
  return raw;
}

/** Marks resources named in ownership sentences (or all of them) as owned, and makes sure auth is on. */
function applyOwnership(
  sentences: readonly string[],
  resources: { name: string; plural: string; ownership: 'none' | 'owner' }[],
  auth: 'none' | 'api-key' | 'bearer-jwt',
  warnings: string[],
  assumptions: Assumption[],
): 'none' | 'api-key' | 'bearer-jwt' {
  const owned = new Set<string>();
  for (const sentence of sentences) {
    const lower = sentence.toLowerCase();
    // "each pet is owned by an owner": a link to a resource, not rows owned by their creator.
    const withoutLinks = lower.replace(
      /\bowned by (?:a|an|one|the|exactly one|a single) ([a-z]+)/g,
      (phrase, word: string) => (resources.some((r) => r.name === word || r.plural === word) ? ' ' : phrase),
    );
    if (!mentionsOwnership(withoutLinks)) continue;
    const words = lower.split(/[^a-z0-9_]+/);
    const named = resources.filter(
      (r) => r.name !== 'user' && words.some((w) => w === r.plural || w === r.name),
    );
    for (const r of named.length > 0 ? named : resources.filter((r) => r.name !== 'user')) owned.add(r.name);
  }
  for (const resource of resources) if (owned.has(resource.name)) resource.ownership = 'owner';
  if (owned.size > 0 && auth === 'none') {
    warnings.push('Rows are owned by their creator, so callers sign in with a bearer JWT.');
    assumptions.push({
      path: 'auth',
      text: 'rows belong to their creator, so callers sign in with a bearer JWT',
    });
    return 'bearer-jwt';
  }
  return auth;
}

const titleFiller = new Set(
  'a an the build create make design write generate develop please i we want need would like to me us give for with of and api apis rest restful http json crud simple small basic tiny little new my our backend that which manages some let s can you could set up hi hello hey ok so im i m we re for it its need needs just quick'.split(
    ' ',
  ),
);

function apiName(titleWords: readonly string[], resources: readonly { plural: string }[]): string {
  const meaningful = titleWords.filter((w) => !titleFiller.has(w) && /^[a-z][a-z0-9]*$/.test(w)).slice(0, 4);
  const name = meaningful.join('-').slice(0, 50).replace(/-+$/, '');
  if (/^[a-z][a-z0-9-]*$/.test(name)) return name;
  return `${resources[0]!.plural.replaceAll('_', '-')}-api`.slice(0, 60);
}
