import type { Field } from '../design/api-design.js';
import { effectiveMaxLength } from '../design/field-values.js';
import { change } from './design-change.js';
import { isWidening } from './type-widening.js';
import type { DesignChange, FieldConstraint } from './types.js';

const constraints: readonly FieldConstraint[] = [
  'unique',
  'readOnly',
  'default',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'pattern',
  'references',
];

/** The differences between two versions of one field (`now` may carry a new name after a rename). */
export function fieldChanges(resource: string, old: Field, now: Field): DesignChange[] {
  const path = `/resources/${resource}/fields/${now.name}`;
  const label = `${resource}.${now.name}`;
  const field = now.name;
  const changes: DesignChange[] = [];
  if (old.type !== now.type) {
    const safe = isWidening(old, now);
    changes.push(
      change(
        `${path}/type`,
        !safe,
        safe
          ? `Field ${label} widened from ${old.type} to ${now.type}; stored values stay valid.`
          : `Field ${label} changed from ${old.type} to ${now.type}: stored values may not convert.`,
        { kind: 'change-type', resource, field, from: old.type, to: now.type },
      ),
    );
  }
  if (old.required !== now.required) {
    const blocking = now.required && now.default === undefined;
    changes.push(
      change(
        `${path}/required`,
        blocking,
        now.required
          ? `Field ${label} becomes required${blocking ? ' without a default: rows without a value fail' : `; rows without a value get ${JSON.stringify(now.default)}`}.`
          : `Field ${label} becomes optional.`,
        { kind: 'change-required', resource, field, required: now.required },
      ),
    );
  }
  if (!sameList(old.enumValues, now.enumValues) && now.enumValues !== undefined) {
    const removed =
      old.type === 'enum' ? (old.enumValues ?? []).filter((v) => !now.enumValues!.includes(v)) : [];
    // A free string becoming an enum narrows it too: stored text outside the list no longer fits.
    const narrowing = removed.length > 0 || (old.type !== 'enum' && now.type === 'enum');
    changes.push(
      change(
        `${path}/enumValues`,
        narrowing,
        removed.length > 0
          ? `Field ${label} no longer allows ${removed.join(', ')}; rows holding them must change.`
          : `Field ${label} allows ${now.enumValues.join(', ')}.`,
        {
          kind: 'change-enum',
          resource,
          field,
          ...(old.enumValues !== undefined ? { from: old.enumValues } : {}),
          to: now.enumValues,
        },
      ),
    );
  }
  for (const constraint of constraints) {
    const [from, to] = [old[constraint], now[constraint]];
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    const narrowing = narrows(constraint, old, now);
    changes.push(
      change(`${path}/${constraint}`, narrowing, constraintWords(label, constraint, from, to, narrowing), {
        kind: 'change-constraint',
        resource,
        field,
        constraint,
        ...(from !== undefined ? { from } : {}),
        ...(to !== undefined ? { to } : {}),
      }),
    );
  }
  for (const key of ['description', 'example'] as const)
    if (JSON.stringify(old[key]) !== JSON.stringify(now[key]))
      changes.push(
        change(`${path}/${key}`, false, `Wording of ${label} (${key}) changed.`, {
          kind: 'change-docs',
          path: `${path}/${key}`,
          ...(old[key] !== undefined ? { from: old[key] } : {}),
          ...(now[key] !== undefined ? { to: now[key] } : {}),
        }),
      );
  return changes;
}

/** Whether stored rows that satisfied the old constraint may break the new one. */
function narrows(constraint: FieldConstraint, old: Field, now: Field): boolean {
  switch (constraint) {
    case 'unique':
      return now.unique && !old.unique;
    case 'minimum':
    case 'minLength':
      return (
        now[constraint] !== undefined &&
        (old[constraint] === undefined || now[constraint]! > old[constraint]!)
      );
    case 'maximum':
      return now.maximum !== undefined && (old.maximum === undefined || now.maximum < old.maximum);
    case 'maxLength': {
      const [before, after] = [effectiveMaxLength(old), effectiveMaxLength(now)];
      return after !== undefined && (before === undefined || after < before);
    }
    case 'pattern':
      return now.pattern !== undefined;
    case 'references':
      return old.references !== undefined;
    case 'readOnly':
    case 'default':
      return false;
  }
}

function constraintWords(
  label: string,
  constraint: FieldConstraint,
  from: unknown,
  to: unknown,
  narrowing: boolean,
): string {
  const show = (value: unknown) => (value === undefined ? 'unset' : JSON.stringify(value));
  const tail = narrowing ? '; existing rows must satisfy it' : '';
  if (constraint === 'unique')
    return `Field ${label} ${to === true ? 'must be unique' : 'may repeat'}${tail}.`;
  return `Field ${label} ${constraint} changed from ${show(from)} to ${show(to)}${tail}.`;
}

function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
