import type { FieldType } from '../../design/api-design.js';
import { applyCheck, matchingClose, quotedValues, setScalarType, type Enums } from './column-types.js';
import { readColumnLists } from './column-lists.js';

/**
 * Schema text pasted into a request — SQL `CREATE TABLE`, Prisma `model`, TypeScript `interface` or
 * `type X = {…}`, GraphQL `type` — read as what it is: a list of tables and their columns, with the
 * names, types and constraints written, rather than as English.
 */
export interface SchemaTable {
  /** The table's name as written (`order_items`, `BlogPost`). */
  readonly name: string;
  readonly columns: SchemaColumn[];
  readonly syntax: 'sql' | 'prisma' | 'typescript' | 'graphql';
}

export interface SchemaColumn {
  /** The column's name as written (`author_id`, `createdAt`). */
  readonly name: string;
  type?: FieldType;
  format?: string;
  /** A type name that is neither a scalar nor a declared enum: another table, for a relation. */
  typeName?: string;
  /** `Post[]`, `[Post!]!`: a list of the type, the other side of a relation. */
  list: boolean;
  required: boolean;
  unique: boolean;
  primaryKey: boolean;
  defaultText?: string;
  enumValues?: string[];
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  /** The table a foreign key points at, as written. */
  references?: string;
  /** Prisma's `@relation(fields: [authorId])`: the scalar columns that hold this relation's key. */
  relationFields?: string[];
}

export interface SchemaText {
  readonly tables: SchemaTable[];
  /** The request with the schema blocks taken out. */
  readonly rest: string;
  /**
   * The request with each table's block replaced by its name on a line of its own, so prose around
   * the schema ("each order also has parcels") can name the tables it links to.
   */
  readonly outline: string;
}

const MAX_TABLES = 100;
const MAX_COLUMNS = 200;
/** Longer than any column definition: read as none, so no pattern runs over a huge item. */
const MAX_COLUMN_CHARS = 500;

/** Finds the schema blocks of a request. No block: no tables, and `rest` is the request unchanged. */
export function readSchemaText(text: string): SchemaText {
  const enums = readEnums(text);
  const written = [...sqlBlocks(text), ...braceBlocks(text)];
  // Column lists outside any schema language ("Table orders (id uuid pk, …)"), where no block is.
  const loose = readColumnLists(text, enums)
    .filter((list) => !written.some((b) => list.start < b.end && list.end > b.start))
    .map((list): Block => ({ ...list, body: '', syntax: 'sql', tableConstraints: [] }));
  const blocks = [...written, ...loose].sort((a, b) => a.start - b.start);
  const tables: SchemaTable[] = [];
  let rest = '';
  let outline = '';
  let cursor = 0;
  for (const block of blocks) {
    if (block.start < cursor || tables.length >= MAX_TABLES) continue;
    const columns =
      block.columns ??
      splitTopLevel(memberLines(block), block.syntax === 'sql' ? /,/ : /[,;\n]/)
        .slice(0, MAX_COLUMNS)
        .flatMap((item) => readColumn(item, block.syntax, enums, block.tableConstraints));
    if (columns.length === 0) continue;
    applyTableConstraints(columns, block.tableConstraints);
    tables.push({ name: block.name, columns, syntax: block.syntax });
    rest += `${text.slice(cursor, block.start)}\n`;
    outline += `${text.slice(cursor, block.start)}\n${block.name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_"`[\]]+/g, ' ')}.\n`;
    cursor = block.end;
  }
  if (tables.length === 0) return { tables, rest: text, outline: text };
  rest += text.slice(cursor);
  outline += text.slice(cursor);
  for (const { start, end } of enums.spans) {
    rest = rest.replace(text.slice(start, end), ' ');
    outline = outline.replace(text.slice(start, end), ' ');
  }
  return { tables, rest: rest.trim(), outline: outline.trim() };
}

/** GraphQL and TypeScript members may share a line (`{ id: ID! name: String! }`): one per line. */
function memberLines(block: Block): string {
  if (block.syntax !== 'graphql' && block.syntax !== 'typescript') return block.body;
  return block.body.replace(/[ \t]+(?=(?:readonly\s+)?[A-Za-z_]\w*\??\s*(?:\([^)]*\))?\s*:(?!:))/g, '\n');
}

interface Block {
  readonly name: string;
  readonly body: string;
  readonly start: number;
  readonly end: number;
  readonly syntax: SchemaTable['syntax'];
  readonly tableConstraints: string[];
  /** Columns already read, for a loose column list. */
  readonly columns?: SchemaColumn[];
}

/** `CREATE TABLE [IF NOT EXISTS] name ( … );` */
function sqlBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const head =
    /\bcreate\s+(?:temp(?:orary)?\s+)?table\s+(?:if\s+not\s+exists\s+)?((?:[\w"`[\]]+\.)?[\w"`[\]]+)\s*\(/gi;
  for (const match of text.matchAll(head)) {
    const open = match.index + match[0].length - 1;
    const close = matchingClose(text, open, '(', ')');
    if (close === undefined) continue;
    const end = /^\s*;?/.exec(text.slice(close + 1))![0].length + close + 1;
    blocks.push({
      name: unquote(match[1]!.split('.').at(-1)!),
      body: text.slice(open + 1, close),
      start: match.index,
      end,
      syntax: 'sql',
      tableConstraints: [],
    });
  }
  return blocks;
}

const notTables = new Set(['query', 'mutation', 'subscription', 'schema']);

/** `model X {…}`, `interface X {…}`, `type X = {…}`, GraphQL `type X {…}`. */
function braceBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const head =
    /(?:^|[\s;])(?:export\s+)?(model|Model|interface|type|Table|table)\s+([A-Za-z_]\w*)(?:\s+(?:extends|implements)\s+[\w\s,&]+?)?\s*(=\s*)?\{/g;
  for (const match of text.matchAll(head)) {
    const [, written, name, equals] = match;
    const keyword = written!.toLowerCase();
    if (notTables.has(name!.toLowerCase())) continue;
    const open = match.index + match[0].length - 1;
    const close = matchingClose(text, open, '{', '}');
    if (close === undefined) continue;
    // DBML's `Table flights { number varchar [unique] … }`: SQL columns, one a line or between commas,
    // told from prose in braces by a first member written `name type`.
    if (keyword === 'table') {
      const body = text.slice(open + 1, close);
      if (!/^\s*["`]?[A-Za-z_]\w*["`]?[ \t]+[A-Za-z]\w*/.test(body)) continue;
      blocks.push({
        name: name!,
        body: body.replace(/\n/g, ','),
        start: match.index + match[0].search(/\S/),
        end: close + 1,
        syntax: 'sql',
        tableConstraints: [],
      });
      continue;
    }
    // GraphQL's `type X {` needs members written `name: Type` to be told from prose in braces.
    if (
      keyword === 'type' &&
      equals === undefined &&
      !/^\s*[A-Za-z_]\w*\s*(?:\([^)]*\))?\s*:/.test(text.slice(open + 1, close))
    )
      continue;
    const syntax =
      keyword === 'model'
        ? 'prisma'
        : keyword === 'interface' || equals !== undefined
          ? 'typescript'
          : 'graphql';
    const start = match.index + match[0].search(/\S/);
    blocks.push({
      name: name!,
      body: text.slice(open + 1, close),
      start,
      end: close + 1 + (/^\s*;?/.exec(text.slice(close + 1))?.[0].length ?? 0),
      syntax,
      tableConstraints: [],
    });
  }
  return blocks;
}

/** `enum Role { ADMIN USER }` (Prisma, GraphQL, TypeScript) and `CREATE TYPE mood AS ENUM ('a', 'b')`. */
function readEnums(text: string): Enums {
  const values = new Map<string, string[]>();
  const spans: { start: number; end: number }[] = [];
  for (const match of text.matchAll(/\b(?:export\s+)?enum\s+([A-Za-z_]\w*)\s*\{([^{}]{0,2000})\}/g)) {
    const items = match[2]!
      .split(/[\s,]+/)
      .map((item) => unquote(item.replace(/=.*$/, '')))
      .filter((item) => /^[\w-]+$/.test(item));
    if (items.length > 0) values.set(match[1]!.toLowerCase(), items);
    spans.push({ start: match.index, end: match.index + match[0].length });
  }
  for (const match of text.matchAll(/\bcreate\s+type\s+([\w".]+)\s+as\s+enum\s*\(([^()]{0,2000})\)\s*;?/gi)) {
    values.set(unquote(match[1]!.split('.').at(-1)!).toLowerCase(), quotedValues(match[2]!));
    spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return { values, spans };
}

/** Splits at separators outside brackets and quotes. */
function splitTopLevel(body: string, separator: RegExp): string[] {
  const items: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let current = '';
  for (const char of body) {
    if (quote !== undefined) {
      if (char === quote) quote = undefined;
    } else if (char === "'" || char === '"') quote = char;
    else if ('([{<'.includes(char)) depth++;
    else if (')]}>'.includes(char)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && separator.test(char)) {
      items.push(current);
      current = '';
      continue;
    }
    current += char;
  }
  items.push(current);
  return items.map((item) => item.replace(/\/\/.*$|--.*$|#.*$/gm, '').trim()).filter((item) => item !== '');
}

const unquote = (name: string) => name.replace(/^["'`[]|["'`\]]$/g, '');

/** SQL's table-level `PRIMARY KEY (…)`, `UNIQUE (…)`, `FOREIGN KEY (…) REFERENCES t`, `CHECK (…)`. */
const tableConstraint =
  /^(?:constraint\s+\S+\s+)?(?:primary\s+key|unique|foreign\s+key|check|index|key|exclude)\b/i;

function readColumn(
  item: string,
  syntax: SchemaTable['syntax'],
  enums: Enums,
  tableConstraints: string[],
): SchemaColumn[] {
  if (item.length > MAX_COLUMN_CHARS) return [];
  if (syntax === 'sql' && tableConstraint.test(item)) {
    tableConstraints.push(item);
    return [];
  }
  if (syntax !== 'sql' && /^@@/.test(item)) return [];
  const column =
    syntax === 'sql'
      ? readSqlColumn(item, enums)
      : syntax === 'prisma'
        ? readPrismaColumn(item, enums)
        : readTypedMember(item, syntax, enums);
  return column === undefined ? [] : [column];
}

function blankColumn(name: string): SchemaColumn {
  return { name: unquote(name), list: false, required: false, unique: false, primaryKey: false };
}

/** `price numeric(10,2) not null check (price >= 0)`, `author_id int references authors(id)`. */
function readSqlColumn(item: string, enums: Enums): SchemaColumn | undefined {
  const match = /^([\w"`[\]]+)\s+(.+)$/s.exec(item);
  if (match === null) return undefined;
  const column = blankColumn(match[1]!);
  const rest = match[2]!;
  const typeText =
    /^([\w ]+?(?:\([^)]*\))?(?:\[\])?)(?=\s+(?:not|null|primary|unique|default|references|check|constraint|generated|auto_increment|collate)\b|\s*\[(?!\])|\s*$)/i.exec(
      rest,
    )?.[1] ?? rest.split(/\s+/)[0]!;
  setScalarType(column, typeText, enums);
  const lower = rest.toLowerCase();
  column.required = /\bnot\s+null\b/.test(lower);
  column.primaryKey = /\bprimary\s+key\b/.test(lower);
  column.unique = /\bunique\b/.test(lower) || column.primaryKey;
  const fallback = /\bdefault\s+('(?:[^']|'')*'|[\w.+-]+(?:\(\))?)/i.exec(rest)?.[1];
  if (fallback !== undefined) column.defaultText = fallback.replace(/^'|'$/g, '');
  const references = /\breferences\s+([\w"`[\].]+)/i.exec(rest)?.[1];
  if (references !== undefined) column.references = unquote(references.split('.').at(-1)!);
  // DBML's settings in brackets: `[pk]`, `[unique, not null]`, `[ref: > aircraft.id]`, `[default: 0]`.
  const settings = /\[([^\]]*)\]\s*$/.exec(rest)?.[1]?.toLowerCase();
  if (settings !== undefined) {
    const ref = /\bref\s*:\s*[<>-]\s*["`]?(\w+)["`]?\./.exec(settings)?.[1];
    if (ref !== undefined) column.references = ref;
    if (/\b(?:pk|primary key)\b/.test(settings)) column.primaryKey = column.unique = true;
    if (/\bunique\b/.test(settings)) column.unique = true;
    const value = /\bdefault\s*:\s*('[^']*'|[\w.+-]+)/.exec(settings)?.[1];
    if (value !== undefined && column.defaultText === undefined)
      column.defaultText = value.replace(/^'|'$/g, '');
  }
  for (const check of rest.matchAll(/\bcheck\s*\(/gi)) {
    const open = check.index + check[0].length - 1;
    const close = matchingClose(rest, open, '(', ')');
    if (close !== undefined) applyCheck(column, rest.slice(open + 1, close));
  }
  return column;
}

/** `author User @relation(fields: [authorId], references: [id])`, `email String @unique`, `tags Tag[]`. */
function readPrismaColumn(item: string, enums: Enums): SchemaColumn | undefined {
  const match = /^([A-Za-z_]\w*)\s*:?\s+([A-Za-z_]\w*(?:\([^)]*\))?)(\[\])?(\?)?(.*)$/s.exec(item);
  if (match === null) return undefined;
  const [, name, type, list, optional, rest = ''] = match;
  const column = blankColumn(name!);
  setScalarType(column, type!, enums);
  column.list = list !== undefined;
  // Prisma fields are required unless `?`; the loose `name type` notation says so in words.
  column.required =
    /\b(?:required|not\s+null)\b/i.test(rest) ||
    (optional === undefined && /[A-Z]/.test(type![0]!) && !/\boptional\b/i.test(rest));
  column.primaryKey = /@id\b|\bprimary\s+key\b|\bpk\b/i.test(rest);
  column.unique = /@unique\b|\bunique\b/i.test(rest) || column.primaryKey;
  const fallback = /@default\(\s*("(?:[^"])*"|[\w.+-]+)\s*\)|\bdefault\s+("[^"]*"|'[^']*'|[\w.+-]+)/i.exec(
    rest,
  );
  if (fallback !== null) {
    const value = (fallback[1] ?? fallback[2]!).replace(/^["']|["']$/g, '');
    if (!/^(?:autoincrement|now|uuid|cuid|dbgenerated)$/i.test(value)) column.defaultText = value;
  }
  const relation = /@relation\([^)]*fields:\s*\[([^\]]*)\]/.exec(rest);
  if (relation !== null)
    column.relationFields = relation[1]!
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  const pointer = /(?:\bfk\b|\breferences\b|->|→)\s*([A-Za-z_]\w*)/i.exec(rest)?.[1];
  if (pointer !== undefined) column.references = pointer;
  return column;
}

/** TypeScript `title?: string;`, `status: 'open' | 'done'`; GraphQL `author: User!`, `tags: [Tag!]!`. */
function readTypedMember(
  item: string,
  syntax: 'typescript' | 'graphql',
  enums: Enums,
): SchemaColumn | undefined {
  const match = /^(?:readonly\s+)?([A-Za-z_]\w*)(\?)?\s*(?:\([^)]*\))?\s*:\s*(.+?)\s*$/s.exec(item);
  if (match === null) return undefined;
  const [, name, optional, typeText] = match;
  const column = blankColumn(name!);
  let type = typeText!.replace(/@\w+(?:\([^)]*\))?/g, '').trim();
  if (syntax === 'graphql') {
    column.required = type.endsWith('!');
    type = type.replace(/!$/, '');
    column.list = /^\[.*\]$/.test(type);
    type = type.replace(/^\[|\]$/g, '').replace(/!$/, '');
  } else {
    const nullable = /\|\s*(?:null|undefined)\b/.test(type);
    type = type.replace(/\s*\|\s*(?:null|undefined)\b/g, '').trim();
    column.required = optional === undefined && !nullable;
    column.list = /\[\]$|^Array<.*>$/.test(type);
    type = type.replace(/\[\]$/, '').replace(/^Array<(.*)>$/, '$1');
    const literals = quotedValues(type);
    if (literals.length > 0 && /^(?:\s*(?:'[^']*'|"[^"]*")\s*\|?)+$/.test(type)) {
      column.type = 'enum';
      column.enumValues = literals;
      return column;
    }
  }
  setScalarType(column, type, enums);
  if (/@unique\b/.test(typeText!)) column.unique = true;
  return column;
}

/** Table constraints apply to the columns they name: keys, uniques, foreign keys and checks. */
function applyTableConstraints(columns: SchemaColumn[], constraints: readonly string[]): void {
  const byName = (name: string) =>
    columns.find((c) => c.name.toLowerCase() === unquote(name.trim()).toLowerCase());
  for (const constraint of constraints) {
    const names = /\(([^)]*)\)/.exec(constraint)?.[1]?.split(',') ?? [];
    if (/^(?:constraint\s+\S+\s+)?foreign\s+key/i.test(constraint)) {
      const target = /\breferences\s+([\w"`[\].]+)/i.exec(constraint)?.[1];
      const column = names.length === 1 ? byName(names[0]!) : undefined;
      if (column !== undefined && target !== undefined)
        column.references = unquote(target.split('.').at(-1)!);
    } else if (/^(?:constraint\s+\S+\s+)?(?:unique|primary\s+key)/i.test(constraint) && names.length === 1) {
      const column = byName(names[0]!);
      if (column !== undefined) column.unique = true;
    } else if (/^(?:constraint\s+\S+\s+)?check/i.test(constraint)) {
      for (const column of columns)
        if (new RegExp(`\\b${column.name}\\b`, 'i').test(constraint)) applyCheck(column, constraint);
    }
  }
}
