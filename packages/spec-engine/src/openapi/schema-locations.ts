/** Where schemas and examples sit in an OpenAPI 3.1 document, as JSON pointers. */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const escape = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1');
export const pointer = (...parts: (string | number)[]) => parts.map((p) => `/${escape(String(p))}`).join('');

export interface SchemaLocation {
  readonly path: string;
  readonly schema: Json;
}

/** An example value and the pointer of the schema it must satisfy. */
export interface ExampleLocation {
  readonly path: string;
  readonly value: unknown;
  readonly schemaPath: string;
}

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Every top-level schema: components, parameters, headers, request and response bodies (refs skipped). */
export function schemaLocations(doc: Json): SchemaLocation[] {
  const found: SchemaLocation[] = [];
  const addSchema = (value: unknown, path: string) => {
    if (isObject(value) || typeof value === 'boolean') found.push({ path, schema: value as Json });
  };
  const media = (content: unknown, path: string) => {
    if (!isObject(content)) return;
    for (const [type, item] of Object.entries(content))
      if (isObject(item)) addSchema(item['schema'], `${path}${pointer(type, 'schema')}`);
  };
  const withSchema = (holder: unknown, path: string) => {
    if (!isObject(holder) || '$ref' in holder) return;
    addSchema(holder['schema'], `${path}/schema`);
    media(holder['content'], `${path}/content`);
  };
  const response = (value: unknown, path: string) => {
    if (!isObject(value) || '$ref' in value) return;
    media(value['content'], `${path}/content`);
    if (isObject(value['headers']))
      for (const [name, h] of Object.entries(value['headers']))
        withSchema(h, `${path}${pointer('headers', name)}`);
  };
  const operation = (op: unknown, path: string) => {
    if (!isObject(op)) return;
    if (Array.isArray(op['parameters']))
      op['parameters'].forEach((p, i) => withSchema(p, `${path}/parameters/${i}`));
    const body = op['requestBody'];
    if (isObject(body) && !('$ref' in body)) media(body['content'], `${path}/requestBody/content`);
    if (isObject(op['responses']))
      for (const [code, r] of Object.entries(op['responses']))
        response(r, `${path}${pointer('responses', code)}`);
    if (isObject(op['callbacks'])) {
      for (const [name, callback] of Object.entries(op['callbacks'])) {
        if (isObject(callback))
          for (const [expr, item] of Object.entries(callback))
            pathItem(item, `${path}${pointer('callbacks', name, expr)}`);
      }
    }
  };
  const pathItem = (item: unknown, path: string) => {
    if (!isObject(item)) return;
    if (Array.isArray(item['parameters']))
      item['parameters'].forEach((p, i) => withSchema(p, `${path}/parameters/${i}`));
    for (const method of methods) operation(item[method], `${path}/${method}`);
  };
  for (const key of ['paths', 'webhooks']) {
    const items = doc[key];
    if (isObject(items)) for (const [name, item] of Object.entries(items)) pathItem(item, pointer(key, name));
  }
  const components = isObject(doc['components']) ? doc['components'] : {};
  const each = (key: string, visit: (value: unknown, path: string) => void) => {
    const group = components[key];
    if (isObject(group))
      for (const [name, value] of Object.entries(group)) visit(value, pointer('components', key, name));
  };
  each('schemas', addSchema);
  each('parameters', withSchema);
  each('headers', withSchema);
  each('responses', response);
  each('requestBodies', (value, path) => isObject(value) && media(value['content'], `${path}/content`));
  each('pathItems', pathItem);
  return found;
}

const subschemaKeys = [
  'items',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'additionalProperties',
  'propertyNames',
  'unevaluatedItems',
  'unevaluatedProperties',
];
const subschemaArrays = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const subschemaMaps = ['properties', 'patternProperties', '$defs', 'dependentSchemas'];

/** Examples inside a schema and its subschemas (`examples` arrays and OpenAPI's `example`). */
export function schemaExamples(
  schema: unknown,
  path: string,
  out: ExampleLocation[] = [],
): ExampleLocation[] {
  if (!isObject(schema)) return out;
  if (Array.isArray(schema['examples'])) {
    schema['examples'].forEach((value, i) =>
      out.push({ path: `${path}/examples/${i}`, value, schemaPath: path }),
    );
  }
  if ('example' in schema) out.push({ path: `${path}/example`, value: schema['example'], schemaPath: path });
  for (const key of subschemaKeys) schemaExamples(schema[key], `${path}/${key}`, out);
  for (const key of subschemaArrays) {
    const list = schema[key];
    if (Array.isArray(list)) list.forEach((sub, i) => schemaExamples(sub, `${path}/${key}/${i}`, out));
  }
  for (const key of subschemaMaps) {
    const map = schema[key];
    if (isObject(map))
      for (const [name, sub] of Object.entries(map)) schemaExamples(sub, `${path}${pointer(key, name)}`, out);
  }
  return out;
}

/** Examples on parameters, headers and media types: `example` or `examples.<name>.value` beside `schema`. */
export function holderExamples(doc: Json, schemas: SchemaLocation[]): ExampleLocation[] {
  const out: ExampleLocation[] = [];
  for (const { path } of schemas) {
    if (!path.endsWith('/schema')) continue;
    const holderPath = path.slice(0, -'/schema'.length);
    const holder = resolvePointer(doc, holderPath);
    if (!isObject(holder)) continue;
    if ('example' in holder)
      out.push({ path: `${holderPath}/example`, value: holder['example'], schemaPath: path });
    if (isObject(holder['examples'])) {
      for (const [name, example] of Object.entries(holder['examples'])) {
        if (isObject(example) && 'value' in example)
          out.push({
            path: `${holderPath}${pointer('examples', name, 'value')}`,
            value: example['value'],
            schemaPath: path,
          });
      }
    }
  }
  return out;
}

export function resolvePointer(doc: unknown, path: string): unknown {
  if (path === '') return doc;
  let current: unknown = doc;
  for (const raw of path.slice(1).split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (Array.isArray(current)) current = current[Number(key)];
    else if (isObject(current) && Object.hasOwn(current, key)) current = current[key];
    else return undefined;
  }
  return current;
}

/** Every local `$ref` in the document that points nowhere. */
export function unresolvedRefs(doc: Json): { path: string; ref: string }[] {
  const out: { path: string; ref: string }[] = [];
  const visit = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, `${path}/${i}`));
    else if (isObject(value)) {
      const ref = value['$ref'];
      if (
        typeof ref === 'string' &&
        ref.startsWith('#') &&
        resolvePointer(doc, decodeURIComponent(ref.slice(1))) === undefined
      ) {
        out.push({ path: `${path}/$ref`, ref });
      }
      for (const [key, child] of Object.entries(value))
        if (key !== 'example' && key !== 'examples') visit(child, `${path}${pointer(key)}`);
    }
  };
  visit(doc, '');
  return out;
}
