import { randomUUID } from 'node:crypto';
import { distinctPatternStrategy } from '../design-view.js';
import type { JsonSchema } from './contract-api.js';

/** The first non-null JSON type of a schema (`["string", "null"]` → `string`). */
export function primaryType(schema: JsonSchema): string | undefined {
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  return types.find((type) => type !== 'null');
}

/**
 * A value valid against `schema`, different for each `variant` where the schema leaves room, so unique
 * constraints never collide between the records one run creates.
 */
export function sampleValue(schema: JsonSchema, variant: number): unknown {
  if (schema.enum && schema.enum.length > 0) return schema.enum.find((value) => value !== null) ?? null;
  switch (primaryType(schema)) {
    case 'integer':
    case 'number':
      return numberIn(schema, variant);
    case 'boolean':
      return true;
    case 'array':
      return [];
    case 'object':
      return {};
    case 'string':
      return stringFor(schema, variant);
    default:
      return { sample: variant };
  }
}

/** A value of the wrong JSON type for `schema`, or undefined where every type is accepted. */
export function wrongTypeValue(schema: JsonSchema): unknown {
  switch (primaryType(schema)) {
    case 'integer':
    case 'number':
    case 'boolean':
      return 'not-a-number-or-boolean';
    case 'string':
      return 12_345;
    case 'array':
    case 'object':
      return 'not-a-container';
    default:
      return undefined;
  }
}

function numberIn(schema: JsonSchema, variant: number): number {
  const low = schema.minimum ?? 1;
  const value = low + variant;
  return schema.maximum === undefined ? value : Math.min(schema.maximum, value);
}

function stringFor(schema: JsonSchema, variant: number): string {
  switch (schema.format) {
    case 'email':
      return `contract-${variant}-${Date.now()}@example.com`;
    case 'uri':
    case 'url':
      return `https://example.com/contract/${variant}`;
    case 'uuid':
      return randomUUID();
    case 'date':
      return '2024-01-15';
    case 'date-time':
      return '2024-01-15T10:30:00.000Z';
  }
  if (schema.pattern) return patterned(schema, variant);
  const text = `contract ${variant} ${Date.now()}`;
  const padded = text.padEnd(schema.minLength ?? 1, 'x');
  return schema.maxLength === undefined ? padded : padded.slice(0, schema.maxLength);
}

// A pattern cannot be inverted in general: the contract's own example, made distinct the way generated
// tests do it (distinctPatternStrategy), and the example itself where that value would not match.
function patterned(schema: JsonSchema, variant: number): string {
  const example = schema.examples?.find((value): value is string => typeof value === 'string') ?? '';
  const strategy = distinctPatternStrategy(schema.pattern, example);
  if (strategy === 'none') return example;
  const distinct =
    strategy === 'suffix'
      ? `${example}${variant}`
      : `${example.slice(0, -4)}${String(variant % 10_000).padStart(4, '0')}`;
  return new RegExp(schema.pattern!, 'u').test(distinct) ? distinct : example;
}
