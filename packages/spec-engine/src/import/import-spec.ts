import type { ApiDesign, ApiDesignInput, FieldInput, FieldType, Relation } from '../design/api-design.js';
import { fieldSchema } from '../design/api-design.js';
import { DesignValidationError } from '../design/design-validation-error.js';
import { DEFAULT_MAX_LENGTHS, valueProblem } from '../design/field-values.js';
import { reservedFieldNames, reservedIn } from '../design/reserved-words.js';
import { parseDesign } from '../design/validate-design.js';
import {
  MANY_TO_MANY_EXTENSION,
  OWNER_SCOPED_EXTENSION,
  REFERENCES_EXTENSION,
  THROUGH_EXTENSION,
  UNIQUE_EXTENSION,
} from '../openapi/field-schema.js';
import { pointer } from '../openapi/schema-locations.js';
import { isPlural, singularize, toIdentifier } from '../planners/embedded/english.js';
import { flattenAllOf, isObject, jsonBodySchema, refResolver, type Json } from './document-refs.js';
import { readSpec } from './read-spec.js';
import { SpecImportError } from './spec-import-error.js';
import { upgradeToOpenApi31 } from './upgrade-openapi.js';

/** Something in the spec the design cannot hold, and why. `path` is a JSON pointer into the spec. */
export interface UnmappedItem {
  readonly path: string;
  readonly reason: string;
}

/** A route that is not CRUD on a resource; scaffolders stub it with 501 and a typed handler to fill. */
export interface CustomOperation {
  readonly method: string;
  readonly path: string;
  readonly operationId?: string;
  readonly summary?: string;
}

export interface ImportResult {
  readonly design: ApiDesign;
  /** The spec upgraded to OpenAPI 3.1 (a copy), for custom operations and docs. */
  readonly document: Record<string, unknown>;
  readonly report: { readonly unmapped: UnmappedItem[]; readonly customOperations: CustomOperation[] };
}

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
const implicit = new Set(['id', 'created_at', 'updated_at']);

interface ResourceDraft {
  name: string;
  plural: string;
  description?: string;
  fields: FieldInput[];
}

interface Crud {
  segment: string;
  collection?: string;
  item?: string;
  ops: Map<string, Json>; // list/create/get/update/delete → operation
}

/**
 * Imports an OpenAPI 3.0 or 3.1 document (YAML or JSON text, or an object) as an ApiDesign: `/things`
 * and `/things/{id}` routes become resources whose fields come from their JSON bodies,
 * `/parents/{id}/children` lists become belongs-to relations, security schemes become auth. Every
 * other route is kept as a custom operation and everything else the design cannot hold is listed in
 * `report.unmapped`: nothing is dropped silently. Throws `SpecImportError` for unreadable input.
 */
export function importSpec(input: string | object): ImportResult {
  const doc = upgradeToOpenApi31(readSpec(input));
  const unmapped: UnmappedItem[] = [];
  const customOperations: CustomOperation[] = [];
  const note = (path: string, reason: string) => unmapped.push({ path, reason });
  const resolve = refResolver(doc);

  // 1. Group CRUD-shaped routes by their first segment.
  const paths = isObject(doc['paths']) ? doc['paths'] : {};
  const cruds = new Map<string, Crud>();
  const crudOf = (segment: string) => {
    let crud = cruds.get(segment);
    if (crud === undefined) cruds.set(segment, (crud = { segment, ops: new Map() }));
    return crud;
  };
  const nested: { template: string; parent: string; child: string; op: Json }[] = [];
  const linkedLists: Json[] = [];
  const leftovers: { template: string; method: string; op: Json }[] = [];
  for (const [template, rawItem] of Object.entries(paths)) {
    const item = resolve(rawItem);
    if (!isObject(item)) continue;
    const collection = /^\/([A-Za-z][\w-]*)$/.exec(template);
    const single = /^\/([A-Za-z][\w-]*)\/\{[^}/]+\}$/.exec(template);
    const child = /^\/([A-Za-z][\w-]*)\/\{[^}/]+\}\/([A-Za-z][\w-]*)$/.exec(template);
    for (const method of methods) {
      const op = item[method];
      if (!isObject(op)) continue;
      const kind =
        collection && method === 'get'
          ? 'list'
          : collection && method === 'post'
            ? 'create'
            : single && method === 'get'
              ? 'get'
              : single && (method === 'patch' || method === 'put')
                ? 'update'
                : single && method === 'delete'
                  ? 'delete'
                  : undefined;
      if (kind !== undefined) {
        const crud = crudOf((collection ?? single)![1]!);
        if (collection) crud.collection = template;
        else crud.item = template;
        if (crud.ops.has(kind)) leftovers.push({ template, method, op });
        else crud.ops.set(kind, op);
        if (kind === 'update' && method === 'put')
          note(pointer('paths', template, method), 'PUT (replace) is imported as PATCH (merge) update');
      } else if (child && method === 'get' && item[THROUGH_EXTENSION] !== undefined) {
        // A many-to-many route compileOpenApi made: the link comes back from the join's x-many-to-many.
        linkedLists.push(op);
      } else if (child && method === 'get')
        nested.push({ template, parent: child[1]!, child: child[2]!, op });
      else leftovers.push({ template, method, op });
    }
  }

  // 2. Each group becomes a resource with fields read from its bodies.
  const resources: ResourceDraft[] = [];
  const bySegment = new Map<string, string>();
  const usedSchemas = new Set<string>();
  // Follows every local $ref, so schemas reached through shared responses or parameters count as used.
  const followed = new Set<string>();
  const collectRefs = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(collectRefs);
    if (!isObject(value)) return;
    const ref = value['$ref'];
    if (typeof ref === 'string' && ref.startsWith('#/') && !followed.has(ref)) {
      followed.add(ref);
      if (ref.startsWith('#/components/schemas/'))
        usedSchemas.add(decodeURIComponent(ref.slice('#/components/schemas/'.length)));
      collectRefs(resolve(value));
    }
    for (const child of Object.values(value)) collectRefs(child);
  };
  let maxPageSize: number | undefined;
  // Join resources compileOpenApi marked with the two resources they pair: many-to-many links again.
  const pairs: { through: string; ends: [string, string] }[] = [];
  for (const crud of inTagOrder(cruds.values(), doc)) {
    const plural = uniqueIdentifier(
      toIdentifier([crud.segment.replace(/([a-z0-9])([A-Z])/g, '$1_$2')]),
      resources.map((r) => r.plural),
    );
    if (plural === '') continue;
    const head = plural.split('_').at(-1)!;
    let name = [...plural.split('_').slice(0, -1), isPlural(head) ? singularize(head) : head].join('_');
    if (name === plural) name = `${plural}_item`;
    const base = crud.item ?? crud.collection!;
    for (const op of crud.ops.values()) collectRefs(op);
    const { read, create } = bodySchemas(crud, resolve);
    const fields = readFields(name, read, create, resolve, (p, r) =>
      note(`${pointer('paths', base)}${p}`, r),
    );
    if (fields.length === 0) {
      note(
        pointer('paths', base),
        `no JSON body describes ${plural}; the design gives it a placeholder "name" field`,
      );
      fields.push({ name: 'name', type: 'string' });
    }
    const description =
      isObject(read) &&
      typeof read['description'] === 'string' &&
      read['description'] !== `A ${name.replaceAll('_', ' ')}.`
        ? read['description'].slice(0, 500)
        : undefined;
    // Rows that belong to their creator, as compileOpenApi marks them (only meaningful behind auth).
    const owned = isObject(paths[base]) && (paths[base] as Json)[OWNER_SCOPED_EXTENSION] === true;
    resources.push({
      name,
      plural,
      fields,
      ...(description ? { description } : {}),
      ...(owned && Array.isArray(doc['security']) && doc['security'].length > 0
        ? { ownership: 'owner' as const }
        : {}),
    });
    bySegment.set(crud.segment, name);
    const pair = isObject(read) ? read[MANY_TO_MANY_EXTENSION] : undefined;
    if (Array.isArray(pair) && pair.length === 2 && pair.every(isSchemaName))
      pairs.push({ through: name, ends: [snakeCase(pair[0]!), snakeCase(pair[1]!)] });
    const limit = listLimit(crud.ops.get('list'), resolve);
    if (limit !== undefined) maxPageSize = Math.max(maxPageSize ?? 0, limit);
  }

  // 3. Nested lists between two resources are belongs-to links; references by `<parent>_id` too.
  const names = new Set(resources.map((r) => r.name));
  for (const resource of resources) {
    for (const field of resource.fields) {
      if (field.type === 'reference') {
        const target = field.references ?? '';
        if (!names.has(target)) {
          field.type = 'uuid';
          delete field.references;
          note(
            `#/components/schemas (${resource.name}.${field.name})`,
            `links to ${target}, which is not a resource here`,
          );
        } else if (field.description === `id of the ${target.replaceAll('_', ' ')}`) delete field.description;
        continue;
      }
      // `<self>_id` on the resource itself is its own key as the contract names it, never a link to itself.
      const target = field.name.endsWith('_id') ? field.name.slice(0, -3) : undefined;
      if (
        target !== undefined &&
        target !== resource.name &&
        names.has(target) &&
        (field.type === 'uuid' || field.type === 'string')
      ) {
        field.type = 'reference';
        field.references = target;
        delete field.maxLength;
        if (field.description === `id of the ${target.replaceAll('_', ' ')}`) delete field.description;
      }
      if (field.name === 'owner_id' && field.references !== 'owner')
        field.name = `${resource.name}_owner_id`.slice(0, 63);
    }
  }
  const relations: Relation[] = [];
  for (const link of nested) {
    const parent = bySegment.get(link.parent);
    const child = bySegment.get(link.child);
    if (parent === undefined || child === undefined) {
      leftovers.push({ template: link.template, method: 'get', op: link.op });
      continue;
    }
    collectRefs(link.op);
    const childResource = resources.find((r) => r.name === child)!;
    const field = childResource.fields.find((f) => f.type === 'reference' && f.references === parent);
    relations.push({
      kind: 'belongs-to',
      from: child,
      to: parent,
      field: field?.name ?? `${parent}_id`,
      required: field?.required ?? false,
    });
  }
  for (const { through, ends } of pairs) {
    const [from, to] = ends;
    if (from !== to && names.has(from) && names.has(to))
      relations.push({ kind: 'many-to-many', from, to, through, required: false });
  }
  for (const { template, method, op } of leftovers) {
    customOperations.push({
      method: method.toUpperCase(),
      path: template,
      ...(typeof op['operationId'] === 'string' ? { operationId: op['operationId'] } : {}),
      ...(typeof op['summary'] === 'string' ? { summary: op['summary'] } : {}),
    });
  }
  for (const [template, rawItem] of Object.entries(paths)) {
    const item = resolve(rawItem);
    for (const method of methods)
      if (isObject(item) && isObject(item[method]) && isObject((item[method] as Json)['callbacks']))
        note(pointer('paths', template, method, 'callbacks'), 'callbacks are not part of a design');
  }

  // 4. What is left: schemas no route uses, webhooks, auth the design cannot express.
  const schemas =
    isObject(doc['components']) && isObject(doc['components']['schemas']) ? doc['components']['schemas'] : {};
  for (const op of leftovers) collectRefs(op.op);
  for (const op of linkedLists) collectRefs(op);
  for (const name of Object.keys(schemas))
    if (!usedSchemas.has(name)) note(pointer('components', 'schemas', name), 'no route uses this schema');
  if (isObject(doc['webhooks']))
    for (const name of Object.keys(doc['webhooks']))
      note(pointer('webhooks', name), 'webhooks are not part of a design');
  const auth = readAuth(doc, note);
  const info = isObject(doc['info']) ? doc['info'] : {};
  const title =
    typeof info['title'] === 'string' && info['title'].trim() !== ''
      ? info['title'].trim().slice(0, 120)
      : 'Imported API';
  let version = typeof info['version'] === 'string' ? info['version'] : '1.0.0';
  if (!/^\d+\.\d+\.\d+$/.test(version)) {
    note('/info/version', `"${version}" is not a semantic version; the design uses 1.0.0`);
    version = '1.0.0';
  }
  const infoDescription = typeof info['description'] === 'string' ? info['description'].trim() : '';
  if (resources.length === 0)
    throw new SpecImportError(
      'import_unmappable',
      'The spec has no CRUD-shaped routes (/things and /things/{id}) to make resources from.',
      {
        location: '/paths',
        details: { customOperations },
      },
    );
  const draft: ApiDesignInput = {
    name:
      toIdentifier(title.replace(/\bapi\b/gi, '').split(/\s+/))
        .replaceAll('_', '-')
        .slice(0, 60) || 'imported-api',
    title,
    version,
    description: infoDescription === title ? '' : infoDescription.slice(0, 2000),
    resources,
    relations,
    auth,
    options: maxPageSize !== undefined && maxPageSize <= 1000 ? { maxPageSize } : {},
  };
  try {
    return { design: parseDesign(draft), document: doc, report: { unmapped, customOperations } };
  } catch (error) {
    if (error instanceof DesignValidationError)
      throw new SpecImportError(
        'import_unmappable',
        `The spec maps to a design with problems: ${error.message}`,
        { cause: error, details: { issues: error.issues } },
      );
    throw error;
  }
}

/**
 * Resource groups in the order of the document's top-level tags (the order the API's author gave
 * its resources; path keys are often sorted), groups without a listed tag last in path order.
 */
function inTagOrder(cruds: Iterable<Crud>, doc: Json): Crud[] {
  const tags = Array.isArray(doc['tags']) ? doc['tags'] : [];
  const rank = new Map(tags.map((tag, i) => [isObject(tag) ? tag['name'] : undefined, i]));
  const rankOf = (crud: Crud) => {
    const ranks = [...crud.ops.values()].flatMap((op) =>
      Array.isArray(op['tags']) ? op['tags'].map((t) => rank.get(t) ?? Infinity) : [],
    );
    return Math.min(Infinity, ...ranks);
  };
  const ranked = [...cruds].map((crud) => ({ crud, rank: rankOf(crud) }));
  return ranked.sort((a, b) => (a.rank === b.rank ? 0 : a.rank < b.rank ? -1 : 1)).map((r) => r.crud);
}

/** The read model (item GET, create response, or list items) and the create body of a resource. */
function bodySchemas(crud: Crud, resolve: (v: unknown) => unknown): { read?: Json; create?: Json } {
  const response = (op: Json | undefined, codes: string[]) => {
    const responses = isObject(op?.['responses']) ? (op['responses'] as Json) : {};
    for (const code of codes) {
      const schema = jsonBodySchema(responses[code], resolve);
      if (schema) return schema;
    }
    return undefined;
  };
  let read = response(crud.ops.get('get'), ['200']) ?? response(crud.ops.get('create'), ['201', '200']);
  if (read === undefined) {
    // jsonBodySchema merges allOf, so a generic `{data, links}` wrapper refined per list reads as one object.
    const list = response(crud.ops.get('list'), ['200']);
    const data = isObject(list?.['properties']) ? resolve((list['properties'] as Json)['data']) : undefined;
    const items = resolve((list?.['type'] === 'array' ? list : (data as Json | undefined))?.['items']);
    read = isObject(items) ? items : undefined;
  }
  const create = jsonBodySchema(crud.ops.get('create')?.['requestBody'], resolve);
  return { read: read && flattenAllOf(read, resolve), create: create && flattenAllOf(create, resolve) };
}

function snake(name: string): string {
  return toIdentifier([name.replace(/([a-z0-9])([A-Z])/g, '$1_$2')]);
}

function uniqueIdentifier(name: string, taken: readonly string[]): string {
  let candidate = name;
  for (let i = 2; taken.includes(candidate); i++) candidate = `${name}_${i}`;
  return candidate;
}

/** Fields from the read model's properties; required and read-only come from the create body when there is one. */
function readFields(
  resource: string,
  read: Json | undefined,
  create: Json | undefined,
  resolve: (v: unknown) => unknown,
  note: (path: string, reason: string) => void,
): FieldInput[] {
  const source = read ?? create;
  if (!isObject(source?.['properties'])) return [];
  const properties = source['properties'] as Json;
  const createProperties = isObject(create?.['properties']) ? (create['properties'] as Json) : undefined;
  const required = new Set(
    (Array.isArray((create ?? source)['required']) ? (create ?? source)['required'] : []) as unknown[],
  );
  const fields: FieldInput[] = [];
  for (const [property, raw] of Object.entries(properties)) {
    let name = snake(property);
    if (implicit.has(name)) {
      const schema = resolve(raw);
      const type = isObject(schema) ? schema['type'] : undefined;
      if (name === 'id' && !(type === 'string' && isObject(schema) && schema['format'] === 'uuid'))
        note('', `${resource}.id is ${JSON.stringify(type ?? 'untyped')}; designs always use UUID ids`);
      continue;
    }
    if (name === '' || fields.some((f) => f.name === name)) {
      note('', `${resource}.${property} has no usable distinct name`);
      continue;
    }
    // owner_id is reserved for ownership unless it is the link to an `owner` resource; decided once links are known.
    if (name !== 'owner_id' && (reservedFieldNames.has(name) || reservedIn(name).length > 0))
      name = `${resource}_${name}`.slice(0, 63);
    const schema = resolve(raw);
    const field = toField(name, isObject(schema) ? schema : {});
    if (field.type === 'json' && !isObject(schema))
      note('', `${resource}.${property} has no schema; imported as json`);
    if (required.has(property)) field.required = true;
    if (createProperties !== undefined && !(property in createProperties)) field.readOnly = true;
    else if (isObject(schema) && schema['readOnly'] === true) field.readOnly = true;
    fields.push(field);
  }
  return fields;
}

const formatTypes: Record<string, FieldType> = {
  email: 'email',
  uri: 'url',
  url: 'url',
  uuid: 'uuid',
  date: 'date',
  'date-time': 'datetime',
};

function toField(name: string, schema: Json): FieldInput {
  const types = (Array.isArray(schema['type']) ? schema['type'] : [schema['type']]).filter(
    (t) => t !== undefined && t !== 'null',
  );
  const enumValues = Array.isArray(schema['enum']) ? schema['enum'].filter((v) => v !== null) : undefined;
  let type: FieldType = 'json';
  if (types.length === 2 && types.includes('object') && types.includes('array')) type = 'json';
  else if (
    enumValues !== undefined &&
    enumValues.length > 0 &&
    enumValues.every((v) => typeof v === 'string') &&
    (types.length === 0 || types[0] === 'string')
  )
    type = 'enum';
  else if (types[0] === 'string')
    // Unbounded, or bounded by text's default limit, reads as free text; any other bound as a string.
    type =
      formatTypes[String(schema['format'])] ??
      (schema['maxLength'] === undefined || schema['maxLength'] === DEFAULT_MAX_LENGTHS.text
        ? 'text'
        : 'string');
  else if (types[0] === 'integer' || types[0] === 'number' || types[0] === 'boolean') type = types[0];
  const field: FieldInput = { name, type };
  if (type === 'enum')
    field.enumValues = [...new Set((enumValues as string[]).filter((v) => v.length > 0 && v.length <= 100))];
  const copyNumber = (key: 'minimum' | 'maximum') => {
    if ((type === 'integer' || type === 'number') && typeof schema[key] === 'number')
      field[key] = schema[key];
  };
  copyNumber('minimum');
  copyNumber('maximum');
  if (['string', 'text'].includes(type)) {
    if (Number.isInteger(schema['minLength']) && (schema['minLength'] as number) >= 0)
      field.minLength = schema['minLength'] as number;
    if (
      Number.isInteger(schema['maxLength']) &&
      (schema['maxLength'] as number) > 0 &&
      schema['maxLength'] !== DEFAULT_MAX_LENGTHS[type]
    )
      field.maxLength = schema['maxLength'] as number;
    if (
      typeof schema['pattern'] === 'string' &&
      schema['pattern'].length <= 500 &&
      compiles(schema['pattern'])
    )
      field.pattern = schema['pattern'];
  }
  if (typeof schema['description'] === 'string') field.description = schema['description'].slice(0, 500);
  if (schema[UNIQUE_EXTENSION] === true) field.unique = true;
  // A link whose name does not follow `<parent>_id` says whom it points to (checked once links are known).
  const referenced = schema[REFERENCES_EXTENSION];
  if (type === 'uuid' && isSchemaName(referenced)) {
    field.type = 'reference';
    field.references = snakeCase(referenced);
  }
  // Values the design's own checks reject are left out rather than failing the import.
  const parsed = fieldSchema.safeParse(field);
  if (parsed.success) {
    if (
      schema['default'] !== undefined &&
      schema['default'] !== null &&
      valueProblem(parsed.data, schema['default']) === undefined
    )
      field.default = schema['default'] as FieldInput['default'];
    const example = Array.isArray(schema['examples']) ? schema['examples'][0] : schema['example'];
    if (example !== undefined && example !== null && valueProblem(parsed.data, example) === undefined)
      field.example = example;
  }
  return field;
}

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

function listLimit(op: Json | undefined, resolve: (v: unknown) => unknown): number | undefined {
  const parameters = Array.isArray(op?.['parameters']) ? (op['parameters'] as unknown[]) : [];
  for (const raw of parameters) {
    const p = resolve(raw);
    if (isObject(p) && p['name'] === 'limit' && p['in'] === 'query') {
      const max = isObject(p['schema']) ? p['schema']['maximum'] : undefined;
      if (Number.isInteger(max) && (max as number) >= 1) return max as number;
    }
  }
  return undefined;
}

function readAuth(doc: Json, note: (path: string, reason: string) => void): ApiDesignInput['auth'] {
  const schemes =
    isObject(doc['components']) && isObject(doc['components']['securitySchemes'])
      ? doc['components']['securitySchemes']
      : {};
  let auth: ApiDesignInput['auth'] = { type: 'none' };
  for (const [name, scheme] of Object.entries(schemes)) {
    const at = pointer('components', 'securitySchemes', name);
    if (!isObject(scheme)) continue;
    const mapped: ApiDesignInput['auth'] | undefined =
      scheme['type'] === 'apiKey'
        ? {
            type: 'api-key',
            ...(scheme['in'] === 'header' &&
            typeof scheme['name'] === 'string' &&
            /^[A-Za-z][A-Za-z0-9-]{0,63}$/.test(scheme['name'])
              ? { apiKeyHeader: scheme['name'] }
              : {}),
          }
        : (scheme['type'] === 'http' && String(scheme['scheme']).toLowerCase() === 'bearer') ||
            scheme['type'] === 'oauth2' ||
            scheme['type'] === 'openIdConnect'
          ? { type: 'bearer-jwt' }
          : undefined;
    if (mapped === undefined)
      note(at, `security scheme type ${JSON.stringify(scheme['type'])} has no design equivalent`);
    else if (auth.type !== 'none') note(at, `only one auth scheme is kept (${auth.type})`);
    else {
      auth = mapped;
      if (scheme['type'] === 'apiKey' && scheme['in'] !== 'header')
        note(at, 'API keys are read from a header, not the query or a cookie');
      if (scheme['type'] === 'oauth2' || scheme['type'] === 'openIdConnect')
        note(at, `${String(scheme['type'])} is imported as bearer JWT; flows and scopes are not kept`);
    }
  }
  return auth;
}

/** A schema name as compileOpenApi writes one (`PetOwner`), so it maps back to a resource name. */
function isSchemaName(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Z][A-Za-z0-9]{0,62}$/.test(value);
}

/** `PetOwner` → `pet_owner`: a schema name back to the resource it names. */
function snakeCase(schemaName: string): string {
  return schemaName.replace(/(?<!^)([A-Z])/g, '_$1').toLowerCase();
}
