import type { oas31 } from 'openapi3-ts';
import type { Field } from '../design/api-design.js';
import { effectiveMaxLength, formatOfType } from '../design/field-values.js';
import { pascalCase } from '../design/naming.js';

const baseTypes: Record<Field['type'], 'string' | 'integer' | 'number' | 'boolean' | ['object', 'array']> = {
  string: 'string',
  text: 'string',
  integer: 'integer',
  number: 'number',
  boolean: 'boolean',
  date: 'string',
  datetime: 'string',
  email: 'string',
  url: 'string',
  uuid: 'string',
  enum: 'string',
  // A json field holds a structured document: any JSON object or array. Scalars have their own types.
  json: ['object', 'array'],
  reference: 'string',
};

/** A deterministic example for a field that satisfies its type, enum, bounds and length. */
export function exampleValue(field: Field): unknown {
  if (field.example !== undefined) return field.example;
  switch (field.type) {
    case 'integer':
      return clamp(
        1,
        field.minimum === undefined ? undefined : Math.ceil(field.minimum),
        field.maximum === undefined ? undefined : Math.floor(field.maximum),
      );
    case 'number':
      return clamp(1.5, field.minimum, field.maximum);
    case 'boolean':
      return true;
    case 'date':
      return '2024-01-15';
    case 'datetime':
      return '2024-01-15T09:30:00Z';
    case 'email':
      return 'ada@example.com';
    case 'url':
      return 'https://example.com/';
    case 'uuid':
    case 'reference':
      return '3fa85f64-5717-4562-b3fc-2c963f66afa6';
    case 'enum':
      return field.enumValues?.[0] ?? '';
    case 'json':
      return {};
    default: {
      const text =
        field.type === 'text'
          ? `Some ${field.name.replaceAll('_', ' ')} text.`
          : `example ${field.name.replaceAll('_', ' ')}`;
      const max = effectiveMaxLength(field) ?? text.length;
      return text.padEnd(field.minLength ?? 0, 'x').slice(0, max);
    }
  }
}

function clamp(value: number, min: number | undefined, max: number | undefined): number {
  if (min !== undefined && value < min) return min;
  if (max !== undefined && value > max) return max;
  return value;
}

/** The vendor extension on a property whose values are unique across a resource's rows. */
export const UNIQUE_EXTENSION = 'x-unique';

/**
 * The vendor extension on a reference property naming the schema of the record it points to (e.g.
 * `Airport` on `origin_airport_id`): links whose names do not follow `<parent>_id` stay machine-readable.
 */
export const REFERENCES_EXTENSION = 'x-references';

/**
 * The vendor extension on the schema of a join resource naming the schemas of the two resources it pairs
 * (`['Note', 'Tag']`): each pair is stored at most once, and an import restores the many-to-many link.
 */
export const MANY_TO_MANY_EXTENSION = 'x-many-to-many';

/**
 * The vendor extension on the path item `/{side}/{id}/{others}` naming the schema of the join resource it
 * reads through (`NoteTag`): the route lists records, not children, so an import does not make it a link.
 */
export const THROUGH_EXTENSION = 'x-through';

/**
 * The vendor extension on the path items of a resource whose rows belong to their creator: another
 * caller neither sees nor changes them (404). Contract checks read it to test ownership on every
 * operation; JSON Schema and OpenAPI have no word for it.
 */
export const OWNER_SCOPED_EXTENSION = 'x-owner-scoped';

/**
 * The JSON Schema of a field. `nullable` uses 2020-12 type arrays (never OpenAPI 3.0's `nullable`).
 * `bare` leaves out default, examples and description: the form used for filter query parameters.
 */
export function fieldSchema(
  field: Field,
  options: { nullable: boolean; readOnly?: boolean; bare?: boolean },
): oas31.SchemaObject {
  const base = baseTypes[field.type];
  const types: string[] = Array.isArray(base) ? [...base] : [base];
  if (options.nullable) types.push('null');
  const schema: oas31.SchemaObject = {
    type: types.length === 1 ? (types[0] as oas31.SchemaObjectType) : (types as oas31.SchemaObjectType[]),
  };
  const format = formatOfType[field.type];
  if (format !== undefined) schema.format = format;
  if (field.enumValues !== undefined && field.type === 'enum') {
    schema.enum = options.nullable ? [...field.enumValues, null] : [...field.enumValues];
  }
  if (field.minimum !== undefined) schema.minimum = field.minimum;
  if (field.maximum !== undefined) schema.maximum = field.maximum;
  if (field.minLength !== undefined) schema.minLength = field.minLength;
  const maxLength = effectiveMaxLength(field);
  if (maxLength !== undefined) schema.maxLength = maxLength;
  if (field.pattern !== undefined) schema.pattern = field.pattern;
  if (options.bare) return schema;
  if (field.description !== undefined) schema.description = field.description;
  else if (field.type === 'reference' && field.references !== undefined) {
    schema.description = `id of the ${field.references.replaceAll('_', ' ')}`;
  }
  if (options.readOnly || field.readOnly) schema.readOnly = true;
  // JSON Schema cannot say "no two rows share this value"; the vendor extension carries it so
  // importSpec (and any tool that knows it) can restore the unique constraint. Others ignore it.
  if (field.unique) schema[UNIQUE_EXTENSION] = true;
  if (field.type === 'reference' && field.references !== undefined) {
    schema[REFERENCES_EXTENSION] = pascalCase(field.references);
  }
  if (field.default !== undefined) schema.default = field.default;
  schema.examples = [exampleValue(field)];
  return schema;
}
