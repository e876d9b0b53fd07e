import { isStoredManyToMany, storedPairs } from '../design/many-to-many.js';
import type { oas31 } from 'openapi3-ts';
import { fieldTypes, type ApiDesign, type Field, type Resource } from '../design/api-design.js';
import {
  humanise,
  linkedListOperation,
  nestedListOperation,
  pathSegment,
  resourceNames,
} from '../design/naming.js';
import { fieldSchema, OWNER_SCOPED_EXTENSION, THROUGH_EXTENSION } from './field-schema.js';
import { problemRef, problemResponse, problemResponses } from './problem-responses.js';
import { defaultPageSize, problemSchema, resourceSchemas } from './resource-schemas.js';

type Operation = 'list' | 'create' | 'get' | 'update' | 'delete' | 'nested';

// Free text and JSON documents are not compared for equality; every other scalar filters.
const filterableTypes = new Set<Field['type']>(
  fieldTypes.filter((type) => type !== 'text' && type !== 'json'),
);
// Ids order nothing meaningful, so they filter but do not sort.
const sortableTypes = new Set<Field['type']>(
  [...filterableTypes].filter((type) => type !== 'uuid' && type !== 'reference'),
);

const idParameter: oas31.ParameterObject = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'The id of the resource.',
  schema: { type: 'string', format: 'uuid' },
};

/**
 * Compiles a design (as returned by `parseDesign`) into an OpenAPI 3.1 document. The conventions —
 * paths, operationIds, schema names, parameters and responses — are a contract the scaffolders and
 * contract tests rely on; compile-openapi.test.ts and the golden files pin them.
 */
export function compileOpenApi(design: ApiDesign): oas31.OpenAPIObject {
  const secured = design.auth.type !== 'none';
  const pairs = storedPairs(design);
  const hasUnique = (resource: Resource) => resource.fields.some((f) => f.unique) || pairs.has(resource.name);
  const statuses = (operation: Operation, resource: Resource): string[] => {
    const list = ['400', '422'];
    const write = ['400', '413', '422', ...(hasUnique(resource) ? ['409'] : [])];
    const byOperation: Record<Operation, string[]> = {
      list,
      nested: [...list, '404'],
      create: write,
      // A malformed id (a broken %-escape) is a bad request; a well-formed unknown one is 404.
      get: ['400', '404'],
      update: [...write, '404'],
      delete: ['400', '404'],
    };
    return [...byOperation[operation], '429', '500', ...(secured ? ['401', '403'] : [])].sort();
  };
  const used = new Set<string>();
  const errors = (operation: Operation, resource: Resource): oas31.ResponsesObject => {
    const codes = statuses(operation, resource);
    codes.forEach((code) => used.add(code));
    return Object.fromEntries(codes.map((code) => [code, problemRef(code)]));
  };

  const byName = new Map(design.resources.map((r) => [r.name, r]));
  const paths: oas31.PathsObject = {};
  /** `/posts/{id}/tags`: the `other` records paired with one `side` row through `join`. */
  const linkedListPath = (side: Resource, other: Resource, join: Resource): oas31.PathItemObject => {
    const label = humanise(side.name);
    const others = humanise(other.plural);
    return {
      [THROUGH_EXTENSION]: resourceNames(join).schema,
      ...(join.ownership === 'owner' ? { [OWNER_SCOPED_EXTENSION]: true } : {}),
      get: {
        operationId: linkedListOperation(side, other),
        tags: [join.plural],
        summary: `List the ${others} linked with ${/^[aeiou]/.test(label) ? 'an' : 'a'} ${label}`,
        description: `Returns a page of the ${others} that ${humanise(join.plural)} pair with this ${label}, filtered and sorted as the ${others} list is.`,
        parameters: [idParameter, ...listParameters(other, design)],
        responses: {
          '200': {
            description: `A page of ${others}.`,
            content: {
              'application/json': {
                schema: { $ref: `#/components/schemas/${resourceNames(other).listSchema}` },
              },
            },
          },
          ...errors('nested', other),
        },
      },
    };
  };
  const schemas: Record<string, oas31.SchemaObject> = {};
  for (const resource of design.resources) {
    const names = resourceNames(resource);
    const label = humanise(resource.name);
    const pluralLabel = humanise(resource.plural);
    const a = /^[aeiou]/.test(label) ? 'an' : 'a';
    const tags = [resource.plural];
    const schemaRef = (name: string) => ({ $ref: `#/components/schemas/${name}` });
    const json = (name: string) => ({ 'application/json': { schema: schemaRef(name) } });
    Object.assign(schemas, resourceSchemas(resource, design));
    const owned = resource.ownership === 'owner' ? { [OWNER_SCOPED_EXTENSION]: true } : {};
    paths[`/${names.segment}`] = {
      ...owned,
      get: {
        operationId: names.listOperation,
        tags,
        summary: `List ${pluralLabel}`,
        description: `Returns a page of ${pluralLabel}, filtered by equality on any scalar field and sorted by the sort parameter.`,
        parameters: listParameters(resource, design),
        responses: {
          '200': { description: `A page of ${pluralLabel}.`, content: json(names.listSchema) },
          ...errors('list', resource),
        },
      },
      post: {
        operationId: names.createOperation,
        tags,
        summary: `Create ${a} ${label}`,
        description: `Creates ${a} ${label}; the server sets id, created_at and updated_at.`,
        requestBody: { required: true, content: json(names.createSchema) },
        responses: {
          '201': {
            description: `The created ${label}.`,
            headers: {
              Location: {
                description: `URL of the new ${label}.`,
                schema: { type: 'string', format: 'uri-reference' },
              },
            },
            content: json(names.schema),
          },
          ...errors('create', resource),
        },
      },
    };
    paths[`/${names.segment}/{id}`] = {
      ...owned,
      get: {
        operationId: names.getOperation,
        tags,
        parameters: [idParameter],
        summary: `Get ${a} ${label}`,
        description: `Returns the ${label} with this id.`,
        responses: {
          '200': { description: `The ${label}.`, content: json(names.schema) },
          ...errors('get', resource),
        },
      },
      patch: {
        operationId: names.updateOperation,
        tags,
        parameters: [idParameter],
        summary: `Update ${a} ${label}`,
        description: `Changes the fields sent (merge semantics) and returns the updated ${label}.`,
        requestBody: { required: true, content: json(names.updateSchema) },
        responses: {
          '200': { description: `The updated ${label}.`, content: json(names.schema) },
          ...errors('update', resource),
        },
      },
      delete: {
        operationId: names.deleteOperation,
        tags,
        parameters: [idParameter],
        summary: `Delete ${a} ${label}`,
        description: `Deletes the ${label} with this id.`,
        responses: { '204': { description: `The ${label} was deleted.` }, ...errors('delete', resource) },
      },
    };
  }
  for (const relation of design.relations) {
    if (relation.kind !== 'belongs-to') continue;
    const child = byName.get(relation.from)!;
    const parent = byName.get(relation.to)!;
    const childNames = resourceNames(child);
    const label = humanise(parent.name);
    paths[`/${pathSegment(parent.plural)}/{id}/${childNames.segment}`] = {
      ...(child.ownership === 'owner' ? { [OWNER_SCOPED_EXTENSION]: true } : {}),
      get: {
        operationId: nestedListOperation(parent, child),
        tags: [child.plural],
        summary: `List ${humanise(child.plural)} of ${/^[aeiou]/.test(label) ? 'an' : 'a'} ${label}`,
        description: `Returns a page of the ${humanise(child.plural)} whose ${relation.field} is this ${label}.`,
        parameters: [idParameter, ...listParameters(child, design, relation.field)],
        responses: {
          '200': {
            description: `A page of ${humanise(child.plural)}.`,
            content: {
              'application/json': { schema: { $ref: `#/components/schemas/${childNames.listSchema}` } },
            },
          },
          ...errors('nested', child),
        },
      },
    };
  }

  for (const relation of design.relations) {
    if (!isStoredManyToMany(relation)) continue;
    const join = byName.get(relation.through!)!;
    const [from, to] = [byName.get(relation.from)!, byName.get(relation.to)!];
    paths[`/${pathSegment(from.plural)}/{id}/${pathSegment(to.plural)}`] = linkedListPath(from, to, join);
    paths[`/${pathSegment(to.plural)}/{id}/${pathSegment(from.plural)}`] = linkedListPath(to, from, join);
  }

  // openapi3-ts's type lacks jsonSchemaDialect, a 3.1 root field. Stated explicitly, and as OpenAPI 3.1's
  // own dialect (JSON Schema 2020-12 plus the OAS vocabulary): tools such as Swagger UI warn on any other.
  const document: oas31.OpenAPIObject & { jsonSchemaDialect: string } = {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    info: { title: design.title, version: design.version, description: design.description || design.title },
    servers: [{ url: '/' }],
    tags: design.resources.map((r) => ({
      name: r.plural,
      description: r.description ?? `Operations on ${humanise(r.plural)}.`,
    })),
    paths,
    components: {
      schemas: { ...schemas, Problem: problemSchema },
      responses: Object.fromEntries(
        Object.keys(problemResponses)
          .filter((code) => used.has(code))
          .map((code) => [problemResponses[code]!.name, problemResponse(code)]),
      ),
    },
  };
  if (design.auth.type === 'api-key') {
    document.components!.securitySchemes = {
      ApiKeyAuth: { type: 'apiKey', in: 'header', name: design.auth.apiKeyHeader ?? 'X-API-Key' },
    };
    document.security = [{ ApiKeyAuth: [] }];
  } else if (design.auth.type === 'bearer-jwt') {
    document.components!.securitySchemes = {
      BearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
    };
    document.security = [{ BearerAuth: [] }];
  }
  return document;
}

/** limit, offset, sort and one equality filter per scalar field (minus the one fixed by a nested route). */
function listParameters(resource: Resource, design: ApiDesign, fixedField?: string): oas31.ParameterObject[] {
  const sortable = resource.fields.filter((f) => sortableTypes.has(f.type)).map((f) => f.name);
  const sortValues = [...sortable, 'created_at', 'updated_at'].flatMap((name) => [name, `-${name}`]);
  const parameters: oas31.ParameterObject[] = [
    {
      name: 'limit',
      in: 'query',
      description: 'Items per page.',
      schema: {
        type: 'integer',
        minimum: 1,
        maximum: design.options.maxPageSize,
        default: defaultPageSize(design),
      },
    },
    {
      name: 'offset',
      in: 'query',
      description: 'Items to skip.',
      schema: { type: 'integer', minimum: 0, default: 0 },
    },
    {
      name: 'sort',
      in: 'query',
      description: 'Field to sort by; prefix with - for descending order.',
      schema: { type: 'string', enum: sortValues },
    },
  ];
  for (const field of resource.fields) {
    if (!filterableTypes.has(field.type) || field.name === fixedField) continue;
    parameters.push({
      name: field.name,
      in: 'query',
      description: `Only items whose ${field.name} equals this value.`,
      schema: fieldSchema(field, { nullable: false, bare: true }),
    });
  }
  return parameters;
}
