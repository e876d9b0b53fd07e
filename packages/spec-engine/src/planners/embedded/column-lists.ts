import { matchingClose, quotedValues, setScalarType, type Enums } from './column-types.js';
import { splitOutsideParentheses } from './parenthesis-split.js';
import { sentenceSpans } from './sentence-spans.js';
import { endOf, outlineOf, type OutlineNode } from './outline.js';
import type { SchemaColumn } from './schema-blocks.js';

/**
 * Column lists written outside any schema language: "Table orders (id uuid pk, total numeric not
 * null, customer_id uuid fk customers)", "sensor: serial text unique, installed_on date", a name
 * with indented lines "sku (text, unique, required)" under it. Each item is a name followed by a
 * type word and modifiers (pk, fk, not null, unique, required, default …, ranges, references X);
 * the type and modifiers are read as the column's type and constraints, never as part of its name.
 * A list counts as one only when each of its items reads so and two of them carry a type or a
 * modifier, so "Kilns: name, max temperature" stays English.
 */
export interface ColumnList {
  readonly name: string;
  readonly columns: SchemaColumn[];
  /** The span of the request the list was written in. */
  readonly start: number;
  readonly end: number;
}

/** Longer than any column definition: read as none, so no pattern runs over a huge item. */
const MAX_ITEM_CHARS = 300;
const MAX_LISTS = 100;

export const typeWords = new Set(
  'varchar nvarchar char character text string str int integer bigint smallint tinyint serial bigserial numeric decimal float double real number money bool boolean date datetime timestamp timestamptz time uuid json jsonb enum email url'.split(
    ' ',
  ),
);
/**
 * Type words English also uses as the head of a field's name ("birth date", "phone number",
 * "contact email"): after a plain one-word name with nothing more written they end the name.
 */
const nounTypes = new Set(['date', 'time', 'number', 'email', 'url', 'money']);
/** Type words that are also the head of many English field names. */
const englishHeads = new Set([...nounTypes, 'text', 'string']);
const modifierWords = new Set(
  'pk fk primary foreign not null required mandatory optional nullable unique default references ref refs check between min max > >= < <= ≥ ≤ -> → positive'.split(
    ' ',
  ),
);

/** Words, numbers, arrows, comparisons, a word with its arguments (`numeric(10,2)`) or a bracketed group. */
const tokenPattern =
  /[\p{L}_][\p{L}\p{N}_]*\([^()]{0,200}\)|\([^()]{0,200}\)|->|→|[<>]=?|[≥≤]|-?\d+(?:\.\d+)?|'[^']{0,100}'|"[^"]{0,100}"|[\p{L}_][\p{L}\p{N}_]*|\S/gu;

const wordOf = (token: string) => token.replace(/\s*\(.*$/s, '').toLowerCase();
const isName = (token: string) => /^[\p{L}_][\p{L}\p{N}_-]*$/u.test(token);

interface Read {
  readonly column: SchemaColumn;
  /** Whether a type or a modifier was written, which a plain English field name never has. */
  readonly typed: boolean;
  /**
   * Typed only by a word English also uses as a name's head ("source text", "description text"),
   * which a list of typed columns reads as the type and a sentence's list of fields may not.
   */
  readonly plainWordType: boolean;
}

/** A column as written, before any constraint: the readers set what the request says. */
const plainColumn = (name: string, written: Partial<SchemaColumn> = {}): SchemaColumn => ({
  name,
  list: false,
  required: false,
  unique: false,
  primaryKey: false,
  ...written,
});

/** A member whose notation states its type or its link outright ("status: a | b", "book: Book"). */
const writtenMember = (column: SchemaColumn): Read => ({ column, typed: true, plainWordType: false });

/**
 * One item of a column list: "total numeric not null", "max guests int > 0", "sku (text, unique)",
 * "site_id -> sites", "email: text unique". Undefined for anything else (a clause, a value list).
 */
export function readLooseColumn(item: string, enums: Enums): Read | undefined {
  let text = item
    .trim()
    .replace(/[.;]$/, '')
    .replace(/^(?:a|an|the|its|their)\s+/i, '');
  if (text === '' || text.length > MAX_ITEM_CHARS) return undefined;
  // "status: open | closed | lost": the values of an enum.
  const values =
    /^([\p{L}_][\p{L}\p{N}_ ]{0,40}?)\s*:\s*([\p{L}\p{N}_-]+(?:\s*\|\s*[\p{L}\p{N}_-]+)+)$/u.exec(text);
  if (values !== null)
    return writtenMember(
      plainColumn(values[1]!, { type: 'enum', enumValues: values[2]!.split('|').map((v) => v.trim()) }),
    );
  // "book: Book", "parent: Folder?": a member typed with another resource's name is a link to it.
  const linked = /^([\p{L}_][\p{L}\p{N}_ ]{0,40}?)\s*:\s*(\p{Lu}[\p{L}\p{N}_]{0,40})\??$/u.exec(text);
  if (linked !== null && !typeWords.has(linked[2]!.toLowerCase()))
    return writtenMember(
      plainColumn(linked[1]!, {
        references: linked[2]!.replace(/(\p{Ll}|\p{N})(\p{Lu})/gu, '$1_$2').toLowerCase(),
      }),
    );
  // "sku (text, unique, required)": the brackets hold the type and modifiers.
  const bracketed = /^([^():]+?)\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*(.*)$/s.exec(text);
  if (
    bracketed !== null &&
    !bracketed[1]!
      .split(/\s+/)
      // The name itself may be a type's word ("email (text, unique)").
      .slice(1)
      .some((w) => typeWords.has(w.toLowerCase()) || modifierWords.has(w.toLowerCase()))
  ) {
    // Only types and modifiers: "(valid email, required)" is a note in English.
    const opens = bracketed[2]!.split(',').map((part) => wordOf(part.trim().match(tokenPattern)?.[0] ?? ''));
    if (!opens.every((w) => typeWords.has(w) || modifierWords.has(w) || /^-?\d/.test(w))) return undefined;
    text = `${bracketed[1]} ${bracketed[2]!.replace(/,/g, ' ')} ${bracketed[3]}`;
  }
  // "due: date" states the type; "due date" may be an English name ending in a type's word.
  const stated = /^[^:]+?\s*:/.test(text);
  text = text.replace(/^([^:]+?)\s*:\s*/, '$1 ');
  const tokens = text.match(tokenPattern) ?? [];
  const first = tokens.findIndex(
    (t, k) => k > 0 && (typeWords.has(wordOf(t)) || modifierWords.has(t.toLowerCase())),
  );
  const nameTokens = first < 0 ? tokens : tokens.slice(0, first);
  if (nameTokens.length === 0 || nameTokens.length > 4 || !nameTokens.every(isName)) return undefined;
  const tail = first < 0 ? [] : tokens.slice(first);
  const column = plainColumn(nameTokens.join(' '));
  let typed = false;
  let k = 0;
  const typeToken = tail[0];
  if (typeToken !== undefined && typeWords.has(wordOf(typeToken))) {
    // "birth date", "phone number": the type word ends an English name unless more is written.
    if (
      !stated &&
      nounTypes.has(wordOf(typeToken)) &&
      tail.length === 1 &&
      !/[_]/.test(column.name) &&
      !column.name.includes(' ')
    ) {
      return {
        column: { ...column, name: `${column.name} ${typeToken}` },
        typed: false,
        plainWordType: false,
      };
    }
    // "numeric (10,2)": the type's arguments written apart.
    const args = /^\(/.test(tail[1] ?? '') && !/[<>=]/.test(tail[1]!) ? tail[1]! : '';
    setColumnType(column, `${typeToken}${args}`, enums);
    typed = !nounTypes.has(wordOf(typeToken)) || /_/.test(column.name) || tail.length > 1;
    k = args === '' ? 1 : 2;
  }
  const plainWordType =
    typed && tail.length === k && !column.name.includes('_') && englishHeads.has(wordOf(typeToken!));
  while (k < tail.length) {
    const next = readModifier(column, tail, k);
    if (next === undefined) return undefined;
    typed = true;
    k = next;
  }
  // "artist: required" in a list of columns names the table it refers to, as a relation field does.
  if (column.type === undefined && column.references === undefined) column.typeName = column.name;
  return { column, typed, plainWordType };
}

function setColumnType(column: SchemaColumn, token: string, enums: Enums): void {
  const inline = /^enum\s*\((.*)\)$/is.exec(token);
  if (inline !== null) {
    // "enum(basic, gold)": values may be written without quotes here.
    const quoted = quotedValues(inline[1]!);
    column.type = 'enum';
    column.enumValues =
      quoted.length > 0
        ? quoted
        : inline[1]!
            .split(/[,|/]/)
            .map((v) => v.trim())
            .filter((v) => /^[\p{L}\p{N}_ -]{1,40}$/u.test(v));
    return;
  }
  setScalarType(column, token, enums);
}

const numberAt = (tokens: readonly string[], k: number) =>
  tokens[k] !== undefined && /^-?\d+(?:\.\d+)?$/.test(tokens[k]) ? Number(tokens[k]) : undefined;

/** Reads the modifier at `tail[k]` into the column; the index after it, or undefined for none. */
function readModifier(column: SchemaColumn, tail: readonly string[], k: number): number | undefined {
  const word = tail[k]!.toLowerCase();
  const after = tail[k + 1]?.toLowerCase();
  switch (word) {
    case 'pk':
      column.primaryKey = column.unique = true;
      return k + 1;
    case 'primary':
      if (after !== 'key') return undefined;
      column.primaryKey = column.unique = true;
      return k + 2;
    case 'required':
    case 'mandatory':
      column.required = true;
      return k + 1;
    case 'not':
      if (after !== 'null') return undefined;
      column.required = true;
      return k + 2;
    case 'null':
    case 'nullable':
    case 'optional':
      column.required = false;
      return k + 1;
    case 'unique':
      column.unique = true;
      return k + 1;
    case 'positive':
      column.minimum = column.type === 'integer' ? 1 : 0;
      return k + 1;
    // "active: bool = false": the default written as an assignment.
    case '=':
    case 'default': {
      const value = tail[k + 1];
      if (value === undefined) return undefined;
      column.defaultText = value.replace(/^['"]|['"]$/g, '');
      return k + 2;
    }
    case 'fk':
    case 'foreign':
    case 'references':
    case 'ref':
    case 'refs':
    case '->':
    case '→':
      return readReference(column, tail, word === 'foreign' ? (after === 'key' ? k + 2 : -1) : k + 1);
    case 'check':
      return readCheck(column, tail, k + 1);
    case 'between': {
      const low = numberAt(tail, k + 1);
      const high = numberAt(tail, k + 3);
      if (low === undefined || high === undefined || tail[k + 2]?.toLowerCase() !== 'and') return undefined;
      column.minimum = low;
      column.maximum = high;
      return k + 4;
    }
    case 'min':
    case 'max': {
      const value = numberAt(tail, k + 1);
      if (value === undefined) return undefined;
      if (word === 'min') column.minimum = value;
      else column.maximum = value;
      return k + 2;
    }
    default:
      return readBound(column, tail, k);
  }
}

/** "> 0", ">= 1", "<= 5", "≥ 0". */
function readBound(column: SchemaColumn, tail: readonly string[], k: number): number | undefined {
  const operator = tail[k]!;
  const value = numberAt(tail, k + 1);
  if (!/^(?:[<>]=?|[≥≤])$/.test(operator) || value === undefined) return undefined;
  const integer = column.type === 'integer' && Number.isInteger(value);
  if (operator === '>') column.minimum = integer ? value + 1 : value;
  else if (operator === '>=' || operator === '≥') column.minimum = value;
  else if (operator === '<') column.maximum = integer ? value - 1 : value;
  else column.maximum = value;
  return k + 2;
}

/** "fk customers", "references clients(id)", "-> sites", a bare "fk" whose table the name says. */
function readReference(column: SchemaColumn, tail: readonly string[], k: number): number | undefined {
  if (k < 0) return undefined;
  const target = tail[k];
  if (target === undefined || !isName(wordOf(target)) || modifierWords.has(target.toLowerCase())) {
    // "sensor_id fk": the table is the one the column is named after.
    const named = /^(.+?)_?id$/i.exec(column.name.replace(/\s+/g, '_'));
    if (named === null) return undefined;
    column.references = named[1]!;
    return k;
  }
  column.references = wordOf(target);
  // "references clients (id)": the key column named after the table.
  return /^\(/.test(tail[k + 1] ?? '') ? k + 2 : k + 1;
}

/** "check (credits between 1 and 10)", "check amount >= 0": the bounds of the column. */
function readCheck(column: SchemaColumn, tail: readonly string[], k: number): number | undefined {
  const inner = tail[k];
  if (inner === undefined) return undefined;
  const tokens = /^\(/.test(inner) ? (inner.slice(1, -1).match(tokenPattern) ?? []) : tail.slice(k);
  // The check names the column ("amount >= 0") or starts at the comparison.
  let j =
    tokens[0] !== undefined && /^[\p{L}_]/u.test(tokens[0]) && tokens[0].toLowerCase() !== 'between' ? 1 : 0;
  while (j < tokens.length) {
    const next = tokens[j]!.toLowerCase() === 'and' ? j + 1 : readModifier(column, tokens, j);
    if (next === undefined) return undefined;
    j = next;
  }
  return /^\(/.test(inner) ? k + 1 : tail.length;
}

/** The columns of a list whose every item reads as one and two of which are typed; else none. */
function readColumns(items: readonly string[], enums: Enums, explicit: boolean): SchemaColumn[] | undefined {
  const read = items.map((item) => readLooseColumn(item, enums));
  if (read.length === 0 || read.some((r) => r === undefined)) return undefined;
  const typed = read.filter((r) => r!.typed).length;
  if (typed < Math.min(2, items.length) || (items.length === 1 && !explicit)) return undefined;
  return read.map((r) => r!.column);
}

/** "Table orders", "Members have", "sites": a one-to-three-word name; undefined for anything else. */
function tableName(written: string): { name: string; explicit: boolean } | undefined {
  const words = written
    .trim()
    .replace(/:$/, '')
    .split(/\s+/)
    .filter((w) => w !== '');
  const explicit = /^(?:table|model|entity|collection)$/i.test(words[0] ?? '');
  if (explicit) words.shift();
  if (/^(?:have|has|with|contain|contains|hold|holds|store|stores)$/i.test(words.at(-1) ?? '')) words.pop();
  if (words.length === 0 || words.length > 3 || !words.every((w) => /^[\p{L}][\p{L}\p{N}_-]*$/u.test(w)))
    return undefined;
  return { name: words.join('_'), explicit };
}

/**
 * The column lists of a request, in the order written: lines or sentences "Name: columns",
 * "Name (columns)", "Name — columns", and a name with its columns on the lines under it.
 */
export function readColumnLists(text: string, enums: Enums): ColumnList[] {
  const lists: ColumnList[] = [];
  for (const node of outlineOf(text)) collectFromOutline(node, text, enums, lists);
  const taken = (start: number, end: number) => lists.some((l) => start < l.end && end > l.start);
  let offset = 0;
  for (const line of text.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    if (lists.length >= MAX_LISTS) break;
    for (const { start, end } of sentenceSpans(line, /\./)) {
      const absolute = lineStart + start;
      if (taken(absolute, lineStart + end)) continue;
      const list = inlineList(line.slice(start, end), enums);
      if (list !== undefined) lists.push({ ...list, start: absolute, end: lineStart + end });
      else
        for (const group of bracketGroups(line.slice(start, end), enums))
          lists.push({ ...group, start: absolute + group.start, end: absolute + group.end });
    }
  }
  return lists.sort((a, b) => a.start - b.start);
}

/** A name whose lines under it are all columns is a list; otherwise its children are looked at. */
function collectFromOutline(node: OutlineNode, text: string, enums: Enums, lists: ColumnList[]): void {
  if (lists.length >= MAX_LISTS || node.children.length === 0) return;
  const leaves = node.children.every((c) => c.children.length === 0);
  const named = tableName(node.content);
  if (leaves && named !== undefined) {
    // "name: string, required" is one column whose modifiers the commas separate; "brand, model" is two.
    const items = node.children.flatMap((c) => lineColumns(c.content));
    const columns = readColumns(items, enums, true);
    if (columns !== undefined) {
      lists.push({ name: named.name, columns, start: node.start, end: endOf(node) });
      return;
    }
  }
  const before = lists.length;
  for (const child of node.children) collectFromOutline(child, text, enums, lists);
  // "Schema notes" over lists only is their title, which names nothing of its own.
  if (lists.length - before === node.children.length && before < lists.length)
    lists[before] = { ...lists[before]!, start: node.start };
}

/**
 * The columns of one line under a name: "name: string, required" is one column whose modifiers the
 * commas separate, "guest_name, guest_email: required" two columns sharing them, "brand, model" two.
 */
function lineColumns(line: string): string[] {
  const colon = /^([^():]+):(.*)$/s.exec(line);
  if (colon === null) return splitOutsideParentheses(line, ',;');
  const tail = colon[2]!.replace(/,/g, ' ');
  return colon[1]!.split(',').map((name) => `${name.trim()}: ${tail.trim()}`);
}

/** "Table orders (…)", "invoice(…)", "sensor: …", "courses — …", after an optional list marker. */
function inlineList(sentence: string, enums: Enums): Omit<ColumnList, 'start' | 'end'> | undefined {
  const trimmed = sentence
    .trim()
    .replace(/^(?:[-*•+]|\d{1,3}[.)])\s+/, '')
    .replace(/[.;]$/, '');
  const bracket = /^([\p{L}][\p{L}\p{N}_ -]{0,60}?)\s*\(/u.exec(trimmed);
  if (bracket !== null) {
    const close = matchingClose(trimmed, bracket[0].length - 1, '(', ')');
    if (close === trimmed.length - 1)
      return listOf(bracket[1]!, trimmed.slice(bracket[0].length, close), enums);
  }
  const colon = /^([\p{L}][\p{L}\p{N}_ -]{0,60}?)\s*(?::|—|–|\s-\s)\s*(.+)$/su.exec(trimmed);
  return colon === null ? undefined : listOf(colon[1]!, colon[2]!, enums);
}

function listOf(written: string, body: string, enums: Enums): Omit<ColumnList, 'start' | 'end'> | undefined {
  const named = tableName(written);
  if (named === undefined) return undefined;
  const columns = readColumns(splitOutsideParentheses(body, ',;'), enums, named.explicit);
  return columns === undefined ? undefined : { name: named.name, columns };
}

/**
 * "sensor(id uuid, label text), measurement(sensor_id fk, taken_at timestamptz)", after an optional
 * title ("Greenhouse sensors: …"): several tables written as a name and its columns in brackets, one
 * after another, separated by commas, semicolons or "and". Every group must read as columns, and
 * nothing but separators may lie between them; otherwise the sentence is no such list.
 */
function bracketGroups(sentence: string, enums: Enums): ColumnList[] {
  const title = /^[^():]{0,80}:\s*/.exec(sentence)?.[0].length ?? 0;
  const groups: ColumnList[] = [];
  let at = title;
  const head = /^\s*(?:(?:,|;|\band\b)\s*)*([\p{L}][\p{L}\p{N}_]{0,40})\s*\(/u;
  while (at < sentence.length && groups.length < MAX_LISTS) {
    const rest = sentence.slice(at);
    const match = head.exec(rest);
    if (match === null) break;
    const open = at + match[0].length - 1;
    const close = matchingClose(sentence, open, '(', ')');
    if (close === undefined) return [];
    const list = listOf(match[1]!, sentence.slice(open + 1, close), enums);
    if (list === undefined) return [];
    // The title goes with the first table: it names what the tables are for, not a table of its own.
    const start = groups.length === 0 ? 0 : at + match[0].indexOf(match[1]!);
    groups.push({ ...list, start, end: close + 1 });
    at = close + 1;
  }
  // Two tables at least, and nothing after the last but the sentence's end.
  return groups.length >= 2 && /^[\s.;,]*$/.test(sentence.slice(at)) ? groups : [];
}
