import type { Assumption } from '../planner.js';
import type { LinkDraft, Reading } from './drafts.js';

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
  const swap = (key: string) => (key === from ? to : key);
  const kept: LinkDraft[] = [];
  for (const link of reading.links) {
    const moved = { ...link, child: swap(link.child), parent: swap(link.parent) };
    if (moved.child === moved.parent) continue;
    const same = (other: LinkDraft) =>
      other.kind === moved.kind &&
      other.child === moved.child &&
      other.parent === moved.parent &&
      other.field === moved.field;
    if (!kept.some(same)) kept.push(moved);
  }
  reading.links.splice(0, reading.links.length, ...kept);
  reading.perFields.forEach((p, i) => {
    reading.perFields[i] = { ...p, entity: swap(p.entity), other: swap(p.other) };
  });
  reading.joins.forEach((j, i) => {
    reading.joins[i] = { join: swap(j.join), a: swap(j.a), b: swap(j.b) };
  });
  assumptions.forEach((a, i) => {
    if (a.path === from || a.path.startsWith(`${from}.`))
      assumptions[i] = { ...a, path: `${to}${a.path.slice(from.length)}` };
  });
}
