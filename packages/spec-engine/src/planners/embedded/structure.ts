/**
 * Splits a request into what its layout says: blocks of fields under a resource's name (markdown
 * bullets, indented column lists, tables), one-line definitions ("Tickets: event, price"), and the
 * prose left over, sentence by sentence.
 */

import { isLeadIn, readEndpointLine } from './endpoints.js';
import { gatherDottedPaths } from './dotted-paths.js';
import { declarationKeywords } from './evidence.js';
import { analyse } from './nlp.js';
import { splitOutsideParentheses } from './parenthesis-split.js';
import { bracketTitledList } from './titled-lists.js';
import { bulletPattern, outlineOf, unmark, type OutlineNode } from './outline.js';

export interface Block {
  readonly name: string;
  readonly items: readonly string[];
  /** Items are SQL-like columns ("length_m numeric(6,2) not null"). */
  readonly columns: boolean;
  /** The block this one is nested under ("- Bins" under "- Warehouses"): each row belongs to one of its. */
  readonly parent?: string;
  /** A schema note ("Voucher { code: string }"): its members are all the resource's fields. */
  readonly declared?: boolean;
}

export interface Layout {
  /** `Name` followed by bullets, indented lines or a table of its fields. */
  readonly blocks: Block[];
  /** Lines and sentences, in order, with markdown markers removed. */
  readonly lines: string[];
  /** Endpoint paths ("/boards/{board}/threads"), each as its segments without parameters. */
  readonly endpoints: string[][];
  /** Objects of inline JSON examples, with the word before them ("POST /todos {…}"). */
  readonly examples: { readonly before: string; readonly value: Record<string, unknown> }[];
}

const headingPattern = /^\s*#{1,6}\s+/;

/** How deep a line sits: its indentation, and half a column more for a list item. */
const depthOf = (line: string) =>
  /^\s*/.exec(line)![0].replace(/\t/g, '    ').length + (bulletPattern.test(line) ? 0.5 : 0);

/** A short line naming what the lines under it describe ("Pets:", "- Warehouses"). */
const nameLine = /^[\p{L}][\p{L}\p{N} _'-]{0,40}:?$/u;

/**
 * A line and the lines under it. A name over field lines is a block of those fields; lines under it
 * with lines of their own are blocks too, each row belonging to one of the outer's ("- Warehouses",
 * "  - code", "  - Bins", "    - label"). A title over blocks only ("Data model", "Things to track:")
 * is read as a line, and so is every line that is neither a field nor a name over fields.
 */
function readTree(node: OutlineNode, parent: string | undefined, blocks: Block[], lines: string[]): void {
  const leaves = node.children.filter((c) => c.children.length === 0).map((c) => c.content);
  const groups = node.children.filter((c) => c.children.length > 0);
  const items = leaves.flatMap((leaf) => (isCommaList(leaf) ? splitOutsideParentheses(leaf, ',') : [leaf]));
  const columns = items.length > 0 && items.every((item) => columnPattern.test(item));
  const fieldLines = leaves.filter((leaf) => isCommaList(leaf) || looksLikeFieldLine(leaf)).length;
  const isBlock =
    nameLine.test(node.content) &&
    (columns ||
      (leaves.length > 0 && fieldLines >= leaves.length / 2 && resourceLines(leaves) < leaves.length / 2));
  const name = node.content.replace(/:$/, '');
  if (isBlock) blocks.push({ name, items, columns, ...(parent !== undefined ? { parent } : {}) });
  else {
    lines.push(node.content);
    lines.push(...leaves);
  }
  for (const group of groups) readTree(group, isBlock ? name : undefined, blocks, lines);
}

/** "brand, model, frame size": short names and commas, no colon. */
function isCommaList(line: string): boolean {
  const parts = splitOutsideParentheses(line, ',');
  return (
    parts.length >= 2 &&
    !line.includes(':') &&
    // Each part a few words long, so no part is a clause ("starts at" is a field, however tagged).
    parts.every((part) => part.split(/\s+/).length <= 4)
  );
}

const columnPattern =
  /^[a-z_][a-z0-9_]*\s+(?:varchar|char|text|int|integer|bigint|smallint|serial|numeric|decimal|float|double|real|bool|boolean|date|datetime|timestamp|timestamptz|time|uuid|json|jsonb|enum|money|string)\b/i;

export function readLayout(text: string): Layout {
  const endpoints: string[][] = [];
  const examples: Layout['examples'] = [];
  const blocks: Block[] = [];
  const withoutJson = extractJson(gatherDottedPaths(text), examples, blocks);
  // Paths are read as endpoints and taken out of their lines, with any words that only led in to them.
  const rawLines = withoutJson.split(/\r?\n/).map((raw) => {
    const { chains, rest } = readEndpointLine(unmark(raw));
    endpoints.push(...chains);
    return rest.trim() === '' ? '' : spacedHead(rest);
  });
  // "Routes:" over a list of paths only leads in to them.
  if (endpoints.length > 0)
    for (let k = 0; k < rawLines.length; k++) if (isLeadIn(rawLines[k]!)) rawLines[k] = '';
  const lines: string[] = [];
  let i = 0;
  while (i < rawLines.length) {
    const line = rawLines[i]!;
    if (line.trim() === '') {
      i++;
      continue;
    }
    if (isTableRow(line)) {
      const rows: string[][] = [];
      while (i < rawLines.length && isTableRow(rawLines[i]!)) {
        const cells = rawLines[i]!.split('|').map((c) => c.trim());
        if (cells[0] === '') cells.shift();
        if (cells.at(-1) === '') cells.pop();
        if (!cells.every((c) => /^:?-+:?$/.test(c))) rows.push(cells);
        i++;
      }
      const header = rows[0]?.map((c) => c.toLowerCase()) ?? [];
      // "| resource | fields |": a row per resource, its name in the first cell and its fields after.
      if (rows.length > 1 && isResourceHeader(header[0] ?? '') && header.length >= 2) {
        for (const row of rows.slice(1))
          if (row[0] !== undefined && row[0] !== '')
            blocks.push({
              name: row[0],
              items: row
                .slice(1)
                .join(', ')
                .split(/\s*[,;]\s*/)
                .filter(Boolean),
              columns: false,
            });
        continue;
      }
      const name = lastHeading(lines);
      if (name !== undefined && rows.length > 1) {
        const describesFields = /^(?:field|column|name|attribute|property)s?$/.test(header[0] ?? '');
        blocks.push({
          name,
          items: describesFields ? rows.slice(1).map((r) => `${r[0]} (${r.slice(1).join(', ')})`) : rows[0]!,
          columns: false,
        });
        lines.pop();
      }
      continue;
    }
    // A line with lines under it (deeper, or list items under a plain line) is read as a tree.
    const depth = depthOf(line);
    let j = i + 1;
    while (j < rawLines.length) {
      const candidate = rawLines[j]!;
      if (candidate.trim() !== '' && (isTableRow(candidate) || depthOf(candidate) <= depth)) break;
      j++;
    }
    const [root] = outlineOf(rawLines.slice(i, j).join('\n'));
    if (root !== undefined && root.children.length > 0) {
      readTree(root, undefined, blocks, lines);
      i = j;
      continue;
    }
    const content = line.replace(headingPattern, '').replace(bulletPattern, '').trim();
    lines.push(bracketTitledList(content) ?? content);
    i++;
  }
  return { blocks, lines, endpoints, examples };
}

/** A table header cell naming its rows as resources rather than fields. */
const isResourceHeader = (cell: string) =>
  /^(?:resource|entity|entities|table|model|object|collection|record|type|thing)s?(?: name)?$/.test(
    cell.trim(),
  );

/**
 * A markdown table row: it opens with a pipe or spaces its cells (" | "); "todo|doing|done" is a field's
 * values, and so is "category (food | travel | office)": pipes inside brackets separate values, not cells.
 */
const isTableRow = (raw: string) => {
  const line = raw.replace(/\([^()]*\)|\[[^[\]]*\]/g, '()');
  return (
    /^\s*\|?[^|]+\|[^|]+/.test(line) &&
    (line.match(/\|/g)?.length ?? 0) >= 2 &&
    (/^\s*\|/.test(line) || /\s\|\s/.test(line))
  );
};

function lastHeading(lines: string[]): string | undefined {
  const last = lines.at(-1);
  return last !== undefined && /^[\p{L}][\p{L}\p{N} _-]{0,40}:?$/u.test(last)
    ? last.replace(/:$/, '')
    : undefined;
}

/** "label: string, required", "- weight: decimal, >= 0", "owner: required": one field per line. */
function looksLikeFieldLine(item: string): boolean {
  const colon = /^([\p{L}_][\p{L}\p{N}_ ,]{0,40}):\s*(.*)$/u.exec(item);
  // "Projects have a name and a deadline": a sentence, not a field's name.
  if (colon === null) return columnPattern.test(item) || (!/[,:]/.test(item) && !isSentence(item));
  const rest = colon[2]!.split(',').length;
  return (
    rest <= 3 ||
    /\b(?:string|text|int|integer|decimal|bool|boolean|date|datetime|enum|required|optional|unique)\b/.test(
      colon[2]!,
    )
  );
}

/** A line of five words or more with a finite verb: "Each milestone belongs to a project". */
function isSentence(item: string): boolean {
  if (item.split(/\s+/).length < 5) return false;
  return analyse(item.toLowerCase()).some(
    (w) => w.pos === 'AUX' || (w.pos === 'VERB' && !/(?:ing|ed)$/.test(w.text)),
  );
}

/**
 * How many items, such as "kilns: code, max_temp, built_on", define resources of their own: two or more
 * of the parts after the name are names. "weight: decimal, >= 0" is one field's definition (a type and a
 * bound), while "Product: sku (unique), name, price" names three fields, whatever its brackets say.
 */
function resourceLines(items: readonly string[]): number {
  return items.filter((item) => {
    const colon = /^[\p{L}][\p{L}\p{N} _-]{0,40}\s*(?::|—|–| - )\s*(.+)$/u.exec(item);
    const paren = /^[\p{L}][\p{L}\p{N} _-]{0,40}\s*\((.+)\)\s*$/u.exec(item);
    const rest = colon?.[1] ?? paren?.[1];
    if (rest === undefined) return false;
    const names = splitOutsideParentheses(rest, ',')
      .map((part) => part.replace(/\([^()]*\)/g, '').trim())
      .filter((part) => part !== '' && !definitionWord.test(part) && !/^[<>=!≥≤\d-]/.test(part));
    return names.length >= 2;
  }).length;
}

/** Type words, modifiers and bounds: what a field's own definition says after its name. */
const definitionWord =
  /\b(?:string|varchar|int|integer|decimal|numeric|bool|boolean|datetime|uuid|enum|required|optional|unique|nullable|default)\b|\b(?:min|max)\b\s*[:=]?\s*-?\d/;

/** Words between a path or a name and its JSON example: "with body", "request payload:", "e.g.", "like". */
const exampleLeadIn =
  /\s*(?:,\s*)?(?:(?:with|and|takes|accepts|expects|sends?|gets?|returns?)\s+)?(?:(?:a|an|the|its|this|json|request|response)\s+){0,2}(?:(?:body|payload|json|example|sample)\s*)?(?:(?:like|such as|e\.?g\.?|for example|as in)\s*)?[:=]?\s*$/i;

/** Takes `{…}` JSON objects out of the text, keeping what they show as examples. */
function extractJson(text: string, examples: Layout['examples'], blocks: Block[]): string {
  let result = '';
  let i = 0;
  let guard = 0;
  while (i < text.length && guard++ < 1000) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    const close = matchingBrace(text, open);
    if (close < 0) break;
    const candidate = text.slice(open, close + 1);
    let value: unknown;
    try {
      value = candidate.length <= 20_000 ? JSON.parse(candidate) : undefined;
    } catch {
      value = undefined;
    }
    const loose = value === undefined ? looseFields(candidate) : undefined;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      // "POST /payouts with body {…}": the words that only introduce the example name no resource, so
      // the example is read as the path's or the name's before them.
      const before = text.slice(Math.max(0, open - 200), open).replace(exampleLeadIn, ' ');
      examples.push({ before, value: value as Record<string, unknown> });
      result += `${text.slice(i, open)} `;
    } else if (loose !== undefined) {
      const before = withoutSchemaKeyword(text.slice(i, open));
      const named = /(?:^|[\s;,.:])([\p{L}_][\p{L}\p{N}_]*)\s*[:=]?\s*$/u.exec(before);
      // "Refund { reason: string }" on a line of its own, or after another note on the same line
      // ("Voucher {…}, Order {…}"), is a resource and its fields, as a name over bullets is, however few
      // the fields and whatever the name; in a sentence it stays in the text.
      const opening = (text: string) => /(?:^|\n)\s*$/.test(text) || /\}\s*[,;]?\s*$/.test(text);
      if (
        named !== null &&
        opening(text.slice(0, i) + before.slice(0, named.index + named[0].indexOf(named[1]!)))
      ) {
        blocks.push({ name: spacedName(named[1]!), items: loose, columns: false, declared: true });
        result += `${before.slice(0, named.index + named[0].indexOf(named[1]!))}\n`;
      } else result += `${before.replace(/[\p{L}\p{N}_]+\s*$/u, spacedName)}(${loose.join(', ')})`;
    } else result += text.slice(i, close + 1);
    i = close + 1;
  }
  return result + text.slice(i);
}

/**
 * "{ id: uuid, label: string, sensor: ref }", the shorthand of TypeScript types and schema notes
 * (not JSON): its "name: type" pairs as a field list, "label string, sensor fk", which the inline
 * definition reader reads as names with trailing type words; a type that points at another resource
 * ("uuid -> Doctor") is a reference to it, "doctor_id (ref Doctor)".
 */
function looseFields(candidate: string): string[] | undefined {
  const inner = candidate.slice(1, -1).trim();
  if (inner === '' || /[{}[\]"]/.test(inner.replaceAll('[]', ''))) return undefined;
  // "species: enum(cat, dog)": commas inside brackets are the member's own.
  const pairs = splitOutsideParentheses(inner, ',;\n');
  const fields: string[] = [];
  for (const pair of pairs) {
    // "doctor_id: uuid -> Doctor", "owner: User references users": a link, with the resource it names.
    const reference =
      /^([\p{L}_][\p{L}\p{N}_ ]{0,40}?)\??\s*:\s*(?:[\p{L}][\p{L}\p{N}_]{0,20}\s*)?(?:->|→|=>|references|refs?)\s*([\p{L}][\p{L}\p{N}_]{0,40})(?:\s*\(\s*[\p{L}\p{N}_]+\s*\))?$/iu.exec(
        pair,
      );
    if (reference !== null) {
      fields.push(`${reference[1]!.trim()} (ref ${spacedName(reference[2]!).replaceAll(' ', '_')})`);
      continue;
    }
    const match =
      /^([\p{L}_][\p{L}\p{N}_ ]{0,40}?)\??\s*:\s*([\p{L}][\p{L}\p{N}_ ()|.,/=<>≥≤'-]{0,80}?)(\[\])?\??$/u.exec(
        pair,
      );
    if (match === null) return undefined;
    const [, camel, written, list] = match as unknown as [string, string, string, string | undefined];
    // "productCode" is the field product_code, as TypeScript writes it.
    const name = spacedName(camel).replaceAll(' ', '_');
    const typeName = /^[A-Z][\p{L}\p{N}_]*$/u.exec(written.trim())?.[0];
    // "course: Course": a type named after another resource is a link to it; "courses: Course[]" is the
    // other side of one, which the resource it names already holds.
    if (typeName !== undefined && !scalarTypeNames.has(typeName.toLowerCase())) {
      if (list === undefined)
        fields.push(`${name.trim()} (ref ${spacedName(typeName).replaceAll(' ', '_')})`);
      continue;
    }
    const type = written.trim().replace(/^(?:ref|reference|foreign key|relation)$/i, 'fk');
    // "tags: string[]": a list of values is stored as one JSON value. "founded: Date" in brackets, as
    // "founded date" would read as an English name ending in a type's word ("birth date").
    if (list !== undefined) fields.push(`${name.trim()} json`);
    else if (/^(?:date|time|number|email|url|money)$/i.test(type)) fields.push(`${name.trim()} (${type})`);
    else fields.push(`${name.trim()} ${type}`);
  }
  return fields.length > 0 ? fields : undefined;
}

/** A line's head written as one CamelCase or camelCase word, after any list marker, before its list. */
const camelHead =
  /^(\s*(?:[-*•+]\s+|\d{1,3}[.)]\s+|#{1,6}\s+)?)(\p{L}[\p{Ll}\p{N}]*(?:\p{Lu}[\p{Ll}\p{N}]+)+)(?=\s*(?::|—|–|\s-\s|\(|$))/u;

/**
 * "- dogOwner: name, phone", "2. WorkOrder (date)": an entity's name written as an identifier is the
 * words it joins (dog_owner), whatever the list's marker.
 */
function spacedHead(line: string): string {
  // Joined by hyphens, the words stay one name: "glaze recipe" alone reads "glaze" as a verb.
  return line.replace(
    camelHead,
    (_m, marker: string, name: string) => `${marker}${spacedName(name).toLowerCase().replaceAll(' ', '-')}`,
  );
}

/**
 * "MenuItem" → "Menu item": a schema name written in CamelCase is a compound whose words the noun
 * reader has to see apart, as it does "menu item" or "menu_item".
 */
function spacedName(name: string): string {
  return name.replace(/(\p{Ll}|\p{N})(\p{Lu})/gu, (_m, a: string, b: string) => `${a} ${b.toLowerCase()}`);
}

/** Type names that are values, not other resources, however they are capitalised. */
const scalarTypeNames = new Set(
  'string str text varchar char int integer bigint smallint long short number float double decimal numeric money bool boolean date datetime time timestamp timestamptz instant email url uri uuid id json object any'.split(
    ' ',
  ),
);

/** "Model Course {", "entity Patient {": the notation's keyword is not part of the resource's name. */
function withoutSchemaKeyword(before: string): string {
  return before.replace(
    /(^|[\s;,.:])(\p{L}+)\s+([\p{L}][\p{L}\p{N}_]*\s*)$/u,
    (whole, start: string, keyword: string, name: string) =>
      declarationKeywords.has(keyword.toLowerCase()) ? `${start}${name}` : whole,
  );
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  let inString = false;
  for (let k = open; k < text.length && k < open + 20_000; k++) {
    const c = text[k];
    if (inString) {
      if (c === '\\') k++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return k;
  }
  return -1;
}
