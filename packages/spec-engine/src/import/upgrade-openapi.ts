type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Upgrades an OpenAPI 3.0 document to 3.1 (returns a copy; 3.1 input is returned copied as is): the
 * schema keywords whose meaning changed — `nullable` becomes a `null` type, boolean `exclusiveMinimum`
 * / `exclusiveMaximum` become numbers. `example` stays valid (deprecated) in 3.1 and is kept.
 */
export function upgradeToOpenApi31(doc: Json): Json {
  const copy = structuredClone(doc);
  if (typeof copy['openapi'] !== 'string' || !copy['openapi'].startsWith('3.0')) return copy;
  copy['openapi'] = '3.1.0';
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    if (!isObject(value)) return;
    if (value['nullable'] === true) {
      const type = value['type'];
      if (typeof type === 'string') value['type'] = [type, 'null'];
      if (Array.isArray(value['enum']) && !value['enum'].includes(null))
        value['enum'] = [...value['enum'], null];
    }
    delete value['nullable'];
    for (const [exclusive, bound] of [
      ['exclusiveMinimum', 'minimum'],
      ['exclusiveMaximum', 'maximum'],
    ] as const) {
      if (value[exclusive] === true && typeof value[bound] === 'number') {
        value[exclusive] = value[bound];
        delete value[bound];
      } else if (typeof value[exclusive] === 'boolean') delete value[exclusive];
    }
    for (const [key, child] of Object.entries(value))
      if (key !== 'example' && key !== 'examples') visit(child);
  };
  visit(copy);
  return copy;
}
