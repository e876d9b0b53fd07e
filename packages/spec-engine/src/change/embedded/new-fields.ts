import type { Field, FieldType, Resource } from '../../design/api-design.js';
import { fieldSchema } from '../../design/api-design.js';
import { valueProblem } from '../../design/field-values.js';
import { reservedFieldNames, reservedIn } from '../../design/reserved-words.js';
import { knowledgeBase, type KbField } from '../../knowledge/knowledge-base.js';
import { toIdentifier } from '../../planners/embedded/english.js';
import { describeType } from '../../planners/embedded/design-builder.js';
import type { FieldDraft } from '../../planners/embedded/field-reader.js';
import { withArticle } from '../../planners/embedded/words.js';
import type { Assumption } from '../../planners/planner.js';

// A pattern needs an example that matches it (the contract shows one); the same pair the planner uses.
const phone = { pattern: '^\\+?[0-9 ()./-]{5,20}$', example: '+1 555 0100' };
const time = { pattern: '^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$', example: '09:30' };

/** The knowledge base's usual field of this name on this kind of resource ("status" of an order). */
export function knownField(resource: Pick<Resource, 'name'>, name: string): KbField | undefined {
  const entity = knowledgeBase().entityFor(resource.name.replaceAll('_', ' '));
  return entity?.fields.find((f) => f.name === name);
}

/** A field the knowledge base describes, as the design states it. */
export function fromKnowledge(known: KbField): Field {
  const field: Field = {
    name: known.name,
    type: known.type,
    required: known.required,
    unique: known.unique,
    readOnly: false,
  };
  if (known.enumValues !== undefined) field.enumValues = [...known.enumValues];
  if (known.minimum !== undefined) field.minimum = known.minimum;
  if (known.maximum !== undefined) field.maximum = known.maximum;
  if (known.default !== undefined) field.default = known.default;
  if (known.format === 'phone') Object.assign(field, phone);
  if (known.format === 'time') Object.assign(field, time);
  return field;
}

/**
 * Turns a field read from a request into a design field of `resource`. What the request stated wins;
 * otherwise the knowledge base's field of that name on that kind of resource, otherwise the type its
 * name implies. On a resource that already has rows (`existing`) a required field without a default
 * would have no value for them, so it is made optional and the plan says so.
 */
export function draftToField(
  draft: FieldDraft,
  resource: Pick<Resource, 'name'>,
  existing: boolean,
  assumptions: Assumption[],
): Field {
  let name = toIdentifier([draft.name]);
  if (reservedFieldNames.has(name) || reservedIn(name).length > 0) {
    const safe = `${resource.name}_${name}`;
    assumptions.push({
      path: `${resource.name}.${safe}`,
      text: `named it ${safe}: "${name}" is reserved in generated code`,
    });
    name = safe;
  }
  const path = `${resource.name}.${name}`;
  const known =
    draft.typedBy === 'stated' || draft.enumValues !== undefined
      ? undefined
      : knownField(resource, draft.name);
  const field: Field =
    known !== undefined ? { ...fromKnowledge(known), name, required: false } : basicField(draft, name);
  if (known !== undefined)
    assumptions.push({
      path,
      text: `${name} is ${describe(field)}, as ${withArticle(resource.name)} usually has it`,
    });
  else if (draft.typedBy === 'name' && field.type !== 'string')
    assumptions.push({ path, text: `typed ${name} as ${describe(field, draft)} from its name` });
  if (draft.unique) field.unique = true;
  const defaultValue = draft.defaultText === undefined ? undefined : convertDefault(draft.defaultText, field);
  if (defaultValue !== undefined) field.default = defaultValue;
  const wantsRequired =
    draft.required === true || (draft.required === undefined && draft.identifying === true && !existing);
  if (wantsRequired && existing && field.default === undefined)
    assumptions.push({
      path,
      text: `${name} is optional: the ${resource.name} rows already stored have no value for it (give it a default to make it required)`,
    });
  else if (wantsRequired) field.required = true;
  else if (existing && field.default !== undefined)
    assumptions.push({ path, text: `rows already stored get ${name} = ${JSON.stringify(field.default)}` });
  return field;
}

function basicField(draft: FieldDraft, name: string): Field {
  const type: FieldType = draft.type ?? 'string';
  const field: Field = { name, type, required: false, unique: false, readOnly: false };
  if (type === 'enum') field.enumValues = draft.enumValues ?? ['other'];
  if ((type === 'integer' || type === 'number') && draft.minimum !== undefined) field.minimum = draft.minimum;
  if ((type === 'integer' || type === 'number') && draft.maximum !== undefined) field.maximum = draft.maximum;
  if ((type === 'string' || type === 'text') && draft.maxLength !== undefined && draft.maxLength > 0)
    field.maxLength = draft.maxLength;
  if (draft.format === 'phone' && type === 'string') Object.assign(field, phone);
  if (draft.format === 'time' && type === 'string') Object.assign(field, time);
  return field;
}

/** A default as the field's type holds it, or undefined when the words are not a valid value. */
export function convertDefault(text: string, field: Field): Field['default'] {
  const raw = text.replace(/^["']|["']$/g, '');
  let value: string | number | boolean | undefined = raw;
  if (field.type === 'boolean')
    value = ['true', 'yes', 'on'].includes(raw)
      ? true
      : ['false', 'no', 'off'].includes(raw)
        ? false
        : undefined;
  else if (field.type === 'integer' || field.type === 'number')
    value = Number.isFinite(Number(raw)) ? Number(raw) : undefined;
  else if (field.type === 'enum') value = raw.toLowerCase().replace(/[^a-z0-9]+/g, '_');
  if (value === undefined) return undefined;
  const parsed = fieldSchema.safeParse(field);
  return parsed.success && valueProblem(parsed.data, value) === undefined ? value : undefined;
}

/** How an assumption names a field's type: "one of a, b", "integer 0–30", "money (decimal)". */
function describe(field: Field, draft?: FieldDraft): string {
  return field.type === 'enum' ? `one of ${(field.enumValues ?? []).join(', ')}` : describeType(field, draft);
}
