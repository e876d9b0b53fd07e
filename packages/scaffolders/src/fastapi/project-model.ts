import { nestedListOperation, reservedIn, type ApiDesign, type Field } from '@smartapiforge/spec-engine';
import { buildDesignView, type ResourceView } from '../design-view.js';
import { ScaffoldError } from '../naming.js';
import { tableModels, type TableModel } from '../sql/table-model.js';
import { Contract, type QueryParameter } from './contract.js';
import {
  columnType,
  emptyImports,
  isNullable,
  isortOrder,
  modelAttribute,
  portableColumnTypes,
  pyLiteral,
  pydanticAnnotation,
  snakeCase,
  type PythonImports,
} from './python-code.js';
import {
  changedSampleExpression,
  invalidExpression,
  sampleExpression,
  sampleNeeds,
} from './python-samples.js';

/** One pydantic field: `attr: annotation = default`, with an alias where attr differs from the JSON name. */
export interface ModelField {
  readonly name: string;
  readonly declaration: string;
}

/** A query-parameter model (validated by app/listing.py's `query_parameters`) for one list route. */
export interface QueryModel {
  readonly className: string;
  readonly fields: ModelField[];
}

export interface Column {
  readonly name: string;
  readonly type: string;
  readonly nullable: boolean;
}

export interface Link {
  readonly field: string;
  readonly resource: FastapiResource;
}

export interface FastapiResource {
  readonly view: ResourceView;
  /** Resource name, as the API and its messages say it. */
  readonly name: string;
  /** The name as a Python identifier (`class_` for `class`): the schema module and the attribute on `Repositories`. */
  readonly attr: string;
  /** Plural: the router module and the table. */
  readonly plural: string;
  readonly path: string;
  readonly tableVar: string;
  readonly schema: string;
  readonly createSchema: string;
  readonly updateSchema: string;
  readonly listSchema: string;
  /** operationIds, and the snake_case route functions named after them. */
  readonly operations: { list: string; create: string; get: string; update: string; delete: string };
  readonly functions: { list: string; create: string; get: string; update: string; delete: string };
  readonly readFields: ModelField[];
  readonly createFields: ModelField[];
  readonly updateFields: ModelField[];
  /** Attributes an update may omit but never set to null. */
  readonly nonNullable: string[];
  /** Properties clients may never send (read-only in the read schema). */
  readonly readOnly: string[];
  /** Read-only design fields, stored as their default (else null) on create. */
  readonly storedDefaults: { name: string; value: string }[];
  readonly columns: Column[];
  /** Constraints, keys and indexes, shared with the SQL migration (see renderMigration). */
  readonly table: TableModel;
  /** Rows belong to the authenticated caller. */
  readonly owned: boolean;
  readonly uniqueFields: string[];
  /** Each unique key's fields: a unique field alone, a join resource's pair together. */
  readonly uniqueKeys: (readonly string[])[];
  /** A join resource's pair of links, stored at most once. */
  readonly pair?: readonly [string, string];
  readonly listQuery: QueryModel;
  /** The page size a list without `limit` gets, from the contract. */
  readonly defaultLimit: number;
  /** Names the schema module imports; filled while its annotations are rendered. */
  readonly imports: PythonImports;
  readonly parents: Link[];
  /** Children, each with the query model and operationId of the nested list route under this resource. */
  readonly children: (Link & {
    cascades: boolean;
    operation: string;
    function: string;
    queryClass: string;
  })[];
  /**
   * Many-to-many links seen from this side: the other resource, listed through the join (`key` its column
   * linking to the other side, `by` the one linking here), with the route's operationId and query model.
   */
  readonly linked: {
    other: FastapiResource;
    join: FastapiResource;
    key: string;
    by: string;
    operation: string;
    function: string;
    queryClass: string;
  }[];
  /** Query models of nested routes listing this resource under a parent. */
  readonly nestedQueries: QueryModel[];
  readonly samples: { name: string; value: string }[];
  readonly patch?: { name: string; value: string };
  readonly invalid?: { name: string; value: string };
  readonly probe?: string;
  readonly unknownProperty: string;
}

/** How callers authenticate; `header` is where an API key travels. */
export interface AuthModel {
  readonly type: ApiDesign['auth']['type'];
  readonly header: string;
}

export interface FastapiProject {
  readonly name: string;
  readonly title: string;
  readonly version: string;
  readonly description: string;
  readonly resources: FastapiResource[];
  readonly auth: AuthModel;
  /** Which helpers tests/fixtures.py must define or import. */
  readonly fixtureNeeds: { uuid4: boolean; text: boolean };
  /** The names app/tables.py imports from SQLAlchemy and from app/column_types.py, sorted as isort does. */
  readonly tableImports: { readonly sqlalchemy: string[]; readonly portable: string[] };
  /** Router modules and table names in the order isort lists them in an import block. */
  readonly importOrder: { readonly routers: string[]; readonly tables: string[] };
  readonly pins: Readonly<Record<string, string>>;
  readonly devPins: Readonly<Record<string, string>>;
  readonly lintIgnores: Readonly<Record<string, LintIgnore>>;
}

/**
 * The versions Debian trixie ships, which the `python-fastapi` runtime image runs; pinned so that a
 * deployment installing from PyPI runs what the sandbox tested. psycopg2-binary stands in for
 * Debian's python3-psycopg2 (same 2.9 API), which applies migrations on PostgreSQL (DATABASE_URL);
 * asyncpg serves every request's reads and writes there.
 */
export const pins = {
  fastapi: '0.115.11',
  pydantic: '2.10.6',
  sqlalchemy: '2.0.40',
  uvicorn: '0.32.0',
  'psycopg2-binary': '2.9.10',
  asyncpg: '0.30.0',
} as const;
/** Bearer-JWT projects verify tokens with PyJWT, and JWKS keys (RS256, ES256, EdDSA) need cryptography. */
export const jwtPins = { 'pyjwt[crypto]': '2.10.1', cryptography: '43.0.0' } as const;
/**
 * Development tools. ruff is the version of the in-process ruff (@astral-sh/ruff-wasm-nodejs) that
 * formats the generated modules, so the project's own `ruff format --check` agrees byte for byte.
 */
export const devPins = { pytest: '8.3.5', httpx: '0.28.1', ruff: '0.17.4' } as const;
/** ruff rules a generated file turns off, with the reason, which pyproject.toml states beside them. */
export interface LintIgnore {
  readonly rules: readonly string[];
  readonly why: string;
}

export const lintIgnores: Readonly<Record<string, LintIgnore>> = {
  'tests/*': {
    rules: ['S101', 'S105', 'S106'],
    why: 'assert is how pytest checks, and tests sign tokens with a fixed secret.',
  },
  'app/__main__.py': { rules: ['S104'], why: 'binding 0.0.0.0 is what a container must do.' },
  'app/problems.py': { rules: ['S101'], why: 'asserts narrow the exception type a handler receives.' },
  'app/json_reads.py': {
    rules: ['S608'],
    why: "statements are assembled from the table's own quoted names; every value is a parameter.",
  },
  'app/json_writes.py': {
    rules: ['S608'],
    why: "statements are assembled from the table's own quoted names; every value is a parameter.",
  },
};

export function buildFastapiProject(design: ApiDesign, openapi: object): FastapiProject {
  const contract = new Contract(openapi);
  const view = buildDesignView(design);
  const tables = tableModels(design);
  const resources = view.resources.map((resource, index) =>
    fastapiResource(resource, contract, tables[index]!),
  );
  const byName = new Map(resources.map((resource) => [resource.name, resource]));
  for (const resource of resources) {
    for (const parent of resource.view.parents) {
      resource.parents.push({ field: parent.field, resource: byName.get(parent.resource.resource.name)! });
    }
    for (const child of resource.view.children) {
      const childResource = byName.get(child.resource.resource.name)!;
      const operation = nestedListOperation(resource.view.resource, child.resource.resource);
      const queryClass = queryClassName(operation);
      const parameters = contract.queryParameters(`${resource.path}/{id}${childResource.path}`);
      childResource.nestedQueries.push(queryModel(queryClass, parameters, childResource.imports));
      resource.children.push({
        field: child.field,
        resource: childResource,
        cascades: child.cascades,
        operation,
        function: snakeCase(operation),
        queryClass,
      });
    }
    for (const link of resource.view.linked) {
      const other = byName.get(link.other.resource.name)!;
      const path = `${resource.path}/{id}${other.path}`;
      const operation = contract.listOperationId(path);
      const queryClass = queryClassName(operation);
      other.nestedQueries.push(queryModel(queryClass, contract.queryParameters(path), other.imports));
      resource.linked.push({
        other,
        join: byName.get(link.join.resource.name)!,
        key: link.key,
        by: link.by,
        operation,
        function: snakeCase(operation),
        queryClass,
      });
    }
  }
  const expressions = resources.flatMap((resource) => [
    ...resource.samples.map((sample) => sample.value),
    ...(resource.patch ? [resource.patch.value] : []),
  ]);
  return {
    name: design.name,
    title: design.title,
    version: design.version,
    description: design.description,
    resources,
    // The same default header the OpenAPI compiler declares.
    auth: { type: design.auth.type, header: design.auth.apiKeyHeader ?? 'X-API-Key' },
    fixtureNeeds: sampleNeeds(expressions),
    tableImports: tableImports(resources),
    importOrder: {
      routers: isortOrder(resources.map((resource) => resource.plural)),
      tables: isortOrder(resources.map((resource) => resource.tableVar)),
    },
    pins: design.auth.type === 'bearer-jwt' ? { ...pins, ...jwtPins } : pins,
    devPins,
    lintIgnores,
  };
}

/** A keyword gets PEP 8's trailing underscore (`class` → `class_`); any other name is kept. */
function pythonIdentifier(name: string): string {
  return reservedIn(name, ['Python']).length > 0 ? `${name}_` : name;
}

function fastapiResource(view: ResourceView, contract: Contract, table: TableModel): FastapiResource {
  const { resource, names } = view;
  // The plural names the router module and its import alias, with no escaped spelling; no English
  // plural is a Python keyword, so this only stops a design written by hand.
  if (reservedIn(resource.plural, ['Python']).length > 0) {
    throw new ScaffoldError(`"${resource.plural}" is a Python keyword and cannot name a module.`, {
      name: resource.plural,
    });
  }
  const read = contract.objectSchema(names.schema);
  const create = contract.objectSchema(names.createSchema);
  const update = contract.objectSchema(names.updateSchema);
  const imports = emptyImports();
  const modelField = (name: string, annotation: string, defaultValue?: string) =>
    pythonField(name, annotation, defaultValue, imports);

  const readFields = Object.entries(read.properties).map(([name, schema]) =>
    modelField(name, pydanticAnnotation(schema, imports)),
  );
  const createFields = Object.entries(create.properties).map(([name, schema]) => {
    const annotation = pydanticAnnotation(schema, imports);
    if (create.required.includes(name)) return modelField(name, annotation);
    return modelField(name, annotation, pyLiteral(schema.default ?? null));
  });
  // Update bodies may omit anything; `None` as the default is never validated, so a required
  // property stays non-nullable when sent (the `_refuse_null` validator says so explicitly).
  const updateFields = Object.entries(update.properties).map(([name, schema]) => {
    const annotation = pydanticAnnotation(schema, imports);
    return modelField(name, isNullable(schema) ? annotation : `${annotation} | None`, 'None');
  });
  const nonNullable = Object.entries(update.properties)
    .filter(([, schema]) => !isNullable(schema))
    .map(([name]) => modelAttribute(name));
  if (nonNullable.length > 0) {
    imports.typing.add('Any');
    imports.pydantic.add('field_validator');
  }

  const readOnly = Object.entries(read.properties)
    .filter(([, schema]) => schema.readOnly === true)
    .map(([name]) => name);
  const tableVar = `${resource.plural}_table`;
  const columns: Column[] = resource.fields.map((designField) => {
    const schema = read.properties[designField.name];
    if (!schema) throw new ScaffoldError(`${names.schema} in the contract lacks "${designField.name}".`);
    return { name: designField.name, type: columnType(schema), nullable: isNullable(schema) };
  });

  const listParameters = contract.queryParameters(view.path);
  const sample = (designField: Field) =>
    sampleExpression(designField, create.properties[designField.name] ?? {}, 'variant');
  return {
    view,
    name: resource.name,
    attr: pythonIdentifier(resource.name),
    plural: resource.plural,
    path: view.path,
    tableVar,
    schema: names.schema,
    createSchema: names.createSchema,
    updateSchema: names.updateSchema,
    listSchema: names.listSchema,
    operations: {
      list: names.listOperation,
      create: names.createOperation,
      get: names.getOperation,
      update: names.updateOperation,
      delete: names.deleteOperation,
    },
    functions: {
      list: snakeCase(names.listOperation),
      create: snakeCase(names.createOperation),
      get: snakeCase(names.getOperation),
      update: snakeCase(names.updateOperation),
      delete: snakeCase(names.deleteOperation),
    },
    readFields,
    createFields,
    updateFields,
    nonNullable,
    readOnly,
    storedDefaults: resource.fields
      .filter((designField) => designField.readOnly)
      .map((designField) => ({ name: designField.name, value: pyLiteral(designField.default ?? null) })),
    columns,
    table,
    owned: table.owned,
    uniqueFields: view.uniqueFields.map((designField) => designField.name),
    uniqueKeys: table.uniques.map((unique) => unique.fields),
    ...(view.pair ? { pair: view.pair } : {}),
    listQuery: queryModel(queryClassName(names.listOperation), listParameters, imports),
    defaultLimit: defaultLimit(listParameters),
    imports,
    parents: [],
    children: [],
    linked: [],
    nestedQueries: [],
    samples: view.writableFields.map((designField) => ({
      name: designField.name,
      value: sample(designField),
    })),
    patch: view.patchField && {
      name: view.patchField.name,
      value: changedSampleExpression(view.patchField, create.properties[view.patchField.name] ?? {}),
    },
    invalid: view.invalidField && {
      name: view.invalidField.name,
      value: invalidExpression(view.invalidField),
    },
    probe: view.probeField?.name,
    unknownProperty: view.unknownProperty,
  };
}

function tableImports(resources: FastapiResource[]): FastapiProject['tableImports'] {
  // Every table has a uuid key and two timestamps (see resource_table in app/tables.py).
  const portable = new Set<string>(['TimestampColumn', 'UuidColumn']);
  const sqlalchemy = new Set(['Column', 'MetaData', 'Table']);
  for (const resource of resources) {
    for (const column of resource.columns) {
      const type = column.type.replace(/\(.*$/, '');
      ((portableColumnTypes as readonly string[]).includes(type) ? portable : sqlalchemy).add(type);
    }
    const { table } = resource;
    if (table.owned) sqlalchemy.add('Text');
    if (table.uniques.length > 0 || table.idOwnerKey) sqlalchemy.add('UniqueConstraint');
    if (table.foreignKeys.length > 0) sqlalchemy.add('ForeignKeyConstraint');
    if (table.indexes.length > 0) sqlalchemy.add('Index');
  }
  return { sqlalchemy: [...sqlalchemy].sort(), portable: [...portable].sort() };
}

function defaultLimit(parameters: QueryParameter[]): number {
  const limit = parameters.find((parameter) => parameter.name === 'limit')?.schema.default;
  if (typeof limit !== 'number') throw new ScaffoldError('The contract gives list routes no default limit.');
  return limit;
}

/** `listAuthorBooks` → `ListAuthorBooksQuery`. */
function queryClassName(operation: string): string {
  return `${operation[0]!.toUpperCase()}${operation.slice(1)}Query`;
}

function queryModel(className: string, parameters: QueryParameter[], imports: PythonImports): QueryModel {
  return {
    className,
    fields: parameters.map((parameter) => {
      const annotation = pydanticAnnotation(parameter.schema, imports);
      if (parameter.required) return pythonField(parameter.name, annotation, undefined, imports);
      const fallback = parameter.schema.default;
      return pythonField(
        parameter.name,
        fallback === undefined ? `${annotation} | None` : annotation,
        pyLiteral(fallback ?? null),
        imports,
      );
    }),
  };
}

function pythonField(
  name: string,
  annotation: string,
  defaultValue: string | undefined,
  imports: PythonImports,
): ModelField {
  const attr = modelAttribute(name);
  if (attr === name) {
    return {
      name,
      declaration: `${attr}: ${annotation}${defaultValue === undefined ? '' : ` = ${defaultValue}`}`,
    };
  }
  imports.pydantic.add('Field');
  const args = [...(defaultValue === undefined ? [] : [defaultValue]), `alias=${pyLiteral(name)}`];
  return { name, declaration: `${attr}: ${annotation} = Field(${args.join(', ')})` };
}
