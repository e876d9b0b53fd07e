import type { oas31 } from 'openapi3-ts';
import type { ApiDesign, Field, Resource } from '../design/api-design.js';
import { pascalCase, resourceNames } from '../design/naming.js';
import { exampleValue, fieldSchema, MANY_TO_MANY_EXTENSION } from './field-schema.js';

const ID_EXAMPLE = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const TIMESTAMP_EXAMPLE = '2024-01-15T09:30:00Z';

/** Items per page when a client sends no limit: 20, or fewer where the design caps pages lower. */
export function defaultPageSize(design: ApiDesign): number {
  return Math.min(20, design.options.maxPageSize);
}

const ref = (name: string): oas31.ReferenceObject => ({ $ref: `#/components/schemas/${name}` });

function writableFields(resource: Resource): Field[] {
  return resource.fields.filter((f) => !f.readOnly);
}

/** `<Name>`, `<Name>Create`, `<Name>Update` and `<Name>List` for one resource. */
export function resourceSchemas(resource: Resource, design: ApiDesign): Record<string, oas31.SchemaObject> {
  const names = resourceNames(resource);
  const readProperties: Record<string, oas31.SchemaObject> = {
    id: { type: 'string', format: 'uuid', readOnly: true, examples: [ID_EXAMPLE] },
    created_at: { type: 'string', format: 'date-time', readOnly: true, examples: [TIMESTAMP_EXAMPLE] },
    updated_at: { type: 'string', format: 'date-time', readOnly: true, examples: [TIMESTAMP_EXAMPLE] },
  };
  for (const field of resource.fields)
    readProperties[field.name] = fieldSchema(field, { nullable: !field.required });
  const readExample: Record<string, unknown> = {
    id: ID_EXAMPLE,
    created_at: TIMESTAMP_EXAMPLE,
    updated_at: TIMESTAMP_EXAMPLE,
  };
  for (const field of resource.fields) readExample[field.name] = exampleValue(field);

  const writable = writableFields(resource);
  const writeProperties = Object.fromEntries(
    writable.map((f) => [f.name, fieldSchema(f, { nullable: !f.required })]),
  );
  const writeExample = Object.fromEntries(writable.map((f) => [f.name, exampleValue(f)]));
  const required = writable.filter((f) => f.required).map((f) => f.name);
  const label = resource.name.replaceAll('_', ' ');

  const create: oas31.SchemaObject = {
    type: 'object',
    description: `The fields a client sends to create a ${label}.`,
    properties: writeProperties,
    additionalProperties: false,
    examples: [writeExample],
  };
  if (required.length > 0) create.required = required;

  const pairOf = design.relations.find((r) => r.kind === 'many-to-many' && r.through === resource.name);
  return {
    [names.schema]: {
      type: 'object',
      description: resource.description ?? `A ${label}.`,
      properties: readProperties,
      required: Object.keys(readProperties),
      examples: [readExample],
      ...(pairOf ? { [MANY_TO_MANY_EXTENSION]: [pascalCase(pairOf.from), pascalCase(pairOf.to)] } : {}),
    },
    [names.createSchema]: create,
    [names.updateSchema]: {
      type: 'object',
      description: `The fields a client sends to change a ${label}; omitted fields keep their values.`,
      properties: structuredClone(writeProperties),
      additionalProperties: false,
      minProperties: 1,
      examples: [writeExample],
    },
    [names.listSchema]: {
      type: 'object',
      description: `A page of ${resource.plural.replaceAll('_', ' ')}.`,
      properties: {
        data: { type: 'array', items: ref(names.schema) },
        meta: {
          type: 'object',
          properties: {
            total: { type: 'integer', minimum: 0, description: 'items matching the query, across all pages' },
            limit: { type: 'integer', minimum: 1, maximum: design.options.maxPageSize },
            offset: { type: 'integer', minimum: 0 },
          },
          required: ['total', 'limit', 'offset'],
        },
      },
      required: ['data', 'meta'],
      examples: [{ data: [readExample], meta: { total: 1, limit: defaultPageSize(design), offset: 0 } }],
    },
  };
}

/** RFC 9457 problem details, the body of every error response. */
export const problemSchema: oas31.SchemaObject = {
  type: 'object',
  description: 'An RFC 9457 problem detail.',
  properties: {
    type: { type: 'string', format: 'uri-reference', description: 'identifies the problem type' },
    title: { type: 'string', description: 'short summary of the problem type' },
    status: { type: 'integer', minimum: 100, maximum: 599 },
    detail: { type: 'string', description: 'what went wrong in this occurrence' },
    instance: { type: 'string', format: 'uri-reference' },
    errors: {
      type: 'array',
      description: 'one entry per invalid input, for validation problems',
      items: {
        type: 'object',
        properties: { path: { type: 'string' }, message: { type: 'string' } },
        required: ['path', 'message'],
      },
    },
  },
  required: ['type', 'title', 'status'],
  examples: [
    {
      type: 'about:blank',
      title: 'Unprocessable Content',
      status: 422,
      detail: 'The request body is invalid.',
      instance: '/pets',
      errors: [{ path: '/name', message: 'must be a string' }],
    },
  ],
};
