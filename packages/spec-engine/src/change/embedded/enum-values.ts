import type { Field } from '../../design/api-design.js';
import { toIdentifier } from '../../planners/embedded/english.js';
import { splitItems } from '../../planners/embedded/reader.js';
import { ChangeRequestError } from '../change-request-error.js';
import { fieldOf, phraseWords, resourceOf, type FieldTarget } from './names.js';
import { unknownField } from './refusals.js';
import type { WorkingDesign } from './working-design.js';

export function addValues(working: WorkingDesign, values: string, target: string): string | undefined {
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

export function removeValues(working: WorkingDesign, values: string, field: Field): string | undefined {
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
