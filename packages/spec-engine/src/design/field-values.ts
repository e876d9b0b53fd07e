import { fullFormats } from 'ajv-formats/dist/formats.js';
import type { Field, FieldType } from './api-design.js';

/** Strings without a stated limit get one, so generated columns and request bodies stay bounded. */
export const DEFAULT_STRING_MAX_LENGTH = 255;

/**
 * The maxLength of each free-text field type that states none (a field's own `maxLength` replaces it):
 * every string a client can send is bounded in the contract, so no field stores a megabyte of text.
 * Emails follow RFC 5321's 254-character path limit, URLs the 2,048 characters browsers and proxies
 * keep. Formatted strings (uuid, date, datetime, enum, reference) are bounded by their format.
 */
export const DEFAULT_MAX_LENGTHS: Readonly<Partial<Record<FieldType, number>>> = {
  string: DEFAULT_STRING_MAX_LENGTH,
  text: 10_000,
  email: 254,
  url: 2_048,
};

/** The maxLength the compiled contract enforces for a field, if any (never below its minLength). */
export function effectiveMaxLength(
  field: Pick<Field, 'type' | 'maxLength' | 'minLength'>,
): number | undefined {
  if (field.maxLength !== undefined) return field.maxLength;
  const fallback = DEFAULT_MAX_LENGTHS[field.type];
  return fallback === undefined ? undefined : Math.max(fallback, field.minLength ?? 0);
}

/** The JSON Schema `format` each field type compiles to; ajv-formats checks the same names. */
export const formatOfType: Partial<Record<FieldType, string>> = {
  date: 'date',
  datetime: 'date-time',
  email: 'email',
  url: 'uri',
  uuid: 'uuid',
  reference: 'uuid',
};

export const stringTypes: ReadonlySet<FieldType> = new Set(['string', 'text', 'email', 'url']);
export const numericTypes: ReadonlySet<FieldType> = new Set(['integer', 'number']);

function matchesFormat(format: string, value: string): boolean {
  const definition = fullFormats[format as keyof typeof fullFormats] as unknown;
  if (definition instanceof RegExp) return definition.test(value);
  if (typeof definition === 'function') return (definition as (v: string) => boolean)(value);
  if (typeof definition === 'object' && definition !== null && 'validate' in definition) {
    const validate = (definition as { validate: RegExp | ((v: string) => boolean) }).validate;
    return validate instanceof RegExp ? validate.test(value) : validate(value);
  }
  return true;
}

/**
 * Why `value` is not a valid value of `field` (type, enum, bounds, length, pattern), or undefined when
 * it is. Defaults and examples are checked with it so the compiled contract never carries a value its own
 * schema rejects. `null` is the caller's decision.
 */
export function valueProblem(field: Field, value: unknown): string | undefined {
  const { type } = field;
  if (type === 'json') {
    return typeof value === 'object' && value !== null ? undefined : 'must be a JSON object or array';
  }
  if (type === 'boolean') return typeof value === 'boolean' ? undefined : 'must be true or false';
  if (numericTypes.has(type)) {
    if (typeof value !== 'number' || !Number.isFinite(value)) return `must be a ${type}`;
    if (type === 'integer' && !Number.isInteger(value)) return 'must be a whole number';
    if (field.minimum !== undefined && value < field.minimum) return `must be at least ${field.minimum}`;
    if (field.maximum !== undefined && value > field.maximum) return `must be at most ${field.maximum}`;
    return undefined;
  }
  if (typeof value !== 'string') return `must be a string (${type})`;
  if (type === 'enum') {
    const allowed = field.enumValues ?? [];
    return allowed.includes(value)
      ? undefined
      : `must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  const format = formatOfType[type];
  if (format !== undefined && !matchesFormat(format, value)) return `must be a valid ${format}`;
  const length = Array.from(value).length;
  const maxLength = effectiveMaxLength(field);
  if (field.minLength !== undefined && length < field.minLength)
    return `must be at least ${field.minLength} characters`;
  if (maxLength !== undefined && length > maxLength) return `must be at most ${maxLength} characters`;
  if (field.pattern !== undefined && safeRegExp(field.pattern)?.test(value) === false) {
    return `must match the pattern ${field.pattern}`;
  }
  return undefined;
}

/** Patterns are ECMA-262 regexes with the `u` flag, as JSON Schema 2020-12 prescribes. */
export function safeRegExp(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    return undefined;
  }
}
