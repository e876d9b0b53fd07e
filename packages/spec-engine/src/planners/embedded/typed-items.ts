import { readLooseColumn } from './column-lists.js';
import type { Enums } from './column-types.js';
import type { EntityDraft, Reading } from './drafts.js';
import { fieldOf, linkTo, snake, tableKey } from './schema-reading.js';

const noEnums: Enums = { values: new Map(), spans: [] };

/**
 * One item of a field list written in typed notation ("total numeric not null", "qty int >= 0",
 * "sku (text, unique, required)", "customer_id uuid fk customers"): its type and constraints as
 * written, never as part of its name; a column that references a table as a link; a declared `id` as nothing, since
 * every resource has one. False, and nothing read, for an item that carries no type or modifier.
 */
export function addTypedItem(reading: Reading, entity: EntityDraft, item: string): boolean {
  const read = readLooseColumn(item, noEnums);
  if (read === undefined || !read.typed || read.plainWordType) return false;
  const { column } = read;
  // "artist: required" says nothing of a type, so the field reader decides whether it links.
  if (column.type === undefined && column.references === undefined) return false;
  const name = snake(column.name);
  if (name === '' || name === 'id') return true;
  // "book_id uuid" names its table only by the column's name; the id reader links it, saying so.
  if (column.references !== undefined) {
    const parent = tableKey(column.references).key;
    // "parent (ref Category)" on a category: a row pointing at another of its kind, under the column's
    // name; "category_id (ref Category)" on a category is its own key, not a link.
    if (parent !== entity.key || name.replace(/_id$/, '') !== entity.key) {
      linkTo(reading, entity, parent, column, name, reading.entities.size);
      return true;
    }
  }
  if (!entity.fields.some((f) => f.name === name)) entity.fields.push(fieldOf(column, name));
  return true;
}
