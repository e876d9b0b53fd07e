import {
  MANY_TO_MANY_EXTENSION,
  OWNER_SCOPED_EXTENSION,
  THROUGH_EXTENSION,
} from '@smartapiforge/spec-engine';

/** Schema object as found in an OpenAPI 3.1 document (JSON Schema 2020-12). */
export type JsonSchema = Record<string, unknown> & {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  allOf?: JsonSchema[];
  readOnly?: boolean;
  format?: string;
  enum?: unknown[];
  pattern?: string;
  examples?: unknown[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  additionalProperties?: boolean | JsonSchema;
};

export interface ContractParameter {
  readonly name: string;
  readonly in: string;
  readonly required: boolean;
  readonly schema: JsonSchema;
}

export interface ContractResponse {
  /** Media type → schema (unresolved: `$ref`s are validated against the document's components). */
  readonly content: Record<string, JsonSchema | undefined>;
  readonly headers: Record<string, { readonly required: boolean; readonly schema?: JsonSchema }>;
}

/** One operation of the document, with its parameters, body and responses resolved. */
export interface ContractOperation {
  readonly method: string;
  /** The path template, e.g. `/books/{id}`. */
  readonly path: string;
  readonly parameters: ContractParameter[];
  /** The JSON request body's schema, if the operation takes one. */
  readonly requestSchema?: JsonSchema;
  readonly requestRequired: boolean;
  /** Keyed by status code, `1XX`…`5XX` ranges or `default`, as the document declares them. */
  readonly responses: Record<string, ContractResponse>;
  /** Whether calling it needs credentials (operation security, else the document's). */
  readonly secured: boolean;
  /** Whether its rows belong to their creator (the path item's `x-owner-scoped`). */
  readonly ownerScoped: boolean;
  /**
   * The schema name of the join a list reads through (the path item's `x-through`, on
   * `/notes/{id}/tags`): it lists the records the join pairs with one row.
   */
  readonly through?: string;
}

/**
 * A collection the suite can drive end to end: `POST` on `/x` and `GET` on `/x/{key}`, with list,
 * update and delete where the document has them. Nothing here depends on the stack that serves it.
 */
export interface ContractResource {
  /** `/books` */
  readonly collectionPath: string;
  /** `/books/{id}` */
  readonly itemPath: string;
  /** The item path's parameter (`id`) and the record property that fills it. */
  readonly keyParameter: string;
  readonly keyProperty: string;
  readonly create: ContractOperation;
  readonly read: ContractOperation;
  readonly list?: ContractOperation;
  readonly update?: ContractOperation;
  readonly remove?: ContractOperation;
  /** The create body, resolved to an object schema. */
  readonly createSchema: JsonSchema;
  /** The update body, resolved to an object schema. */
  readonly updateSchema?: JsonSchema;
  /** The record as the create response declares it, resolved. */
  readonly readSchema: JsonSchema;
  /** The name of the read schema in `components.schemas`, where it has one. */
  readonly readSchemaName?: string;
  /** The `limit` parameter's maximum, when the list declares one. */
  readonly maxPageSize?: number;
  /** Query parameters of the list other than paging and sorting: equality filters. */
  readonly filters: ContractParameter[];
  /** The `sort` parameter's declared values (`name`, `-name`, …). */
  readonly sortValues: string[];
  readonly ownerScoped: boolean;
  /**
   * A join resource's pair of links (`['note_id', 'tag_id']`), from its read schema's `x-many-to-many`
   * (the two schemas it links): the API stores each pair at most once.
   */
  readonly pair?: readonly [string, string];
}

interface RawOperation {
  parameters?: unknown[];
  requestBody?: unknown;
  responses?: Record<string, unknown>;
  security?: Record<string, unknown>[];
}

export interface OpenApiLike {
  paths?: Record<string, Record<string, unknown> | undefined>;
  components?: {
    schemas?: Record<string, JsonSchema>;
    parameters?: Record<string, unknown>;
    responses?: Record<string, unknown>;
    requestBodies?: Record<string, unknown>;
    headers?: Record<string, unknown>;
    securitySchemes?: Record<string, { type?: string; scheme?: string; in?: string; name?: string }>;
  };
  security?: Record<string, unknown>[];
}

const methods = ['get', 'put', 'post', 'patch', 'delete'] as const;
const pagingParameters = new Set(['limit', 'offset', 'sort', 'cursor', 'page', 'per_page', 'page_size']);
const isJson = (mediaType: string) => /^application\/([\w.-]+\+)?json$/.test(mediaType.split(';')[0]!.trim());

/**
 * Read access to an OpenAPI 3.1 document for black-box checks: every operation, resolved, and the
 * CRUD collections among them. The one place the suite decides what a document means, so the SDK,
 * the tests and spec-first projects all check the same things.
 */
export class ContractDocument {
  readonly operations: ContractOperation[];
  readonly resources: ContractResource[];

  constructor(
    readonly openapi: OpenApiLike,
    extraOwnerScoped: readonly string[] = [],
  ) {
    this.operations = [];
    for (const [path, item] of Object.entries(openapi.paths ?? {})) {
      if (!item) continue;
      const ownerScoped = item[OWNER_SCOPED_EXTENSION] === true || extraOwnerScoped.includes(path);
      const through = typeof item[THROUGH_EXTENSION] === 'string' ? item[THROUGH_EXTENSION] : undefined;
      const shared = (item.parameters as unknown[] | undefined) ?? [];
      for (const method of methods) {
        const raw = item[method] as RawOperation | undefined;
        if (raw) this.operations.push(this.operation(method, path, raw, shared, ownerScoped, through));
      }
    }
    this.resources = this.findResources(extraOwnerScoped);
  }

  /** Follows local `$ref`s (`#/components/...`); undefined where one points nowhere or outside. */
  resolve<T = unknown>(value: unknown, depth = 0): T | undefined {
    const ref = (value as { $ref?: unknown } | undefined)?.$ref;
    if (typeof ref !== 'string') return value as T;
    if (!ref.startsWith('#/') || depth > 20) return undefined;
    let current: unknown = this.openapi;
    for (const raw of ref.slice(2).split('/')) {
      const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
      current = (current as Record<string, unknown> | undefined)?.[key];
    }
    return this.resolve<T>(current, depth + 1);
  }

  /** An object schema with `$ref`s and `allOf` merged: its properties and required names. */
  objectSchema(schema: JsonSchema | undefined): JsonSchema {
    const resolved = this.resolve<JsonSchema>(schema) ?? {};
    if (!resolved.allOf) return resolved;
    const merged: JsonSchema = {
      ...resolved,
      properties: { ...resolved.properties },
      required: [...(resolved.required ?? [])],
    };
    delete merged.allOf;
    for (const part of resolved.allOf.map((item) => this.objectSchema(item))) {
      Object.assign(merged.properties!, part.properties);
      merged.required!.push(...(part.required ?? []));
      if (part.additionalProperties !== undefined) merged.additionalProperties = part.additionalProperties;
    }
    return merged;
  }

  /** The property schemas of an object schema, each resolved. */
  properties(schema: JsonSchema | undefined): [string, JsonSchema][] {
    return Object.entries(this.objectSchema(schema).properties ?? {}).map(([name, property]) => [
      name,
      this.resolve<JsonSchema>(property) ?? {},
    ]);
  }

  find(method: string, path: string): ContractOperation | undefined {
    return this.operations.find((operation) => operation.method === method && operation.path === path);
  }

  /** Whether any operation needs credentials. */
  get secured(): boolean {
    return this.operations.some((operation) => operation.secured);
  }

  /** The request header that carries a caller's credential, from the document's security schemes. */
  credentialHeader(token: string): Record<string, string> {
    for (const scheme of Object.values(this.openapi.components?.securitySchemes ?? {})) {
      if (scheme.type === 'http' && scheme.scheme?.toLowerCase() === 'bearer')
        return { authorization: `Bearer ${token}` };
      if (scheme.type === 'apiKey' && scheme.in === 'header' && scheme.name)
        return { [scheme.name.toLowerCase()]: token };
    }
    return { authorization: `Bearer ${token}` };
  }

  private operation(
    method: string,
    path: string,
    raw: RawOperation,
    shared: unknown[],
    ownerScoped: boolean,
    through: string | undefined,
  ): ContractOperation {
    const parameters = new Map<string, ContractParameter>();
    for (const entry of [...shared, ...(raw.parameters ?? [])]) {
      const parameter = this.resolve<{ name?: string; in?: string; required?: boolean; schema?: JsonSchema }>(
        entry,
      );
      if (!parameter?.name || !parameter.in) continue;
      parameters.set(`${parameter.in}:${parameter.name}`, {
        name: parameter.name,
        in: parameter.in,
        required: parameter.required === true || parameter.in === 'path',
        schema: this.resolve<JsonSchema>(parameter.schema) ?? {},
      });
    }
    const body = this.resolve<{ required?: boolean; content?: Record<string, { schema?: JsonSchema }> }>(
      raw.requestBody,
    );
    const jsonBody = Object.entries(body?.content ?? {}).find(([type]) => isJson(type))?.[1];
    const responses: Record<string, ContractResponse> = {};
    for (const [status, entry] of Object.entries(raw.responses ?? {})) {
      const response = this.resolve<{
        content?: Record<string, { schema?: JsonSchema }>;
        headers?: Record<string, unknown>;
      }>(entry);
      const headers: ContractResponse['headers'] = {};
      for (const [name, header] of Object.entries(response?.headers ?? {})) {
        const resolved = this.resolve<{ required?: boolean; schema?: JsonSchema }>(header);
        headers[name.toLowerCase()] = {
          required: resolved?.required === true,
          ...(resolved?.schema ? { schema: resolved.schema } : {}),
        };
      }
      responses[status.toUpperCase()] = {
        content: Object.fromEntries(
          Object.entries(response?.content ?? {}).map(([type, media]) => [type, media?.schema]),
        ),
        headers,
      };
    }
    const security = raw.security ?? this.openapi.security ?? [];
    // An empty requirement ({}) among the alternatives makes credentials optional.
    const secured =
      security.length > 0 && security.every((requirement) => Object.keys(requirement).length > 0);
    return {
      method,
      path,
      parameters: [...parameters.values()],
      ...(jsonBody?.schema ? { requestSchema: jsonBody.schema } : {}),
      requestRequired: body?.required === true,
      responses,
      secured,
      ownerScoped,
      ...(through === undefined ? {} : { through }),
    };
  }

  /** The record property that fills the item path's parameter: its namesake, also inside a `{ "article": {…} }` wrapper. */
  private keyPropertyOf(readSchema: JsonSchema, keyParameter: string): string {
    if (readSchema.properties?.[keyParameter]) return keyParameter;
    const wrapped = this.properties(readSchema).filter(([, schema]) => this.objectSchema(schema).properties);
    if (wrapped.length === 1 && this.objectSchema(wrapped[0]![1]).properties?.[keyParameter])
      return keyParameter;
    return 'id';
  }

  /**
   * The create properties that link to the two schemas a join's `x-many-to-many` names: by their
   * `x-references`, else by name (`Note` → `note_id`); undefined unless both are found.
   */
  private pairOf(readSchema: JsonSchema, createSchema: JsonSchema): [string, string] | undefined {
    const linked = readSchema[MANY_TO_MANY_EXTENSION];
    if (!Array.isArray(linked) || linked.length !== 2) return undefined;
    const properties = this.properties(createSchema);
    const fields = linked.map((schemaName: unknown) => {
      if (typeof schemaName !== 'string') return undefined;
      const byName = `${schemaName.replace(/(?<=[a-z0-9])(?=[A-Z])/g, '_').toLowerCase()}_id`;
      return (
        properties.find(([, schema]) => schema['x-references'] === schemaName)?.[0] ??
        properties.find(([name]) => name === byName)?.[0]
      );
    });
    const [from, to] = fields;
    return from && to && from !== to ? [from, to] : undefined;
  }

  private findResources(extraOwnerScoped: readonly string[]): ContractResource[] {
    const resources: ContractResource[] = [];
    for (const create of this.operations.filter((operation) => operation.method === 'post')) {
      const collectionPath = create.path;
      const read = this.operations.find(
        (operation) =>
          operation.method === 'get' &&
          new RegExp(`^${escapeRegExp(collectionPath)}/\\{[^/}]+\\}$`).test(operation.path),
      );
      if (!read || !create.requestSchema) continue;
      const itemPath = read.path;
      const keyParameter = itemPath.slice(collectionPath.length + 2, -1);
      const created = successSchema(create, ['201', '200']);
      if (!created) continue;
      const readSchema = this.objectSchema(created);
      const keyProperty = this.keyPropertyOf(readSchema, keyParameter);
      const list = this.find('get', collectionPath);
      const update = this.find('patch', itemPath);
      const listParameters = (list?.parameters ?? []).filter((parameter) => parameter.in === 'query');
      const limit = listParameters.find((parameter) => parameter.name === 'limit');
      const sort = listParameters.find((parameter) => parameter.name === 'sort');
      const createdRef = created.$ref;
      const createSchema = this.objectSchema(create.requestSchema);
      const pair = this.pairOf(readSchema, createSchema);
      resources.push({
        collectionPath,
        itemPath,
        keyParameter,
        keyProperty,
        create,
        read,
        ...(list ? { list } : {}),
        ...(update ? { update } : {}),
        ...(this.find('delete', itemPath) ? { remove: this.find('delete', itemPath)! } : {}),
        createSchema,
        ...(update?.requestSchema ? { updateSchema: this.objectSchema(update.requestSchema) } : {}),
        readSchema,
        ...(createdRef?.startsWith('#/components/schemas/')
          ? { readSchemaName: createdRef.slice('#/components/schemas/'.length) }
          : {}),
        ...(typeof limit?.schema.maximum === 'number' ? { maxPageSize: limit.schema.maximum } : {}),
        filters: listParameters.filter(
          (parameter) => !pagingParameters.has(parameter.name) && !parameter.required,
        ),
        sortValues: (sort?.schema.enum ?? []).filter((value): value is string => typeof value === 'string'),
        ownerScoped: create.ownerScoped || read.ownerScoped || extraOwnerScoped.includes(collectionPath),
        ...(pair ? { pair } : {}),
      });
    }
    return resources;
  }
}

/** The JSON schema of the first success status found among `statuses`. */
export function successSchema(operation: ContractOperation, statuses: string[]): JsonSchema | undefined {
  for (const status of statuses) {
    const content = operation.responses[status]?.content ?? {};
    const schema = Object.entries(content).find(([type]) => isJson(type))?.[1];
    if (schema) return schema;
  }
  return undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
