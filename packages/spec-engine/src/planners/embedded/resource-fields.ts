import type { EntityDraft, Reading } from './drafts.js';
import { kbEntityOf, nounPhrase } from './mentions.js';
import { keepsPeople, personalField } from './field-reader.js';
import { boundWord, withArticle } from './words.js';

/**
 * A field never takes the name of another resource of the plan as a value ("a library has a name and
 * books", "players have coaches"): the words say the two are linked. A plural names the other
 * resource's rows belonging here, a singular the one row this belongs to; where the two are linked
 * already, the field is dropped. Each choice is noted. Fields the request typed as something other
 * than text ("orders: integer", a count) and value lists keep their meaning.
 */
export function linkFieldsNamedAfterResources(reading: Reading): void {
  nameMeasuresOfTheResourceItself(reading);
  linkDoers(reading);
  for (const entity of reading.entities.values()) {
    for (let i = entity.fields.length - 1; i >= 0; i--) {
      const field = entity.fields[i]!;
      if (field.enumValues !== undefined || field.foreignKey || field.per !== undefined) continue;
      // "max guests" bounds how many guests; it names no guest.
      if (boundWord.test(field.words[0] ?? '')) continue;
      if (
        field.type !== undefined &&
        field.type !== 'string' &&
        field.type !== 'text' &&
        field.typedBy === 'stated'
      )
        continue;
      const target = resourceNamed(reading, field.name);
      if (target === undefined || target === entity) continue;
      entity.fields.splice(i, 1);
      const path = `${entity.key}.${field.name}`;
      const name = (key: string) => key.replaceAll('_', ' ');
      if (linked(reading, entity.key, target.key)) {
        reading.inferred.push({
          path,
          text: `dropped ${field.name}: ${name(target.plural)} are a resource of their own, already linked to ${name(entity.plural)}`,
        });
        continue;
      }
      const collection = field.many || field.name === target.plural || field.name !== target.key;
      const [child, parent] = collection ? [target, entity] : [entity, target];
      reading.links.push({
        kind: 'belongs-to',
        child: child.key,
        parent: parent.key,
        because: `${entity.key} has "${field.source.trim()}"`,
        stated: true,
        ...(!collection && field.required !== undefined ? { required: field.required } : {}),
      });
      reading.inferred.push({
        path: `${child.key}.${parent.key}_id`,
        text: `read ${entity.key}'s "${field.source.trim()}" as a link: each ${name(child.key)} belongs to ${withArticle(parent.key)}`,
      });
    }
  }
}

/**
 * "trees: how old the tree is" → age, where "customers: how big the lawn is" stays lawn_size: a
 * measure of the row itself is named by the measure alone, as a resource's other fields are.
 */
function nameMeasuresOfTheResourceItself(reading: Reading): void {
  for (const entity of reading.entities.values())
    for (const field of entity.fields) {
      if (field.measured === undefined || ![entity.key, entity.plural].includes(field.measured)) continue;
      const words = field.words.slice(field.measured.split('_').length);
      if (words.length === 0 || entity.fields.some((f) => f.name === words.join('_'))) continue;
      field.words = words;
      field.name = words.join('_');
    }
}

/** The resource a field's whole name names: `posts` or `post`, never `post_title`. */
function resourceNamed(reading: Reading, fieldName: string): EntityDraft | undefined {
  const exact = [...reading.entities.values()].find((e) => e.key === fieldName || e.plural === fieldName);
  if (exact !== undefined) return exact;
  const phrase = nounPhrase(fieldName.replaceAll('_', ' '));
  return phrase === undefined ? undefined : reading.entities.get(phrase.key);
}

function linked(reading: Reading, a: string, b: string): boolean {
  return reading.links.some((l) => [l.child, l.parent].includes(a) && [l.child, l.parent].includes(b));
}

/**
 * "who reported it", "who saw them": a field naming the person who did something is a link to the
 * request's resource for people, when it has exactly one besides the record itself; with none or
 * several, the field keeps the person's role as its name (`signed_by`). A role that names a resource
 * ("who coached it" → coach) is linked by name instead.
 */
function linkDoers(reading: Reading): void {
  const people = [...reading.entities.values()].filter(holdsPeople);
  for (const entity of reading.entities.values()) {
    for (let i = entity.fields.length - 1; i >= 0; i--) {
      const field = entity.fields[i]!;
      if (field.doer !== true || resourceNamed(reading, field.name) !== undefined) continue;
      const candidates = people.filter((p) => p !== entity);
      if (candidates.length !== 1) continue;
      const person = candidates[0]!;
      if (linked(reading, entity.key, person.key)) continue;
      entity.fields.splice(i, 1);
      reading.links.push({
        kind: 'belongs-to',
        child: entity.key,
        parent: person.key,
        because: `${entity.key} has "${field.source.trim()}"`,
        stated: true,
      });
      reading.inferred.push({
        path: `${entity.key}.${person.key}_id`,
        text: `read "${field.source.trim()}" as the ${person.key.replaceAll('_', ' ')} it names, the only people the request keeps`,
      });
    }
  }
}

/** Whether a resource keeps people: it has, or the knowledge base gives it, personal fields. */
export function holdsPeople(entity: EntityDraft): boolean {
  if (entity.fields.some((f) => personalField.test(f.name))) return true;
  const phrase = nounPhrase(entity.key.replaceAll('_', ' '));
  const known = phrase === undefined ? undefined : kbEntityOf(phrase);
  return keepsPeople(known);
}
