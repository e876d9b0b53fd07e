/** Schema object as found in an OpenAPI 3.1 document (JSON Schema 2020-12). */
export type JsonSchema = Record<string, unknown> & {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  readOnly?: boolean;
  format?: string;
  enum?: unknown[];
  pattern?: string;
  examples?: unknown[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
};

/** One CRUD resource as its contract describes it; nothing here depends on the stack that serves it. */
export interface ContractResource {
  /** `/books` */
  readonly collectionPath: string;
  /** `/books/{id}` */
  readonly itemPath: string;
  readonly readSchema: string;
  readonly createSchema: string;
  readonly updateSchema?: string;
  readonly listSchema?: string;
  /** The `limit` parameter's maximum, when the list declares one. */
  readonly maxPageSize?: number;
}

interface Operation {
  parameters?: ({ $ref?: string; name?: string; schema?: JsonSchema } | undefined)[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  responses?: Record<string, { content?: Record<string, { schema?: JsonSchema }> }>;
  security?: unknown[];
}

export interface OpenApiLike {
  paths?: Record<string, Record<string, Operation | undefined>>;
  components?: {
    schemas?: Record<string, JsonSchema>;
    parameters?: Record<string, { name?: string; schema?: JsonSchema }>;
    securitySchemes?: Record<string, { type?: string; scheme?: string; in?: string; name?: string }>;
  };
  security?: Record<string, unknown>[];
}

const schemaRef = (schema: JsonSchema | undefined) => schema?.$ref?.replace('#/components/schemas/', '');

/** Collections with `GET`+`POST` on `/x` and `GET` on `/x/{id}`: the resources the suite can drive. */
export function contractResources(openapi: OpenApiLike): ContractResource[] {
  const paths = openapi.paths ?? {};
  const resources: ContractResource[] = [];
  for (const [path, item] of Object.entries(paths)) {
    const itemPath = `${path}/{id}`;
    const create = item.post;
    if (!item.get || !create || !paths[itemPath]?.get) continue;
    const readSchema = schemaRef(create.responses?.['201']?.content?.['application/json']?.schema);
    const createSchema = schemaRef(create.requestBody?.content?.['application/json']?.schema);
    if (!readSchema || !createSchema) continue;
    const updateSchema = schemaRef(
      paths[itemPath]?.patch?.requestBody?.content?.['application/json']?.schema,
    );
    const listSchema = schemaRef(item.get.responses?.['200']?.content?.['application/json']?.schema);
    const limit = (item.get.parameters ?? [])
      .map((parameter) =>
        parameter?.$ref
          ? openapi.components?.parameters?.[parameter.$ref.replace('#/components/parameters/', '')]
          : parameter,
      )
      .find((parameter) => parameter?.name === 'limit');
    resources.push({
      collectionPath: path,
      itemPath,
      readSchema,
      createSchema,
      ...(updateSchema ? { updateSchema } : {}),
      ...(listSchema ? { listSchema } : {}),
      ...(typeof limit?.schema?.maximum === 'number' ? { maxPageSize: limit.schema.maximum } : {}),
    });
  }
  return resources;
}

/** The request header that carries a caller's credential, from the document's security schemes. */
export function credentialHeader(openapi: OpenApiLike, token: string): Record<string, string> {
  for (const scheme of Object.values(openapi.components?.securitySchemes ?? {})) {
    if (scheme.type === 'http' && scheme.scheme?.toLowerCase() === 'bearer')
      return { authorization: `Bearer ${token}` };
    if (scheme.type === 'apiKey' && scheme.in === 'header' && scheme.name)
      return { [scheme.name.toLowerCase()]: token };
  }
  return { authorization: `Bearer ${token}` };
}

export function requiresAuth(openapi: OpenApiLike): boolean {
  return (openapi.security ?? []).some((requirement) => Object.keys(requirement).length > 0);
}
