import type { ApiDesign, Field } from '@smartapiforge/spec-engine';
import { buildDesignView, distinctPatternStrategy, type ResourceView } from '../design-view.js';
import { camelCase, pascalCase } from '../naming.js';
import { tableModels, type TableModel } from '../sql/table-model.js';

/** What the templates see of one field: its TypeScript type and code for test values. */
export interface FieldModel {
  readonly name: string;
  readonly tsType: string;
  readonly required: boolean;
  readonly unique: boolean;
  readonly readOnly: boolean;
  readonly isReference: boolean;
  /** TS expression stored when a create body omits the field. */
  readonly absentValue: string;
  /** TS expression (may use `variant` and `api`) producing a valid value in generated tests. */
  readonly sample: string;
}

export interface LinkModel {
  /** The foreign-key field on the child. */
  readonly field: string;
  readonly resource: ResourceModel;
  /** Deleting the parent deletes the child rows linking to it (a join's pair) instead of being refused. */
  readonly cascades: boolean;
}

/** The other side of a many-to-many link, listed from this side through the join. */
export interface LinkedModel {
  readonly other: ResourceModel;
  readonly join: ResourceModel;
  /** The join's column linking to `other`, and the one linking to this resource. */
  readonly key: string;
  readonly by: string;
}

export interface ResourceModel {
  readonly name: string;
  readonly typeName: string;
  readonly routerName: string;
  /** The collection's URL segment; also names its route and test files. */
  readonly segment: string;
  readonly path: string;
  /** Names its repository file. */
  readonly fileBase: string;
  readonly fields: FieldModel[];
  readonly writableFields: FieldModel[];
  readonly uniqueFields: string[];
  /** A join resource's pair of links, stored at most once. */
  readonly pair?: readonly [string, string];
  /** Belongs-to links where this resource is the child, and where it is the parent. */
  readonly parents: LinkModel[];
  readonly children: LinkModel[];
  /** Many-to-many links seen from this side (`/notes/{id}/tags`). */
  readonly linked: LinkedModel[];
  /** Generated-test material: a wrong-typed value, an edit, and a property name the API must refuse. */
  readonly invalidField?: { name: string; value: string };
  readonly patchField: { name: string; value: string };
  readonly unknownProperty: string;
  /** A field whose sample differs per variant, to exercise sort and filter. */
  readonly probeField?: string;
  /** Rows belong to the authenticated caller. */
  readonly owned: boolean;
  readonly table: TableModel;
  /** Name of the generated `TableSpec` constant. */
  readonly specName: string;
  readonly filterable: string[];
  readonly sortable: string[];
}

/** How callers authenticate; `header` is where an API key travels. */
export interface AuthModel {
  readonly type: ApiDesign['auth']['type'];
  readonly header: string;
}

export interface ProjectModel {
  readonly name: string;
  readonly title: string;
  readonly version: string;
  readonly description: string;
  readonly maxPageSize: number;
  /** Also ships `prisma/schema.prisma`. */
  readonly advanced: boolean;
  readonly resources: ResourceModel[];
  readonly auth: AuthModel;
  readonly tableNames: string[];
}

export function buildProjectModel(design: ApiDesign): ProjectModel {
  const tables = tableModels(design);
  const view = buildDesignView(design);
  const resources = view.resources.map((resource, index) => resourceModel(resource, tables[index]!));
  const byName = new Map(resources.map((resource) => [resource.name, resource]));
  for (const resource of view.resources) {
    const model = byName.get(resource.resource.name)!;
    for (const parent of resource.parents) {
      model.parents.push({
        field: parent.field,
        resource: byName.get(parent.resource.resource.name)!,
        cascades: parent.cascades,
      });
    }
    for (const child of resource.children) {
      model.children.push({
        field: child.field,
        resource: byName.get(child.resource.resource.name)!,
        cascades: child.cascades,
      });
    }
    for (const link of resource.linked) {
      model.linked.push({
        other: byName.get(link.other.resource.name)!,
        join: byName.get(link.join.resource.name)!,
        key: link.key,
        by: link.by,
      });
    }
  }
  return {
    name: design.name,
    title: design.title,
    version: design.version,
    description: design.description,
    maxPageSize: design.options.maxPageSize,
    advanced: design.options.advanced,
    resources,
    // The same default header the OpenAPI compiler declares.
    auth: { type: design.auth.type, header: design.auth.apiKeyHeader ?? 'X-API-Key' },
    tableNames: tables.map((table) => table.table),
  };
}

// The contract's list parameters (spec-engine compileOpenApi): text and json neither filter nor sort, ids only filter.
const unfilterable = new Set<Field['type']>(['text', 'json']);
const unsortable = new Set<Field['type']>(['text', 'json', 'uuid', 'reference']);

function resourceModel(view: ResourceView, table: TableModel): ResourceModel {
  const { resource, names } = view;
  const fields = resource.fields.map(fieldModel);
  return {
    name: resource.name,
    typeName: pascalCase(resource.name),
    routerName: `${camelCase(resource.plural)}Router`,
    segment: names.segment,
    path: view.path,
    fileBase: resource.name.replaceAll('_', '-'),
    fields,
    writableFields: fields.filter((field) => !field.readOnly),
    uniqueFields: view.uniqueFields.map((field) => field.name),
    ...(view.pair ? { pair: view.pair } : {}),
    parents: [],
    children: [],
    linked: [],
    invalidField: view.invalidField && {
      name: view.invalidField.name,
      value: invalidValue(view.invalidField),
    },
    patchField: view.patchField
      ? { name: view.patchField.name, value: changedSample(view.patchField) }
      : { name: view.unknownProperty, value: 'null' },
    unknownProperty: view.unknownProperty,
    probeField: view.probeField?.name,
    owned: resource.ownership === 'owner',
    table,
    specName: `${camelCase(resource.name)}Table`,
    filterable: resource.fields.filter((f) => !unfilterable.has(f.type)).map((f) => f.name),
    sortable: [
      ...resource.fields.filter((f) => !unsortable.has(f.type)).map((f) => f.name),
      'created_at',
      'updated_at',
    ],
  };
}

function fieldModel(field: Field): FieldModel {
  const nullable = !field.required || field.readOnly;
  return {
    name: field.name,
    tsType: tsType(field) + (nullable ? ' | null' : ''),
    required: field.required && !field.readOnly,
    unique: field.unique,
    readOnly: field.readOnly,
    isReference: field.type === 'reference',
    absentValue: field.default === undefined ? 'null' : JSON.stringify(field.default),
    sample: sample(field, 'variant'),
  };
}

function tsType(field: Field): string {
  switch (field.type) {
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'json':
      return 'unknown';
    case 'enum':
      return (field.enumValues ?? []).map((value) => JSON.stringify(value)).join(' | ') || 'string';
    default:
      return 'string';
  }
}

/** A valid value distinct per `variant`, so unique fields never collide within a test run. */
function sample(field: Field, variant: string): string {
  const label = JSON.stringify(field.name);
  switch (field.type) {
    case 'string':
    case 'text':
      if (field.pattern && typeof field.example === 'string') {
        const example = field.example;
        switch (field.unique ? distinctPatternStrategy(field.pattern, field.example) : 'none') {
          case 'suffix':
            return `${JSON.stringify(example)} + ${variant}`;
          case 'last-four':
            return `${JSON.stringify(example.slice(0, -4))} + String(${variant}).padStart(4, '0')`;
          case 'none':
            return JSON.stringify(example);
        }
      }
      return `text(${label}, ${variant}, ${field.minLength ?? 1}, ${field.maxLength ?? 200})`;
    case 'integer':
    case 'number': {
      const value = `${field.minimum ?? 1} + ${variant}`;
      return field.maximum === undefined ? value : `Math.min(${field.maximum}, ${value})`;
    }
    case 'boolean':
      return 'true';
    case 'date':
      return "'2024-01-15'";
    case 'datetime':
      return "'2024-01-15T10:30:00.000Z'";
    case 'email':
      return `\`${field.name.replaceAll('_', '-')}-\${${variant}}@example.com\``;
    case 'url':
      return `\`https://example.com/${field.name}/\${${variant}}\``;
    case 'uuid':
      return 'randomUUID()';
    case 'enum':
      return JSON.stringify(field.enumValues?.[0] ?? '');
    case 'json':
      return "{ note: 'sample' }";
    case 'reference':
      return `(await create${pascalCase(field.references ?? '')}(api)).id`;
  }
}

function changedSample(field: Field): string {
  if (field.type === 'boolean') return 'false';
  if (field.type === 'enum') return JSON.stringify(field.enumValues?.at(-1) ?? '');
  return sample(field, '(variant + 1000)');
}

function invalidValue(field: Field): string {
  switch (field.type) {
    case 'integer':
    case 'number':
      return "'not a number'";
    case 'boolean':
      return "'yes'";
    case 'reference':
    case 'uuid':
      return "'not-a-uuid'";
    case 'date':
    case 'datetime':
      return "'not-a-date'";
    case 'email':
      return "'not-an-email'";
    default:
      return '12345';
  }
}
