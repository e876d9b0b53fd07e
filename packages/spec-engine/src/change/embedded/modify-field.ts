import type { Field, Resource } from '../../design/api-design.js';
import { numericTypes, stringTypes } from '../../design/field-values.js';
import { readField } from '../../planners/embedded/field-reader.js';
import { convertDefault } from './new-fields.js';
import type { WorkingDesign } from './working-design.js';

const notUnique = /\b(?:not unique|non-?unique|no longer unique|may repeat|can repeat|allow duplicates)\b/;
const notRequired = /\b(?:not required|no longer required|not mandatory|no longer mandatory)\b/;

/**
 * Applies what a wording states about a field ("required", "unique", "an integer", "one of low,
 * normal, high", "between 1 and 5", "at most 80 characters", "default open"). Only stated facts
 * count: a type the reader would guess from the field's name is not a request to change it.
 */
export function modifyField(
  working: WorkingDesign,
  resource: Resource,
  field: Field,
  wording: string,
): string | undefined {
  let text = wording.toLowerCase().trim();
  let stated = false;
  if (notUnique.test(text)) {
    field.unique = false;
    stated = true;
    text = text.replace(notUnique, ' ');
  }
  if (notRequired.test(text)) {
    field.required = false;
    stated = true;
    text = text.replace(notRequired, ' ');
  }
  // Read as a field list item whose parentheses hold the constraints, the way the planner reads them.
  const draft =
    text.trim() === ''
      ? undefined
      : // A placeholder name implies nothing, so only what the words state is read (not "minutes ≥ 0").
        readField(`x (${text.replace(/[()]/g, ' ')})`);
  if (draft !== undefined) {
    if (draft.enumValues !== undefined) {
      field.type = 'enum';
      field.enumValues = draft.enumValues;
      stated = true;
    } else if (draft.typedBy === 'stated' && draft.type !== undefined && draft.type !== field.type) {
      if (draft.type === 'enum') return `say the values ${field.name} may take (one of a, b, c)`;
      field.type = draft.type;
      stated = true;
    }
    if (draft.required !== undefined) {
      field.required = draft.required;
      stated = true;
    }
    if (draft.unique) {
      field.unique = true;
      stated = true;
    }
    if (numericTypes.has(field.type)) {
      if (draft.minimum !== undefined) [field.minimum, stated] = [draft.minimum, true];
      if (draft.maximum !== undefined) [field.maximum, stated] = [draft.maximum, true];
    }
    if (draft.maxLength !== undefined && stringTypes.has(field.type))
      [field.maxLength, stated] = [draft.maxLength, true];
    if (draft.defaultText !== undefined) {
      const value = convertDefault(draft.defaultText, field);
      if (value === undefined) return `"${draft.defaultText}" is not a valid ${field.type} for ${field.name}`;
      field.default = value;
      stated = true;
    }
  }
  if (!stated) return `nothing in "${wording.trim()}" says how ${resource.name}.${field.name} should change`;
  dropUnfitting(working, resource, field);
  return undefined;
}

/** After a type change, constraints of the old type no longer apply. */
function dropUnfitting(working: WorkingDesign, resource: Resource, field: Field): void {
  if (field.type !== 'enum') delete field.enumValues;
  if (!numericTypes.has(field.type)) {
    delete field.minimum;
    delete field.maximum;
  }
  if (!stringTypes.has(field.type)) {
    delete field.maxLength;
    delete field.minLength;
    delete field.pattern;
  }
  if (
    field.default !== undefined &&
    convertDefault(String(field.default), { ...field, default: undefined }) === undefined
  ) {
    working.assumptions.push({
      path: `${resource.name}.${field.name}`,
      text: `dropped the default ${JSON.stringify(field.default)}: it is not a valid ${field.type}`,
    });
    delete field.default;
  }
}

/** "make pets private" (rows owned by their creator) or "make pets shared". */
export function modifyResource(
  working: WorkingDesign,
  resource: Resource,
  wording: string,
): string | undefined {
  const text = wording.toLowerCase();
  if (/\b(?:private|owned|their own|per user|owner only)\b/.test(text)) {
    resource.ownership = 'owner';
    if (working.design.auth.type === 'none') {
      working.design.auth = { type: 'bearer-jwt' };
      working.assumptions.push({
        path: 'auth',
        text: 'rows belong to their creator, so callers sign in with a bearer JWT',
      });
    }
    return undefined;
  }
  if (/\b(?:shared|public|visible to everyone|not private)\b/.test(text)) {
    resource.ownership = 'none';
    return undefined;
  }
  return `nothing in "${wording.trim()}" says how ${resource.plural} should change`;
}
