import type { FieldType } from '../../design/api-design.js';
import type { SchemaColumn } from './schema-blocks.js';

/**
 * Column types and constraints as schema notations write them (`numeric(10,2)`, `varchar(80)`,
 * `enum('a','b')`, `check (price >= 0)`), shared by the readers of pasted schema and of loose column lists.
 */

/** A block longer than any table definition is not one; the bound keeps hostile input linear. */
export const MAX_BLOCK_CHARS = 20_000;

export interface Enums {
  readonly values: Map<string, string[]>;
  readonly spans: { start: number; end: number }[];
}

/** The index of the bracket closing the one at `open`, or undefined when it never closes. */
export function matchingClose(
  text: string,
  open: number,
  opening: string,
  closing: string,
): number | undefined {
  let depth = 0;
  let quote: string | undefined;
  const last = Math.min(text.length, open + MAX_BLOCK_CHARS);
  for (let i = open; i < last; i++) {
    const char = text[i]!;
    if (quote !== undefined) {
      if (char === quote) quote = undefined;
      continue;
    }
    if (char === "'" || char === '"') quote = char;
    else if (char === opening) depth++;
    else if (char === closing && --depth === 0) return i;
  }
  return undefined;
}

export function quotedValues(list: string): string[] {
  return [...list.matchAll(/'([^']{1,100})'|"([^"]{1,100})"/g)].map((m) => m[1] ?? m[2]!);
}

const scalarTypes: ReadonlyArray<readonly [RegExp, FieldType, string?]> = [
  [/^(?:character varying|varchar|nvarchar|char|character|nchar|string|str|citext|id)\b/, 'string'],
  [/^(?:text|mediumtext|longtext|tinytext|clob)\b/, 'text'],
  [
    /^(?:int|integer|bigint|smallint|tinyint|mediumint|serial|bigserial|smallserial|int2|int4|int8)\b/,
    'integer',
  ],
  [/^(?:float|double|real|decimal|numeric|number|money|float4|float8)\b/, 'number'],
  [/^(?:bool|boolean)\b/, 'boolean'],
  [/^date$/, 'date'],
  [/^(?:datetime|timestamp|timestamptz|date ?time|instant)\b/, 'datetime'],
  [/^time\b/, 'string', 'time'],
  [/^(?:email)$/, 'email'],
  [/^(?:url|uri)$/, 'url'],
  [/^uuid$/, 'uuid'],
  [/^(?:json|jsonb|object|bytes|blob|bytea|record)\b/, 'json'],
];

/** Types the column by its written type; a name no scalar or enum matches is kept as a relation target. */
export function setScalarType(column: SchemaColumn, typeText: string, enums: Enums): void {
  const type = typeText.trim().toLowerCase();
  const inline = /^enum\s*\((.*)\)$/s.exec(type);
  if (inline !== null) {
    column.type = 'enum';
    column.enumValues = quotedValues(typeText);
    return;
  }
  const declared = enums.values.get(type);
  if (declared !== undefined) {
    column.type = 'enum';
    column.enumValues = declared;
    return;
  }
  if (/\[\]$|^array\b/.test(type)) {
    column.type = 'json';
    return;
  }
  const length = /^(?:character varying|varchar|nvarchar|char|character|nchar)\s*\(\s*(\d+)\s*\)/.exec(
    type,
  )?.[1];
  if (length !== undefined) column.maxLength = Number(length);
  const scalar = scalarTypes.find(([pattern]) => pattern.test(type));
  if (scalar !== undefined) {
    column.type = scalar[1];
    if (scalar[2] !== undefined) column.format = scalar[2];
    if (/^(?:decimal|numeric|money)\b/.test(type)) column.format = 'decimal';
    return;
  }
  if (/^[A-Za-z_]\w*$/.test(typeText.trim())) column.typeName = typeText.trim();
}

/** `price >= 0`, `rating between 1 and 5`, `status in ('open', 'closed')`, `char_length(code) = 6`. */
export function applyCheck(column: SchemaColumn, check: string): void {
  const name = column.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const bound = new RegExp(`\\b${name}\\s*(>=|>|<=|<)\\s*(-?\\d+(?:\\.\\d+)?)`, 'gi');
  for (const [, operator, value] of check.matchAll(bound)) {
    const number = Number(value);
    if (operator!.startsWith('>'))
      column.minimum =
        operator === '>' && Number.isInteger(number) && column.type === 'integer' ? number + 1 : number;
    else
      column.maximum =
        operator === '<' && Number.isInteger(number) && column.type === 'integer' ? number - 1 : number;
  }
  const between = new RegExp(
    `\\b${name}\\s+between\\s+(-?\\d+(?:\\.\\d+)?)\\s+and\\s+(-?\\d+(?:\\.\\d+)?)`,
    'i',
  ).exec(check);
  if (between !== null) {
    column.minimum = Number(between[1]);
    column.maximum = Number(between[2]);
  }
  const within = new RegExp(`\\b${name}\\s+in\\s*\\(([^)]*)\\)`, 'i').exec(check);
  if (within !== null) {
    const values = quotedValues(within[1]!);
    if (values.length > 0) {
      column.type = 'enum';
      column.enumValues = values;
    }
  }
}
