import { yaml } from './yaml.js';

/** Keys whose objects are maps (names chosen by the author), not OpenAPI structures. */
const mapKeys = new Set([
  'paths',
  'schemas',
  'responses',
  'parameters',
  'examples',
  'requestBodies',
  'headers',
  'securitySchemes',
  'links',
  'callbacks',
  'pathItems',
  'webhooks',
  'content',
  'encoding',
  'variables',
  'mapping',
  '$defs',
  'patternProperties',
  'dependentSchemas',
  'scopes',
]);
/** Keys whose values are data, copied as they are (an example's key order is the author's). */
const valueKeys = new Set([
  'example',
  'examples',
  'default',
  'const',
  'enum',
  'value',
  'required',
  'security',
]);

/** OpenAPI and JSON Schema keys in reading order; others follow alphabetically, extensions last. */
const keyOrder = [
  'openapi',
  'jsonSchemaDialect',
  'info',
  'servers',
  'security',
  'operationId',
  'tags',
  'paths',
  'webhooks',
  'components',
  'name',
  'in',
  'title',
  'version',
  'summary',
  'description',
  'termsOfService',
  'contact',
  'license',
  'url',
  'email',
  'required',
  'deprecated',
  'parameters',
  'requestBody',
  'responses',
  'callbacks',
  '$ref',
  '$id',
  '$schema',
  'type',
  'format',
  'enum',
  'const',
  'properties',
  'items',
  'additionalProperties',
  'minProperties',
  'maxProperties',
  'minimum',
  'exclusiveMinimum',
  'maximum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'pattern',
  'minItems',
  'maxItems',
  'uniqueItems',
  'readOnly',
  'writeOnly',
  'default',
  'headers',
  'schema',
  'content',
  'example',
  'examples',
  'scheme',
  'bearerFormat',
  'flows',
];
const rank = new Map(keyOrder.map((key, index) => [key, index]));

function compareKeys(a: string, b: string): number {
  const ra = rank.get(a) ?? (a.startsWith('x-') ? Infinity : keyOrder.length);
  const rb = rank.get(b) ?? (b.startsWith('x-') ? Infinity : keyOrder.length);
  return ra - rb || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * Returns a copy with a canonical key order, so equal documents serialise to equal bytes however they
 * were built. Map keys sort alphabetically, except schema `properties`, whose order is the author's.
 */
export function canonicalize(
  value: unknown,
  context: 'structure' | 'map' | 'properties' = 'structure',
): unknown {
  if (Array.isArray(value)) return value.map((item) => canonicalize(item));
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value);
  if (context === 'map') entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  else if (context === 'structure') entries.sort(([a], [b]) => compareKeys(a, b));
  return Object.fromEntries(
    entries.map(([key, child]) => {
      if (context !== 'structure') return [key, canonicalize(child)];
      if (valueKeys.has(key) && (key !== 'examples' || Array.isArray(child))) return [key, child];
      if (key === 'properties') return [key, canonicalize(child, 'properties')];
      return [key, canonicalize(child, mapKeys.has(key) ? 'map' : 'structure')];
    }),
  );
}

/** Deterministic YAML: canonical key order, no anchors or aliases, no line folding. */
export function toYaml(doc: object): string {
  return yaml().stringify(canonicalize(doc), { aliasDuplicateObjects: false, lineWidth: 0, indent: 2 });
}

/** Deterministic JSON with the same key order as `toYaml`, two-space indented, newline-terminated. */
export function toJson(doc: object): string {
  return `${JSON.stringify(canonicalize(doc), null, 2)}\n`;
}
