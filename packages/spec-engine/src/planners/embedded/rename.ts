import type { Assumption } from '../planner.js';
import { repointLinks, type Reading } from './drafts.js';

/**
 * Gives the resource `from` the name `to`. Where the reading already has a resource of that name (a
 * name read twice, once with a stray word: "entity_customer" beside the "customer" a link named), the
 * two are one: the fields it lacks are added to it and it keeps the earlier position. Links, joins,
 * per-pair fields and assumptions follow the new name; a link that now joins a resource to itself, or
 * repeats another, goes.
 */
export function renameResource(
  reading: Reading,
  from: string,
  to: string,
  plural: string,
  assumptions: Assumption[],
): void {
  const entity = reading.entities.get(from);
  if (entity === undefined || from === to) return;
  reading.entities.delete(from);
  const target = reading.entities.get(to);
  if (target === undefined) reading.entities.set(to, { ...entity, key: to, plural });
  else {
    for (const field of entity.fields)
      if (!target.fields.some((own) => own.name === field.name)) target.fields.push(field);
    reading.entities.set(to, {
      ...target,
      described: target.described || entity.described,
      order: Math.min(target.order, entity.order),
    });
  }
  repointLinks(reading, from, to);
  assumptions.forEach((a, i) => {
    if (a.path === from || a.path.startsWith(`${from}.`))
      assumptions[i] = { ...a, path: `${to}${a.path.slice(from.length)}` };
  });
}
