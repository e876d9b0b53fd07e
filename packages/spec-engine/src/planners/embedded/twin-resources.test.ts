import { describe, expect, it } from 'vitest';
import { createEmbeddedPlanner } from '../embedded-planner.js';
import { emptyReading, type EntityDraft } from './drafts.js';
import { mergeQualifiedTwins } from './twin-resources.js';

const entity = (key: string, order: number, fields: string[]): EntityDraft => ({
  key,
  plural: `${key}s`,
  fields: fields.map((name) => ({
    name,
    words: [name],
    unique: false,
    foreignKey: false,
    many: false,
    source: name,
  })),
  described: true,
  order,
});

describe('a resource read twice', () => {
  it('merges P_X into X when X belongs to P, keeping the fields and links of both', () => {
    const reading = emptyReading();
    for (const e of [
      entity('workout', 0, ['date']),
      entity('set', 1, ['reps']),
      entity('workout_set', 2, ['reps', 'weight']),
    ])
      reading.entities.set(e.key, e);
    reading.links.push(
      { kind: 'belongs-to', child: 'set', parent: 'workout', because: 'sets of a workout', stated: true },
      { kind: 'belongs-to', child: 'workout_set', parent: 'workout', because: 'knowledge', stated: false },
      { kind: 'belongs-to', child: 'workout_set', parent: 'exercise', because: 'knowledge', stated: false },
    );
    const assumptions = [{ path: 'workout_set.weight', text: 'typed weight as a number' }];
    mergeQualifiedTwins(reading, assumptions);
    expect([...reading.entities.keys()]).toEqual(['workout', 'set']);
    expect(reading.entities.get('set')!.fields.map((f) => f.name)).toEqual(['reps', 'weight']);
    expect(reading.links.map((l) => `${l.child}->${l.parent}`)).toEqual(['set->workout', 'set->exercise']);
    expect(assumptions[0]!.path).toBe('set.weight');
    expect(assumptions.at(-1)!.text).toContain('one resource rather than two');
  });

  it('leaves P_X alone when X does not belong to P, or when the request named it as a join', () => {
    const reading = emptyReading();
    for (const e of [entity('product', 0, []), entity('category', 1, []), entity('product_category', 2, [])])
      reading.entities.set(e.key, e);
    mergeQualifiedTwins(reading, []);
    expect(reading.entities.has('product_category')).toBe(true);
    reading.links.push({
      kind: 'belongs-to',
      child: 'category',
      parent: 'product',
      because: 'x',
      stated: true,
    });
    reading.joins.push({ join: 'product_category', a: 'product', b: 'category' });
    mergeQualifiedTwins(reading, []);
    expect(reading.entities.has('product_category')).toBe(true);
  });

  it('plans a workout log whose sets a compound names again', async () => {
    const { design } = await createEmbeddedPlanner().plan(
      'track my workouts with exercises, sets and reps per exercise',
    );
    const names = design.resources.map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['workout', 'exercise']));
    expect(names.filter((n) => n.endsWith('set'))).toHaveLength(1);
  });
});
