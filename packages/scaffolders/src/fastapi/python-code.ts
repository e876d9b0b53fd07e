import { ScaffoldError } from '../naming.js';

/** The subset of JSON Schema 2020-12 the spec-engine compiler emits for properties and parameters. */
export interface PropertySchema {
  readonly type?: string | string[];
  readonly format?: string;
  readonly enum?: unknown[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly default?: unknown;
  readonly readOnly?: boolean;
}

/**
 * Names in the order ruff's isort sorts module names and imported members (natural order, case
 * ignored: `item2` before `item10`, `a_b` before `ab`), so import lists built from resource names
 * pass the project's own `ruff check`.
 */
export function isortOrder(names: readonly string[]): string[] {
  return [...names].sort(naturalCompare);
}

function naturalCompare(left: string, right: string): number {
  const [a, b] = [naturalParts(left.toLowerCase()), naturalParts(right.toLowerCase())];
  for (let index = 0; index < Math.min(a.length, b.length); index += 1) {
    const [x, y] = [a[index]!, b[index]!];
    const numeric = /^\d/.test(x) && /^\d/.test(y);
    const order = numeric ? compareDigits(x, y) : x < y ? -1 : x > y ? 1 : 0;
    if (order !== 0) return order;
  }
  return a.length - b.length || (left < right ? -1 : left > right ? 1 : 0);
}

// Runs of digits compare as numbers; every other character on its own.
function naturalParts(name: string): string[] {
  return name.match(/\d+|\D/g) ?? [];
}

// As the natord crate ruff sorts with: a run with a leading zero compares digit by digit, like a
// fraction (`x02` before `x1`); others by value (`item2` before `item10`).
function compareDigits(x: string, y: string): number {
  const fractional = x.startsWith('0') || y.startsWith('0');
  if (!fractional && x.length !== y.length) return x.length - y.length;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A Python expression equal to a JSON value (JSON string escapes are valid Python escapes). */
export function pyLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new ScaffoldError(`Cannot write ${value} as a Python number.`);
    return String(value);
  }
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(pyLiteral).join(', ')}]`;
  const entries = Object.entries(value as Record<string, unknown>);
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}: ${pyLiteral(item)}`).join(', ')}}`;
}

/** Names that field_types.py defines for formatted strings, validated the way ajv-formats does. */
const formatTypes: Record<string, string> = {
  email: 'Email',
  uri: 'Url',
  uuid: 'Uuid',
  date: 'IsoDate',
  'date-time': 'IsoDateTime',
};

/** What a rendered annotation needs imported; the templates turn these into import lines. */
export interface PythonImports {
  readonly typing: Set<string>;
  readonly pydantic: Set<string>;
  readonly fieldTypes: Set<string>;
}

export function emptyImports(): PythonImports {
  return { typing: new Set(), pydantic: new Set(), fieldTypes: new Set() };
}

export function typesOf(schema: PropertySchema): string[] {
  return Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
}

export function isNullable(schema: PropertySchema): boolean {
  return typesOf(schema).includes('null');
}

/**
 * The pydantic annotation of a property, with its constraints, e.g.
 * `Annotated[str, Field(min_length=1, max_length=200)] | None`. Constraints wrap the non-null type
 * only, so `None` is never length- or range-checked.
 */
export function pydanticAnnotation(schema: PropertySchema, imports: PythonImports): string {
  const types = typesOf(schema).filter((type) => type !== 'null');
  let base: string;
  if (schema.enum !== undefined) {
    imports.typing.add('Literal');
    const values = schema.enum.filter((value) => value !== null).map(pyLiteral);
    base = `Literal[${values.join(', ')}]`;
    // Long lists (sort keys, big enums) one per line, within ruff's 120 columns at class-body indent.
    if (base.length > 80) base = `Literal[\n${values.map((value) => `        ${value},\n`).join('')}    ]`;
  } else if (types.includes('object') || types.includes('array')) {
    // dict | list, nested at most MAX_JSON_DEPTH levels (app/field_types.py).
    base = 'JsonDocument';
    imports.fieldTypes.add(base);
  } else if (types.length === 1 && ['integer', 'number', 'boolean'].includes(types[0]!)) {
    base = { integer: 'int', number: 'float', boolean: 'bool' }[types[0]!]!;
  } else if (types.length === 1 && types[0] === 'string') {
    base = (schema.format !== undefined && formatTypes[schema.format]) || 'str';
    if (base !== 'str') imports.fieldTypes.add(base);
  } else {
    throw new ScaffoldError(`Unsupported property type ${JSON.stringify(schema.type)} in the contract.`);
  }
  const constraints = [
    schema.minimum !== undefined && `ge=${pyLiteral(schema.minimum)}`,
    schema.maximum !== undefined && `le=${pyLiteral(schema.maximum)}`,
    schema.minLength !== undefined && `min_length=${schema.minLength}`,
    schema.maxLength !== undefined && `max_length=${schema.maxLength}`,
    schema.pattern !== undefined && `pattern=${pyLiteral(schema.pattern)}`,
  ].filter(Boolean);
  if (constraints.length > 0) {
    imports.typing.add('Annotated');
    imports.pydantic.add('Field');
    base = `Annotated[${base}, Field(${constraints.join(', ')})]`;
  }
  return isNullable(schema) ? `${base} | None` : base;
}

/**
 * Column types of app/column_types.py: PostgreSQL's uuid, date, timestamptz and jsonb (the types
 * migrations/001_schema.sql declares), text on SQLite, read back as the same JSON on both.
 */
export const portableColumnTypes = ['DateColumn', 'JsonColumn', 'TimestampColumn', 'UuidColumn'] as const;

/** The SQLAlchemy column type storing a property: a portable type (see above) or one of SQLAlchemy's. */
export function columnType(schema: PropertySchema): string {
  const types = typesOf(schema).filter((type) => type !== 'null');
  if (types.includes('object') || types.includes('array')) return 'JsonColumn';
  if (types[0] === 'integer') return 'BigInteger';
  if (types[0] === 'number') return 'Double';
  if (types[0] === 'boolean') return 'Boolean';
  if (schema.format === 'uuid') return 'UuidColumn';
  if (schema.format === 'date') return 'DateColumn';
  if (schema.format === 'date-time') return 'TimestampColumn';
  if (schema.maxLength !== undefined && schema.enum === undefined) return `String(${schema.maxLength})`;
  if (schema.enum !== undefined) {
    const longest = Math.max(...schema.enum.map((value) => String(value ?? '').length));
    return `String(${longest})`;
  }
  return 'Text';
}

// pydantic.BaseModel's public attributes: a field with one of these names would shadow it.
const baseModelAttributes = new Set([
  'construct',
  'copy',
  'dict',
  'from_orm',
  'json',
  'parse_file',
  'parse_obj',
  'parse_raw',
  'schema',
  'schema_json',
  'update_forward_refs',
  'validate',
]);

/** The Python attribute for a JSON property; names that would shadow BaseModel get a trailing `_`. */
export function modelAttribute(property: string): string {
  return baseModelAttributes.has(property) || property.startsWith('model_') ? `${property}_` : property;
}

/** `listAuthorBooks` → `list_author_books`. */
export function snakeCase(camel: string): string {
  return camel.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}
