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
export function sampleValue(schema: JsonSchema, variant: number, alternate = false): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum && schema.enum.length > 0) {
    const values = schema.enum.filter((value) => value !== null);
    return (alternate ? values.at(-1) : values[0]) ?? null;
  }
  switch (primaryType(schema)) {
    case 'integer':
    case 'number':
      return numberIn(schema, variant);
    case 'boolean':
      return !alternate;
    case 'array':
      return [];
    case 'object':
      return sampleObject(schema, variant);
    case 'string':
      return stringFor(schema, variant);
    default:
      return { sample: variant };
  }
}

// An object's required properties, each sampled (nested bodies of hand-written documents, e.g. `{ user: {…} }`).
function sampleObject(schema: JsonSchema, variant: number, depth = 0): Record<string, unknown> {
  if (depth > 5) return {};
  const required = new Set(schema.required ?? []);
  return Object.fromEntries(
    Object.entries(schema.properties ?? {})
      .filter(([name, property]) => required.has(name) && !property.$ref)
      .map(([name, property]) => [
        name,
        primaryType(property) === 'object'
          ? sampleObject(property, variant, depth + 1)
          : sampleValue(property, variant),
      ]),
  );
}

/** A string one character longer than `schema` allows, or undefined where it sets no maxLength. */
export function tooLongValue(schema: JsonSchema): string | undefined {
  if (primaryType(schema) !== 'string' || schema.maxLength === undefined || schema.enum || schema.format)
    return undefined;
  return 'x'.repeat(schema.maxLength + 1);
}

/** Numbers just outside `schema`'s bounds (below minimum, above maximum). */
export function outOfRangeValues(schema: JsonSchema): number[] {
  const type = primaryType(schema);
  if (type !== 'integer' && type !== 'number') return [];
  const step = type === 'integer' ? 1 : 0.5;
  return [
    ...(schema.minimum === undefined ? [] : [Math.floor(schema.minimum) - step]),
    ...(schema.maximum === undefined ? [] : [Math.ceil(schema.maximum) + step]),
  ];
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
