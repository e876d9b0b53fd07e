import { flattenAllOf, isObject, type Json } from '../import/document-refs.js';
import { pointer, stableJson, type Report } from './openapi-changes.js';
import { sameRefTarget, type RefContext } from './same-ref.js';
import type { OpenApiChangeImpact } from './types.js';

/** Which way data flows through a schema: what clients send, or what they receive. */
export type Direction = 'request' | 'response';

export interface SchemaContext extends RefContext {
  readonly report: Report;
}

const MAX_DEPTH = 40;

/**
 * Compares two JSON Schemas by what they let through. For requests the server must keep accepting
 * what clients send (narrowing breaks them); for responses clients must keep understanding what they
 * receive (a removed property, or a value of a new type, breaks them). Recursive schemas are walked
 * once per pair, so `$ref` cycles end.
 */
export function diffSchema(
  context: SchemaContext,
  path: string,
  oldRaw: unknown,
  newRaw: unknown,
  direction: Direction,
  visiting: Set<string> = new Set(),
  depth = 0,
): void {
  const ref = refOf(oldRaw);
  if (ref !== '' && ref === refOf(newRaw) && sameRefTarget(ref, context)) return;
  const cycleKey = `${ref}|${refOf(newRaw)}|${direction}`;
  if (depth > MAX_DEPTH || (cycleKey !== '||' + direction && visiting.has(cycleKey))) return;
  const oldSchema = schemaOf(oldRaw, context.resolveOld);
  const newSchema = schemaOf(newRaw, context.resolveNew);
  if (oldSchema === undefined || newSchema === undefined) return;
  const inner = new Set(visiting).add(cycleKey);
  const recurse = (at: string, a: unknown, b: unknown) =>
    diffSchema(context, at, a, b, direction, inner, depth + 1);
  const { report } = context;
  const request = direction === 'request';

  diffTypes(report, path, oldSchema, newSchema, request);
  diffEnum(report, path, oldSchema, newSchema, request);
  diffConstraints(report, path, oldSchema, newSchema, request);
  diffWords(report, path, oldSchema, newSchema);
  diffProperties(context, path, oldSchema, newSchema, direction, recurse);
  if (oldSchema['items'] !== undefined && newSchema['items'] !== undefined)
    recurse(pointer(path, 'items'), oldSchema['items'], newSchema['items']);
  if (isObject(oldSchema['additionalProperties']) && isObject(newSchema['additionalProperties']))
    recurse(
      pointer(path, 'additionalProperties'),
      oldSchema['additionalProperties'],
      newSchema['additionalProperties'],
    );
  for (const key of ['oneOf', 'anyOf'] as const) {
    const [before, after] = [listOf(oldSchema[key]), listOf(newSchema[key])];
    if (before.length === 0 && after.length === 0) continue;
    if (before.length !== after.length) {
      const grew = after.length > before.length;
      // More alternatives accept more requests but give clients responses they may not parse.
      const impact = grew ? widened(request) : narrowed(request);
      report(
        pointer(path, key),
        grew ? 'type-widened' : 'type-narrowed',
        impact,
        `${key} went from ${before.length} to ${after.length} alternatives.`,
      );
    }
    before.slice(0, after.length).forEach((part, i) => recurse(pointer(path, key, i), part, after[i]));
  }
}

function refOf(value: unknown): string {
  return isObject(value) && typeof value['$ref'] === 'string' ? value['$ref'] : '';
}

function schemaOf(value: unknown, resolve: (v: unknown) => unknown): Json | undefined {
  const schema = resolve(value);
  return isObject(schema) ? flattenAllOf(schema, resolve) : undefined;
}

const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** The JSON types a schema admits, `null` included for 3.0's `nullable`; undefined when any type is. */
function typesOf(schema: Json): Set<string> | undefined {
  const raw = schema['type'];
  const types = new Set<string>(
    typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw.filter((t) => typeof t === 'string') : [],
  );
  if (types.size === 0) return undefined;
  if (schema['nullable'] === true) types.add('null');
  if (Array.isArray(schema['enum']) && schema['enum'].includes(null)) types.add('null');
  return types;
}

/** Whether every value of type `a` is a value of some type in `set` (integers are numbers). */
const admits = (set: ReadonlySet<string>, a: string) => set.has(a) || (a === 'integer' && set.has('number'));

/** A schema letting less through breaks clients that send; letting more through breaks clients that read. */
const narrowed = (request: boolean): OpenApiChangeImpact => (request ? 'breaking' : 'compatible');
const widened = (request: boolean): OpenApiChangeImpact => (request ? 'compatible' : 'breaking');

function diffTypes(report: Report, path: string, oldSchema: Json, newSchema: Json, request: boolean): void {
  const [before, after] = [typesOf(oldSchema), typesOf(newSchema)];
  const lost = after !== undefined && (before === undefined || [...before].some((t) => !admits(after, t)));
  const gained = before !== undefined && (after === undefined || [...after].some((t) => !admits(before, t)));
  if (lost || gained) {
    const words = (set: Set<string> | undefined) =>
      set === undefined ? 'any type' : [...set].sort().join(' | ');
    const nonNull = (set: Set<string>) =>
      [...set]
        .filter((t) => t !== 'null')
        .sort()
        .join();
    const at = pointer(path, 'type');
    if (before !== undefined && after !== undefined && nonNull(before) === nonNull(after)) {
      const added = after.has('null');
      report(
        at,
        added ? 'nullable-added' : 'nullable-removed',
        added ? widened(request) : narrowed(request),
        added ? 'null now allowed.' : 'null no longer allowed.',
      );
    } else if (lost && gained)
      report(at, 'type-changed', 'breaking', `Type changed from ${words(before)} to ${words(after)}.`);
    else if (lost)
      report(
        at,
        'type-narrowed',
        narrowed(request),
        `Type narrowed from ${words(before)} to ${words(after)}.`,
      );
    else
      report(at, 'type-widened', widened(request), `Type widened from ${words(before)} to ${words(after)}.`);
  }
  const [oldFormat, newFormat] = [oldSchema['format'], newSchema['format']];
  if (oldFormat === newFormat) return;
  const at = pointer(path, 'format');
  if (oldFormat === undefined)
    report(at, 'type-narrowed', narrowed(request), `Format ${String(newFormat)} now applies.`);
  else if (newFormat === undefined)
    report(at, 'type-widened', widened(request), `Format ${String(oldFormat)} no longer applies.`);
  else
    report(
      at,
      'type-changed',
      'breaking',
      `Format changed from ${String(oldFormat)} to ${String(newFormat)}.`,
    );
}

function diffEnum(report: Report, path: string, oldSchema: Json, newSchema: Json, request: boolean): void {
  const before = Array.isArray(oldSchema['enum']) ? oldSchema['enum'] : undefined;
  const after = Array.isArray(newSchema['enum']) ? newSchema['enum'] : undefined;
  const at = pointer(path, 'enum');
  const show = (v: unknown) => JSON.stringify(v);
  const [oldConst, newConst] = [oldSchema['const'], newSchema['const']];
  if (show(oldConst) !== show(newConst))
    report(
      pointer(path, 'const'),
      'type-changed',
      'breaking',
      `Constant changed from ${show(oldConst)} to ${show(newConst)}.`,
    );
  if (before === undefined && after !== undefined) {
    report(at, 'type-narrowed', narrowed(request), `Values limited to ${after.map(show).join(', ')}.`);
    return;
  }
  if (before !== undefined && after === undefined) {
    report(at, 'type-widened', 'compatible', `Values no longer limited to ${before.map(show).join(', ')}.`);
    return;
  }
  if (before === undefined || after === undefined) return;
  const has = (list: unknown[], v: unknown) => list.some((w) => show(w) === show(v));
  for (const value of before)
    if (!has(after, value))
      report(at, 'enum-value-removed', narrowed(request), `Value ${show(value)} removed.`);
  for (const value of after)
    if (!has(before, value)) report(at, 'enum-value-added', 'compatible', `Value ${show(value)} added.`);
}

/** Keywords whose larger value lets more through (`max*`) or less through (`min*`). */
const upperBounds = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties'] as const;
const lowerBounds = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties'] as const;

function diffConstraints(
  report: Report,
  path: string,
  oldSchema: Json,
  newSchema: Json,
  request: boolean,
): void {
  // Response bounds only describe what the server sends; clients rarely validate them.
  const tightened = narrowed(request);
  const bound = (key: string, tighter: (a: number, b: number) => boolean) => {
    const [a, b] = [oldSchema[key], newSchema[key]];
    if (a === b || (typeof a !== 'number' && a !== undefined) || (typeof b !== 'number' && b !== undefined))
      return;
    const narrows = b !== undefined && (a === undefined || tighter(b as number, a as number));
    report(
      pointer(path, key),
      narrows ? 'constraint-narrowed' : 'constraint-widened',
      narrows ? tightened : 'compatible',
      `${key} changed from ${a ?? 'unset'} to ${b ?? 'unset'}.`,
    );
  };
  for (const key of upperBounds) bound(key, (b, a) => b < a);
  for (const key of lowerBounds) bound(key, (b, a) => b > a);
  for (const key of ['pattern', 'multipleOf'] as const) {
    const [a, b] = [oldSchema[key], newSchema[key]];
    if (a === b) continue;
    const narrows = b !== undefined;
    report(
      pointer(path, key),
      narrows ? 'constraint-narrowed' : 'constraint-widened',
      narrows ? tightened : 'compatible',
      `${key} changed from ${a === undefined ? 'unset' : JSON.stringify(a)} to ${b === undefined ? 'unset' : JSON.stringify(b)}.`,
    );
  }
  if (oldSchema['uniqueItems'] !== newSchema['uniqueItems']) {
    const narrows = newSchema['uniqueItems'] === true;
    report(
      pointer(path, 'uniqueItems'),
      narrows ? 'constraint-narrowed' : 'constraint-widened',
      narrows ? tightened : 'compatible',
      narrows ? 'Items must now be unique.' : 'Items may now repeat.',
    );
  }
}

function diffWords(report: Report, path: string, oldSchema: Json, newSchema: Json): void {
  for (const key of ['title', 'description', 'example', 'examples'] as const)
    if (stableJson(oldSchema[key]) !== stableJson(newSchema[key]))
      report(pointer(path, key), 'documentation-changed', 'documentation', `${key} changed.`);
}

function diffProperties(
  context: SchemaContext,
  path: string,
  oldSchema: Json,
  newSchema: Json,
  direction: Direction,
  recurse: (at: string, a: unknown, b: unknown) => void,
): void {
  const request = direction === 'request';
  const visible = (schema: Json, resolve: (v: unknown) => unknown) => {
    const properties = isObject(schema['properties']) ? schema['properties'] : {};
    // readOnly properties are never sent, writeOnly ones never returned: they do not exist in that direction.
    const hidden = request ? 'readOnly' : 'writeOnly';
    return new Map(
      Object.entries(properties).filter(
        ([, p]) => !(isObject(resolve(p)) && (resolve(p) as Json)[hidden] === true),
      ),
    );
  };
  const before = visible(oldSchema, context.resolveOld);
  const after = visible(newSchema, context.resolveNew);
  const requiredOf = (schema: Json) =>
    new Set(Array.isArray(schema['required']) ? (schema['required'] as string[]) : []);
  const [oldRequired, newRequired] = [requiredOf(oldSchema), requiredOf(newSchema)];
  const closed = newSchema['additionalProperties'] === false || newSchema['unevaluatedProperties'] === false;
  const { report } = context;
  const base = pointer(path, 'properties');
  for (const [name, schema] of before) {
    const at = pointer(base, name);
    if (!after.has(name)) {
      if (request)
        report(
          at,
          'property-removed',
          closed ? 'breaking' : 'compatible',
          closed
            ? `Request property ${name} removed; sending it is now rejected.`
            : `Request property ${name} removed; it is ignored.`,
        );
      else report(at, 'property-removed', 'breaking', `Response property ${name} removed.`);
      continue;
    }
    const [was, is] = [oldRequired.has(name), newRequired.has(name)];
    if (!was && is)
      report(
        at,
        'property-required',
        narrowed(request),
        request
          ? `Request property ${name} became required.`
          : `Response property ${name} is now always present.`,
      );
    if (was && !is)
      report(
        at,
        'property-optional',
        widened(request),
        request
          ? `Request property ${name} became optional.`
          : `Response property ${name} may now be absent.`,
      );
    recurse(at, schema, after.get(name));
  }
  for (const name of after.keys()) {
    if (before.has(name)) continue;
    const at = pointer(base, name);
    if (request && newRequired.has(name))
      report(at, 'property-added', 'breaking', `New required request property ${name}.`);
    else
      report(
        at,
        'property-added',
        'compatible',
        `New ${newRequired.has(name) ? 'required ' : 'optional '}${request ? 'request' : 'response'} property ${name}.`,
      );
  }
}
