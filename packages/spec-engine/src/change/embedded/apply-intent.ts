import type { Field, Resource } from '../../design/api-design.js';
import { foreignKeyName } from '../../design/naming.js';
import { isPlural, toIdentifier } from '../../planners/embedded/english.js';
import { readField } from '../../planners/embedded/field-reader.js';
import { splitItems } from '../../planners/embedded/reader.js';
import { withArticle } from '../../planners/embedded/words.js';
import { knowledgeBase } from '../../knowledge/knowledge-base.js';
import { ChangeRequestError } from '../change-request-error.js';
import { modifyField, modifyResource } from './modify-field.js';
import {
  fieldOf,
  findField,
  phraseWords,
  resourceNamesOf,
  resourceOf,
  singularName,
  type FieldTarget,
} from './names.js';
import { draftToField, fromKnowledge } from './new-fields.js';
import type { Intent } from './read-clause.js';
import { implicitFields, type WorkingDesign } from './working-design.js';

type WorkingResource = WorkingDesign['design']['resources'][number];

/** "a field called x", "a new column named x": the name is what follows. */
const namedField = /^(?:an?\s+)?(?:new\s+)?(?:field|column|property|attribute)\s+(?:called|named)\s+/i;

/**
 * Applies one instruction to the working design. Returns undefined when it did, or why the words
 * could not be used; names the design does not have are refused at once with what it does have.
 */
export function applyIntent(working: WorkingDesign, intent: Intent): string | undefined {
  switch (intent.op) {
    case 'add':
      return add(working, intent.items, intent.target);
    case 'add-resource':
      return addResource(
        working,
        intent.name,
        intent.items,
        intent.parent === undefined ? undefined : mustResource(working, intent.parent),
      );
    case 'remove':
      return remove(working, intent.items, intent.from);
    case 'rename':
      return rename(working, intent.target, intent.to);
    case 'modify':
      return modify(working, intent.target, intent.wording);
    case 'add-values':
      return addValues(working, intent.values, intent.target);
    case 'relate':
      return relate(
        working,
        mustResource(working, intent.child),
        mustResource(working, intent.parent),
        intent.required,
      );
    case 'unrelate':
      return unrelate(working, mustResource(working, intent.a), mustResource(working, intent.b));
    case 'auth':
      working.design.auth = {
        type: intent.type,
        ...(intent.header !== undefined ? { apiKeyHeader: intent.header } : {}),
      };
      return undefined;
  }
}

function names(working: WorkingDesign): string {
  return working.design.resources.map((r) => r.plural).join(', ');
}

function mustResource(working: WorkingDesign, phrase: string): WorkingResource {
  const resource = resourceOf(working, phrase);
  if (resource !== undefined) return resource;
  throw new ChangeRequestError(
    'change_unknown_target',
    `There is no resource "${phraseWords(phrase).join(' ')}"; the design has ${names(working)}.`,
    { understood: [], rewrite: `add a ${phraseWords(phrase).join(' ') || 'thing'} resource with a name` },
  );
}

/** `pets: name, age; owners: email`: the fields a request can name. */
function fieldList(working: WorkingDesign, within?: Resource): string {
  const scope = within === undefined ? working.design.resources : [within];
  return scope.map((r) => `${r.plural}: ${r.fields.map((f) => f.name).join(', ')}`).join('; ');
}

function unknownField(working: WorkingDesign, phrase: string, within?: Resource): ChangeRequestError {
  const fields = fieldList(working, within);
  return new ChangeRequestError(
    'change_unknown_target',
    `No field is called "${phraseWords(phrase).join(' ')}"${within === undefined ? '' : ` on ${within.plural}`} (${fields}).`,
  );
}

/** "a license number, which must be unique": a relative clause belongs to the item before it. */
function withClauses(items: readonly string[]): string[] {
  const merged: string[] = [];
  for (const item of items) {
    const clause = /^(?:which|that|it|and it)\s+(.+)$/i.exec(item);
    if (clause !== null && merged.length > 0)
      merged[merged.length - 1] += ` (${clause[1]!.replace(/[()]/g, ' ')})`;
    else merged.push(item);
  }
  return merged;
}

/** A list item that names a collection rather than a value: "comments", "many tags". */
function namesCollection(item: string, draft: { many: boolean; type?: string; typedBy?: string }): boolean {
  const words = phraseWords(item);
  if (words.length === 0 || draft.typedBy === 'stated') return false;
  if (draft.many) return true;
  const last = words.at(-1)!;
  if (!isPlural(last)) return false;
  const kb = knowledgeBase();
  const phrase = words.join(' ');
  if (kb.fieldWord(phrase)?.field.name === toIdentifier(words)) return false;
  return kb.entityFor(singularName(words)) !== undefined || draft.type === undefined;
}

function add(working: WorkingDesign, items: string, target: string | undefined): string | undefined {
  let resource: WorkingResource | undefined;
  if (target !== undefined) {
    resource = resourceOf(working, target);
    if (resource === undefined) {
      const field = findField(working, target);
      if (field !== undefined) return addValues(working, items, target);
      throw new ChangeRequestError(
        'change_unknown_target',
        `There is no resource "${phraseWords(target).join(' ')}" to add to; the design has ${names(working)}.`,
        { rewrite: `add ${items.trim()} to ${working.design.resources[0]!.plural}` },
      );
    }
  } else if (working.design.resources.length === 1) resource = working.design.resources[0]!;
  for (const item of withClauses(splitItems(items))) {
    const linked = resourceOf(working, item);
    if (linked !== undefined && resource !== undefined && linked !== resource) {
      // "add an owner to pets" with owners in the design: a link, not a text field.
      const reason = relate(working, resource, linked, false);
      if (reason !== undefined) return reason;
      continue;
    }
    const draft = readField(item.replace(namedField, ''));
    if (draft === undefined) return `"${item}" names no field`;
    if (namesCollection(item, draft)) {
      const reason = addResource(working, draft.words.join(' '), undefined, resource);
      if (reason !== undefined) return reason;
      continue;
    }
    if (resource === undefined)
      return `it does not say which resource gets "${item}" (add … to ${names(working)})`;
    const existing = resource.fields.find((f) => f.name === draft.name);
    if (existing !== undefined || implicitFields.has(draft.name))
      throw new ChangeRequestError('change_no_effect', `${resource.plural} already have ${draft.name}.`, {
        rewrite: `make ${draft.name} of ${resource.plural} required`,
      });
    const field = draftToField(draft, resource, true, working.assumptions);
    resource.fields.push(field);
    working.last = { resource: resource.name, field: field.name };
  }
  return undefined;
}

function addResource(
  working: WorkingDesign,
  namePhrase: string,
  items: string | undefined,
  parent: WorkingResource | undefined,
): string | undefined {
  const words = phraseWords(namePhrase);
  if (words.length === 0) return `"${namePhrase}" names no resource`;
  const { name, plural } = resourceNamesOf(words);
  const singular = name.replaceAll('_', ' ');
  const found = working.design.resources.find((r) => r.name === name);
  if (found !== undefined) {
    if (parent === undefined)
      throw new ChangeRequestError('change_no_effect', `The design already has ${found.plural}.`);
    return relate(working, found, parent, false);
  }
  const resource: WorkingResource = {
    name,
    plural,
    fields: [],
    ownership: 'none',
  };
  for (const item of items === undefined ? [] : splitItems(items)) {
    const draft = readField(item);
    if (draft === undefined) return `"${item}" names no field`;
    if (!resource.fields.some((f) => f.name === draft.name))
      resource.fields.push(draftToField(draft, resource, false, working.assumptions));
  }
  if (resource.fields.length === 0) {
    const entity = knowledgeBase().entityFor(singular);
    const usual = (entity?.fields ?? []).filter(
      (f) => parent === undefined || f.name !== foreignKeyName(parent.name),
    );
    resource.fields.push(...usual.map(fromKnowledge));
    if (resource.fields.length === 0)
      resource.fields.push({ name: 'name', type: 'string', required: true, unique: false, readOnly: false });
    working.assumptions.push({
      path: name,
      text: `gave ${resource.plural} ${usual.length > 0 ? 'the usual fields' : 'a name'}: ${resource.fields.map((f) => f.name).join(', ')}`,
    });
  }
  working.design.resources.push(resource);
  if (parent !== undefined) {
    working.design.relations.push({
      kind: 'belongs-to',
      from: name,
      to: parent.name,
      field: foreignKeyName(parent.name),
      required: false,
    });
    working.assumptions.push({
      path: `${name}.${foreignKeyName(parent.name)}`,
      text: `each ${name.replaceAll('_', ' ')} belongs to ${withArticle(parent.name)}`,
    });
  }
  return undefined;
}

function remove(working: WorkingDesign, items: string, from: string | undefined): string | undefined {
  const within = from === undefined ? undefined : resourceOf(working, from);
  if (from !== undefined && within === undefined) {
    const holder = fieldOf(working, from);
    if (holder?.field.type === 'enum') return removeValues(working, items, holder.field);
    throw new ChangeRequestError(
      'change_unknown_target',
      `There is no resource "${phraseWords(from).join(' ')}"; the design has ${names(working)}.`,
    );
  }
  for (const item of splitItems(items)) {
    const asResource = within === undefined ? resourceOf(working, item) : undefined;
    const target = asResource === undefined ? fieldOf(working, item, within) : undefined;
    if (asResource !== undefined) {
      removeResource(working, asResource);
      continue;
    }
    if (target === undefined) throw unknownField(working, item, within);
    const { resource, field } = target;
    if (resource.fields.length === 1)
      throw new ChangeRequestError(
        'change_invalid',
        `${field.name} is the last field of ${resource.plural}; a resource needs one.`,
        {
          rewrite: `remove ${resource.plural}`,
        },
      );
    resource.fields.splice(resource.fields.indexOf(field), 1);
    working.design.relations = working.design.relations.filter(
      (r) =>
        !(
          r.kind !== 'many-to-many' &&
          childOf(r) === resource.name &&
          (r.field ?? foreignKeyName(parentOf(r))) === field.name
        ),
    );
  }
  return undefined;
}

const childOf = (r: { kind: string; from: string; to: string }) => (r.kind === 'has-many' ? r.to : r.from);
const parentOf = (r: { kind: string; from: string; to: string }) => (r.kind === 'has-many' ? r.from : r.to);

function removeResource(working: WorkingDesign, resource: WorkingResource): void {
  const { design } = working;
  if (design.resources.length === 1)
    throw new ChangeRequestError(
      'change_invalid',
      `${resource.plural} is the only resource; an API needs one.`,
    );
  design.resources.splice(design.resources.indexOf(resource), 1);
  design.relations = design.relations.filter((r) => r.from !== resource.name && r.to !== resource.name);
  for (const other of design.resources) {
    const links = other.fields.filter((f) => f.type === 'reference' && f.references === resource.name);
    if (links.length === other.fields.length)
      throw new ChangeRequestError(
        'change_invalid',
        `Removing ${resource.plural} leaves ${other.plural} without fields.`,
      );
    other.fields = other.fields.filter((f) => !links.includes(f));
  }
}

function rename(working: WorkingDesign, target: string, to: string): string | undefined {
  const newWords = phraseWords(to);
  if (newWords.length === 0) return `"${to}" is not a name`;
  const resource = resourceOf(working, target);
  if (resource !== undefined) return renameResource(working, resource, resourceNamesOf(newWords));
  const found = fieldOf(working, target);
  if (found === undefined) throw unknownField(working, target);
  renameField(working, found.resource, found.field, toIdentifier(newWords));
  return undefined;
}

function renameResource(
  working: WorkingDesign,
  resource: WorkingResource,
  { name, plural }: { name: string; plural: string },
): undefined {
  if (working.design.resources.some((r) => r !== resource && (r.name === name || r.plural === plural)))
    throw new ChangeRequestError('change_invalid', `The design already has a resource called ${name}.`);
  const old = resource.name;
  for (const other of working.design.resources)
    for (const f of other.fields) if (f.type === 'reference' && f.references === old) f.references = name;
  Object.assign(resource, { name, plural });
  working.renames.push({ kind: 'resource', from: old, to: name });
  for (const relation of working.design.relations) {
    if (relation.from === old) relation.from = name;
    if (relation.to === old) relation.to = name;
  }
  // Keys named after the old resource follow it (owner_id → person_id), as a rename that keeps values.
  for (const relation of [...working.design.relations]) {
    if (relation.kind === 'many-to-many' || parentOf(relation) !== name) continue;
    const child = working.design.resources.find((r) => r.name === childOf(relation))!;
    const key = child.fields.find((f) => f.name === (relation.field ?? foreignKeyName(old)));
    if (key?.name === foreignKeyName(old)) renameField(working, child, key, foreignKeyName(name));
  }
  return undefined;
}

function renameField(working: WorkingDesign, resource: WorkingResource, field: Field, name: string): void {
  if (implicitFields.has(name))
    throw new ChangeRequestError(
      'change_invalid',
      `${name} is kept on every resource and set by the server; choose another name.`,
    );
  if (resource.fields.some((f) => f.name === name))
    throw new ChangeRequestError('change_invalid', `${resource.plural} already have a field called ${name}.`);
  for (const relation of working.design.relations)
    if (
      childOf(relation) === resource.name &&
      (relation.field ?? foreignKeyName(parentOf(relation))) === field.name
    )
      relation.field = name;
  working.renames.push({ kind: 'field', resource: resource.name, from: field.name, to: name });
  field.name = name;
  working.last = { resource: resource.name, field: name };
}

function modify(working: WorkingDesign, target: string, wording: string): string | undefined {
  let [phrase, words] = [target, wording];
  if (words.trim() === '') {
    // "make email required": the longest start that names a field, the rest says how.
    const parts = target.split(' ');
    const cut = [...parts.keys()]
      .reverse()
      .find(
        (i) =>
          i > 0 &&
          (findField(working, parts.slice(0, i).join(' ')) ??
            resourceOf(working, parts.slice(0, i).join(' '))) !== undefined,
      );
    if (cut === undefined) return `it names no field (${fieldList(working)})`;
    [phrase, words] = [parts.slice(0, cut).join(' '), parts.slice(cut).join(' ')];
  }
  const found = fieldOf(working, phrase);
  if (found === undefined) {
    const resource = resourceOf(working, phrase);
    if (resource !== undefined) return modifyResource(working, resource, words);
    throw unknownField(working, phrase);
  }
  return modifyField(working, found.resource, found.field, words);
}

function addValues(working: WorkingDesign, values: string, target: string): string | undefined {
  const found = fieldOf(working, target) ?? onlyEnumOf(working, target);
  if (found === undefined) throw unknownField(working, target);
  const { field } = found;
  if (field.type !== 'enum')
    return `${found.resource.name}.${field.name} is ${field.type}, not a list of values`;
  const added = splitItems(values).map((v) => toIdentifier(phraseWords(v)));
  field.enumValues = [...new Set([...(field.enumValues ?? []), ...added.filter((v) => v !== '')])];
  return undefined;
}

/** "appointments can also be no-show": the one enum field of the resource named, if it has exactly one. */
function onlyEnumOf(working: WorkingDesign, phrase: string): FieldTarget | undefined {
  const resource = resourceOf(working, phrase);
  const enums = resource?.fields.filter((f) => f.type === 'enum') ?? [];
  if (resource === undefined || enums.length !== 1) return undefined;
  working.assumptions.push({
    path: `${resource.name}.${enums[0]!.name}`,
    text: `read the values as ${resource.name}.${enums[0]!.name}, its only list of values`,
  });
  return { resource, field: enums[0]! };
}

function removeValues(working: WorkingDesign, values: string, field: Field): string | undefined {
  const removed = new Set(splitItems(values).map((v) => toIdentifier(phraseWords(v))));
  const kept = (field.enumValues ?? []).filter((v) => !removed.has(v));
  if (kept.length === (field.enumValues ?? []).length)
    return `${[...removed].join(', ')} is not a value of ${field.name}`;
  if (kept.length === 0)
    throw new ChangeRequestError('change_invalid', `${field.name} needs at least one value.`);
  field.enumValues = kept;
  if (field.default !== undefined && !kept.includes(String(field.default))) delete field.default;
  return undefined;
}

function relate(
  working: WorkingDesign,
  child: WorkingResource,
  parent: WorkingResource,
  required: boolean,
): string | undefined {
  if (child === parent) return `${child.plural} cannot belong to themselves here`;
  const field = foreignKeyName(parent.name);
  const exists = working.design.relations.some(
    (r) => r.kind !== 'many-to-many' && childOf(r) === child.name && parentOf(r) === parent.name,
  );
  if (exists)
    throw new ChangeRequestError('change_no_effect', `${child.plural} already belong to ${parent.plural}.`);
  if (required)
    working.assumptions.push({
      path: `${child.name}.${field}`,
      text: `${field} is optional: the ${child.name} rows already stored have no ${parent.name}`,
    });
  working.design.relations.push({
    kind: 'belongs-to',
    from: child.name,
    to: parent.name,
    field,
    required: false,
  });
  return undefined;
}

function unrelate(working: WorkingDesign, a: WorkingResource, b: WorkingResource): string | undefined {
  const between = (r: { from: string; to: string }) =>
    (r.from === a.name && r.to === b.name) || (r.from === b.name && r.to === a.name);
  const links = working.design.relations.filter(between);
  if (links.length === 0) return `${a.plural} and ${b.plural} are not linked`;
  working.design.relations = working.design.relations.filter((r) => !links.includes(r));
  for (const link of links) {
    if (link.kind === 'many-to-many') continue;
    const child = working.design.resources.find((r) => r.name === childOf(link))!;
    const key = link.field ?? foreignKeyName(parentOf(link));
    child.fields = child.fields.filter((f) => f.name !== key);
    if (child.fields.length === 0)
      throw new ChangeRequestError('change_invalid', `Unlinking leaves ${child.plural} without fields.`);
  }
  return undefined;
}
