import type { Assumption } from '../planner.js';
import type { EntityDraft, Reading } from './drafts.js';
import { withArticle } from './words.js';
import { pluralize, toIdentifier } from './english.js';
import type { FieldDraft } from './field-reader.js';
import { singularOf } from './nlp.js';
import type { SchemaColumn, SchemaTable } from './schema-blocks.js';

/** Columns every resource has already (`id`, `created_at`, `updated_at`), in any spelling. */
const implicitColumns = new Set(['id', 'created_at', 'updated_at', 'inserted_at', 'modified_at']);

export const snake = (name: string) =>
  toIdentifier(
    name
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
      .split(/[\s_-]+/),
  );

/**
 * `order_items` → order_item, `BlogPost` → blog_post, `people` → person, `warehouses` → warehouse: the
 * English model's lemma, as in prose, where suffix rules alone cannot tell houses from buses.
 */
export function tableKey(name: string): { key: string; plural: string } {
  const words = snake(name).split('_');
  const last = words.pop()!;
  const key = [...words, singularOf(last)].join('_');
  return { key, plural: key === snake(name) ? pluralize(key) : snake(name) };
}

/**
 * The schema's tables as resources: the names, types and constraints written, foreign keys and
 * relation fields as links. Nothing is completed from knowledge: a table lists all its columns.
 * `order` places the resources after `start` mentions already read.
 */
export function readSchemaTables(
  tables: readonly SchemaTable[],
  reading: Reading,
  start: number,
  assumptions: Assumption[] = [],
): Set<string> {
  const keys = new Map<string, string>();
  for (const table of tables) {
    const { key } = tableKey(table.name);
    keys.set(table.name.toLowerCase(), key);
    keys.set(snake(table.name), key);
    keys.set(key, key);
  }
  const targetOf = (name: string | undefined) => {
    if (name === undefined) return undefined;
    return keys.get(name.toLowerCase()) ?? keys.get(snake(name)) ?? keys.get(tableKey(name).key);
  };
  // "book_id" where the prose describes books: a link to them, as to a table.
  const described = (name: string) => {
    const key = tableKey(name.replace(/_id$/, '')).key;
    return reading.entities.get(key)?.described === true ? key : undefined;
  };
  const declared = new Set<string>();
  let order = start;
  for (const table of tables) {
    const { key, plural } = tableKey(table.name);
    if (declared.has(key)) continue;
    declared.add(key);
    // A table the prose named keeps its place among the resources.
    const entity: EntityDraft = {
      key,
      plural,
      fields: [],
      described: true,
      order: reading.entities.get(key)?.order ?? order++,
    };
    reading.entities.set(key, entity);
  }
  const lists: { owner: string; target: string }[] = [];
  for (const table of tables) {
    const entity = reading.entities.get(tableKey(table.name).key)!;
    const consumed = new Set(table.columns.flatMap((c) => c.relationFields ?? []).map((n) => snake(n)));
    for (const column of table.columns) {
      const name = snake(column.name);
      if (name === '' || consumed.has(name) || (implicitColumns.has(name) && !column.references)) continue;
      if (column.primaryKey && (name === `${entity.key}_id` || name === 'uuid')) continue;
      const target =
        targetOf(column.references) ??
        targetOf(column.typeName) ??
        (/_id$/.test(name) ? (targetOf(name.replace(/_id$/, '')) ?? described(name)) : undefined);
      if (column.list && target !== undefined) {
        lists.push({ owner: entity.key, target });
        continue;
      }
      const parent =
        target ?? (column.references !== undefined ? tableKey(column.references).key : undefined);
      if (parent !== undefined) {
        linkTo(reading, entity, parent, column, name, order++);
        // "book_id uuid" says no table: the link is read from the column's name.
        if (column.references === undefined && targetOf(column.typeName) === undefined)
          assumptions.push({
            path: `${entity.key}.${name}`,
            text: `read ${name} as a link from each ${entity.key.replaceAll('_', ' ')} to ${withArticle(parent)}`,
          });
        continue;
      }
      if (!entity.fields.some((f) => f.name === name)) entity.fields.push(fieldOf(column, name));
    }
  }
  linkLists(reading, lists);
  return declared;
}

export function linkTo(
  reading: Reading,
  child: EntityDraft,
  parent: string,
  column: SchemaColumn,
  name: string,
  order: number,
): void {
  if (!reading.entities.has(parent))
    reading.entities.set(parent, {
      key: parent,
      plural: pluralize(parent),
      fields: [],
      described: false,
      order,
    });
  const fieldName = name.replace(/_id$/, '');
  reading.links.push({
    kind: 'belongs-to',
    child: child.key,
    parent,
    because: `${child.key}.${column.name} references ${parent}`,
    stated: true,
    required: column.required,
    ...(fieldName !== parent ? { field: fieldName } : {}),
  });
}

/**
 * `tags Tag[]` on a post and `posts Post[]` on a tag, with no key on either: many-to-many. A list on
 * one side only, with no key on the other, says the listed rows belong to the owner.
 */
function linkLists(reading: Reading, lists: readonly { owner: string; target: string }[]): void {
  const linked = (a: string, b: string) =>
    reading.links.some((l) => (l.child === a && l.parent === b) || (l.child === b && l.parent === a));
  for (const { owner, target } of lists) {
    if (owner === target || linked(owner, target)) continue;
    const both = lists.some((l) => l.owner === target && l.target === owner);
    reading.links.push({
      kind: both ? 'many-to-many' : 'belongs-to',
      child: both ? [owner, target].sort()[0]! : target,
      parent: both ? [owner, target].sort()[1]! : owner,
      because: both ? `${owner} and ${target} list each other` : `${owner} lists ${target}`,
      stated: true,
    });
  }
}

/** A plain string column named for an email address or a URL is validated as one. */
function refinedType(column: SchemaColumn, name: string): SchemaColumn['type'] {
  if (column.type !== 'string' || column.format !== undefined) return column.type;
  if (/(?:^|_)email$/.test(name)) return 'email';
  if (/(?:^|_)(?:url|website|homepage)$/.test(name)) return 'url';
  return column.type;
}

export function fieldOf(column: SchemaColumn, name: string): FieldDraft {
  const type = refinedType(column, name);
  return {
    name,
    words: name.split('_'),
    ...(type !== undefined ? { type, typedBy: 'stated' as const } : {}),
    ...(column.format !== undefined ? { format: column.format } : {}),
    required: column.required,
    unique: column.unique,
    ...(column.enumValues !== undefined && column.enumValues.length > 0
      ? { enumValues: column.enumValues }
      : {}),
    ...(column.minimum !== undefined ? { minimum: column.minimum } : {}),
    ...(column.maximum !== undefined ? { maximum: column.maximum } : {}),
    ...(column.maxLength !== undefined ? { maxLength: column.maxLength } : {}),
    ...(column.defaultText !== undefined ? { defaultText: column.defaultText } : {}),
    foreignKey: false,
    many: false,
    source: column.name,
  };
}
