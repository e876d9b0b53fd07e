import type { Field } from '../../design/api-design.js';
import { foreignKeyName } from '../../design/naming.js';
import { toIdentifier } from '../../planners/embedded/english.js';
import { readField } from '../../planners/embedded/field-reader.js';
import { splitItems } from '../../planners/embedded/reader.js';
import { withArticle } from '../../planners/embedded/words.js';
import { knowledgeBase } from '../../knowledge/knowledge-base.js';
import { ChangeRequestError } from '../change-request-error.js';
import { childOf, parentOf, relate } from './links.js';
import { fieldOf, findField, phraseWords, resourceNamesOf, resourceOf, resourceTail } from './names.js';
import { draftToField, fromKnowledge } from './new-fields.js';
import { unknownField } from './refusals.js';
import { implicitFields, type WorkingDesign, type WorkingResource } from './working-design.js';

export function addResource(
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

export function removeResource(working: WorkingDesign, resource: WorkingResource): void {
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

export function rename(working: WorkingDesign, target: string, to: string): string | undefined {
  // "rename species to kind on pets": what follows the new name says whose field it is.
  const scoped = resourceTail(working, to);
  const scopedField =
    scoped &&
    (fieldOf(working, target, scoped.resource) ??
      (findField(working, target)?.resource === scoped.resource ? fieldOf(working, target) : undefined));
  if (scoped && scopedField) {
    const words = phraseWords(scoped.head);
    if (words.length === 0) return `"${scoped.head}" is not a name`;
    renameField(working, scopedField.resource, scopedField.field, toIdentifier(words));
    return undefined;
  }
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
