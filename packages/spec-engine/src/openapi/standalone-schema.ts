import { resolvePointer } from './schema-locations.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keywords that never change whether a value is valid, so two schemas differing only in them compile alike. */
const annotations = new Set([
  'description',
  'title',
  'examples',
  'example',
  'default',
  'readOnly',
  'writeOnly',
  'deprecated',
  '$comment',
  'xml',
  'externalDocs',
  'discriminator',
]);
/** Keywords whose value maps names to subschemas; the names are data, not keywords. */
const schemaMaps = new Set(['properties', 'patternProperties', '$defs', 'dependentSchemas']);
/** Keywords whose value is data to copy as is. */
const dataKeys = new Set(['enum', 'const', 'required']);

/**
 * A copy of `schema` with the document's local `$ref`s inlined and annotations removed, or undefined
 * when it cannot stand alone (a cycle, a remote or dangling ref). Its JSON is a cache key: equal keys
 * validate alike, so a validator compiled once serves every document and every field with that shape.
 */
export function standaloneSchema(doc: Json, schema: unknown, refs: readonly string[] = []): unknown {
  if (typeof schema === 'boolean') return schema;
  if (!isObject(schema)) return undefined;
  const out: Json = {};
  for (const [key, value] of Object.entries(schema)) {
    if (annotations.has(key)) continue;
    if (key === '$ref') continue;
    if (dataKeys.has(key)) out[key] = value;
    else if (schemaMaps.has(key) && isObject(value)) {
      const map: Json = {};
      for (const [name, sub] of Object.entries(value)) {
        const inlined = standaloneSchema(doc, sub, refs);
        if (inlined === undefined) return undefined;
        map[name] = inlined;
      }
      out[key] = map;
    } else if (Array.isArray(value) && ['allOf', 'anyOf', 'oneOf', 'prefixItems'].includes(key)) {
      const items = value.map((sub) => standaloneSchema(doc, sub, refs));
      if (items.includes(undefined)) return undefined;
      out[key] = items;
    } else if (isObject(value) || typeof value === 'boolean') {
      const inlined = standaloneSchema(doc, value, refs);
      if (inlined === undefined) return undefined;
      out[key] = inlined;
    } else out[key] = value;
  }
  const ref = schema['$ref'];
  if (typeof ref !== 'string') return out;
  if (!ref.startsWith('#') || refs.includes(ref)) return undefined;
  const target = standaloneSchema(doc, resolvePointer(doc, decodeURIComponent(ref.slice(1))), [...refs, ref]);
  if (target === undefined) return undefined;
  // 2020-12 lets keywords sit beside $ref; both must hold.
  return Object.keys(out).length === 0 ? target : { allOf: [target], ...out };
}
