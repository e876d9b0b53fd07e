import type { Assumption } from '../planner.js';
import { repointLinks, type EntityDraft, type Reading } from './drafts.js';

/**
 * One thing read twice becomes one resource. When X belongs to P and another resource is named P_X
 * ("sets" of a workout beside a "workout_set" that a compound or the knowledge base made of the same
 * words), they are the same records — and as two resources their routes would collide:
 * /workouts/{id}/sets and /workout-sets are both `listWorkoutSets`. The request's own word X keeps
 * the fields and links of both.
 */
export function mergeQualifiedTwins(reading: Reading, assumptions: Assumption[]): void {
  for (const twin of [...reading.entities.values()]) {
    // A join the request named ("product_category" between products and categories) is its own thing.
    if (reading.joins.some((join) => join.join === twin.key)) continue;
    const base = qualifiedBase(reading, twin.key);
    if (base === undefined) continue;
    for (const field of twin.fields)
      if (!base.fields.some((own) => own.name === field.name)) base.fields.push(field);
    repointLinks(reading, twin.key, base.key);
    reading.entities.delete(twin.key);
    assumptions.forEach((assumption, i) => {
      const [head, ...rest] = assumption.path.split('.');
      if (head === twin.key) assumptions[i] = { ...assumption, path: [base.key, ...rest].join('.') };
    });
    assumptions.push({
      path: base.key,
      text: `read ${twin.key} as the ${base.plural} already named, one resource rather than two`,
    });
  }
}

/** X when `key` is P_X, both P and X are resources and X belongs to P. */
function qualifiedBase(reading: Reading, key: string): EntityDraft | undefined {
  const parts = key.split('_');
  for (let cut = 1; cut < parts.length; cut++) {
    const parent = parts.slice(0, cut).join('_');
    const base = reading.entities.get(parts.slice(cut).join('_'));
    if (base === undefined || !reading.entities.has(parent)) continue;
    const belongs = reading.links.some(
      (link) => link.kind === 'belongs-to' && link.child === base.key && link.parent === parent,
    );
    if (belongs) return base;
  }
  return undefined;
}
