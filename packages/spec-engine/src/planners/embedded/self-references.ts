import { addStatedLink, type Reading } from './drafts.js';
import { nounPhrase, resolve } from './mentions.js';

/**
 * Rows that point at another row of their own kind, said in words rather than in a schema:
 * "each employee has a name and a manager, who is another employee", "a mentor (also a member)",
 * "categories have a name and a parent category". The field becomes a link from the resource to itself
 * under the field's own name (manager_id, mentor_id, parent_id), which the design keeps optional.
 */
const anotherOne =
  /\b(?:a|an|the|its|their|his|her|one)\s+([a-z][a-z-]{1,30}(?:\s+[a-z][a-z-]{1,30})?)\s*(?:,\s*|\(\s*|\s+-\s+|\s+)(?:(?:who|which|that)\s+(?:is|are|must be|should be)\s+)?(?:also\s+)?(?:another|an\s+other|a\s+different|some\s+other|other|also\s+an?)\s+([a-z][a-z-]{1,40})\b/g;

/** Reads self-references from the request's sentences and from field names such as parent_category. */
export function readSelfReferences(reading: Reading, sentences: readonly string[]): void {
  for (const sentence of sentences) {
    if (sentence.length > 2000) continue;
    for (const match of sentence.toLowerCase().matchAll(anotherOne)) {
      const kind = nounPhrase(match[2]!);
      const entity = kind === undefined ? undefined : resolve(reading, kind);
      if (entity === undefined) continue;
      const name = match[1]!.trim().replace(/[\s-]+/g, '_');
      // The list readers may have split "a mentor (also a member)" into mentor_also and member.
      const written = new RegExp(`^${name}(?:_id|_(?:also|another|other))?$|^${entity.key}$`);
      linkToItself(reading, entity.key, name, written, match[0]);
    }
  }
  // "parent category" on a category: a field named after its own resource with a word before it.
  for (const entity of reading.entities.values())
    for (const field of [...entity.fields]) {
      const own = new RegExp(`^([a-z][a-z0-9]*)_${entity.key}$`).exec(field.name);
      if (own !== null) linkToItself(reading, entity.key, own[1]!, new RegExp(`^${field.name}$`), field.name);
    }
}

/** Replaces the fields `written` matches on a resource by a link to another row of it, under `name`. */
function linkToItself(reading: Reading, key: string, name: string, written: RegExp, because: string): void {
  const entity = reading.entities.get(key);
  if (entity === undefined || name === key) return;
  const kept = entity.fields.filter((f) => !written.test(f.name));
  // Only a field the request gave becomes the link: the wording alone adds none.
  if (kept.length === entity.fields.length) return;
  entity.fields.splice(0, entity.fields.length, ...kept);
  if (!reading.links.some((l) => l.child === key && l.parent === key && l.field === name))
    addStatedLink(reading, entity, entity, because, { required: false, field: name });
}
