import { foreignKeyName } from '../../design/naming.js';
import { isPlural, toIdentifier } from '../../planners/embedded/english.js';
import { readField } from '../../planners/embedded/field-reader.js';
import { splitItems } from '../../planners/embedded/reader.js';
import { knowledgeBase } from '../../knowledge/knowledge-base.js';
import { ChangeRequestError } from '../change-request-error.js';
import { addValues, removeValues } from './enum-values.js';
import { childOf, parentOf, relate, relateMany, unrelate } from './links.js';
import { modifyField, modifyResource } from './modify-field.js';
import { fieldOf, findField, phraseWords, resourceOf, singularName } from './names.js';
import { draftToField } from './new-fields.js';
import type { Intent } from './read-clause.js';
import { fieldList, mustResource, names, unknownField } from './refusals.js';
import { addResource, removeResource, rename } from './resource-edits.js';
import { implicitFields, type WorkingDesign, type WorkingResource } from './working-design.js';

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
    case 'relate-many':
      return relateMany(working, mustResource(working, intent.a), mustResource(working, intent.b));
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
