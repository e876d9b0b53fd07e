import type { Reading } from './drafts.js';

/**
 * "a course can have many students and a student many courses": the second half repeats the pairing
 * with its verb left out, which the list readers read as one more value of the first side
 * (course.student_many_courses). Once the pair is known to be many-to-many, or joined by a record,
 * such a value says nothing more and goes.
 */
export function dropGappedPairValues(reading: Reading): void {
  const pairs = new Set<string>();
  for (const link of reading.links)
    if (link.kind === 'many-to-many') pairs.add([link.child, link.parent].sort().join(' '));
  // A record linking the two sides stands for the pairing as well.
  const parents = new Map<string, string[]>();
  for (const link of reading.links)
    if (link.kind === 'belongs-to')
      parents.set(link.child, [...(parents.get(link.child) ?? []), link.parent]);
  for (const sides of parents.values())
    for (const a of sides) for (const b of sides) if (a < b) pairs.add(`${a} ${b}`);
  for (const pair of pairs) {
    const [a, b] = pair.split(' ') as [string, string];
    for (const [side, other] of [
      [a, b],
      [b, a],
    ] as const) {
      const entity = reading.entities.get(side);
      const otherEntity = reading.entities.get(other);
      if (entity === undefined || otherEntity === undefined) continue;
      const gapped = new RegExp(
        `^(?:${other}|${side})_(?:many|several|multiple|various|lots_of|any_number_of)_(?:${side}|${entity.plural})$`,
      );
      const kept = entity.fields.filter((f) => !gapped.test(f.name));
      if (kept.length < entity.fields.length) entity.fields.splice(0, entity.fields.length, ...kept);
    }
  }
}
