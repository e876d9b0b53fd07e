/** Reading an OpenAPI document through its local `$ref`s, shared by the design importer and the contract plan. */

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Follows local `$ref`s (`#/…`) to their target; remote or dangling refs give undefined. */
export function refResolver(doc: Json): (value: unknown) => unknown {
  const resolve = (value: unknown, depth = 0): unknown => {
    if (!isObject(value) || typeof value['$ref'] !== 'string' || depth > 20) return value;
    const ref = value['$ref'];
    if (!ref.startsWith('#/')) return undefined;
    let current: unknown = doc;
    for (const raw of ref.slice(2).split('/')) {
      const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
      current = isObject(current) ? current[key] : undefined;
    }
    return resolve(current, depth + 1);
  };
  return (value) => resolve(value);
}

/**
 * Merges `allOf` parts (resolved, recursively) so their properties and required lists read as one
 * object schema. A later part's property wins, as it narrows the earlier one (a generic
 * `data: array of object` wrapper refined to `data: array of Station`).
 */
export function flattenAllOf(schema: Json, resolve: (v: unknown) => unknown, depth = 0): Json {
  if (!Array.isArray(schema['allOf']) || depth > 10) return schema;
  const merged: Json = {
    ...schema,
    properties: { ...(isObject(schema['properties']) ? schema['properties'] : {}) },
    required: [...(Array.isArray(schema['required']) ? schema['required'] : [])],
  };
  delete merged['allOf'];
  for (const part of schema['allOf']) {
    const resolved = resolve(part);
    if (!isObject(resolved)) continue;
    const flat = flattenAllOf(resolved, resolve, depth + 1);
    if (merged['type'] === undefined && flat['type'] !== undefined) merged['type'] = flat['type'];
    Object.assign(merged['properties'] as Json, isObject(flat['properties']) ? flat['properties'] : {});
    (merged['required'] as unknown[]).push(...(Array.isArray(flat['required']) ? flat['required'] : []));
  }
  merged['required'] = [...new Set(merged['required'] as unknown[])];
  return merged;
}

/** A schema with its `$ref` followed and its `allOf` merged; undefined for anything that is not a schema object. */
export function objectSchema(value: unknown, resolve: (v: unknown) => unknown): Json | undefined {
  const schema = resolve(value);
  return isObject(schema) ? flattenAllOf(schema, resolve) : undefined;
}

/** The JSON schema of a request body or response (its first `application/json` or `+json` media type). */
export function jsonBodySchema(holder: unknown, resolve: (v: unknown) => unknown): Json | undefined {
  const content = (resolve(holder) as Json | undefined)?.['content'];
  if (!isObject(content)) return undefined;
  const media = Object.entries(content).find(([type]) => /^application\/(.+\+)?json/.test(type))?.[1];
  return isObject(media) ? objectSchema(media['schema'], resolve) : undefined;
}
