import type { Field, FieldType } from '../design/api-design.js';
import { effectiveMaxLength } from '../design/field-values.js';

/** Conversions every stored value survives unchanged (as text, or as a wider number or date). */
const widening: Readonly<Partial<Record<FieldType, readonly FieldType[]>>> = {
  string: ['text'],
  email: ['string', 'text'],
  url: ['string', 'text'],
  uuid: ['string', 'text'],
  enum: ['string', 'text'],
  integer: ['number'],
  date: ['datetime', 'string', 'text'],
  datetime: ['string', 'text'],
  reference: ['uuid', 'string', 'text'],
};

/** The longest value a field of this shape can hold, where it has a bound. */
function longestValue(
  field: Pick<Field, 'type' | 'maxLength' | 'minLength' | 'enumValues'>,
): number | undefined {
  if (field.type === 'uuid' || field.type === 'reference') return 36;
  if (field.type === 'date') return 10;
  if (field.type === 'datetime') return 35;
  if (field.type === 'enum') return Math.max(0, ...(field.enumValues ?? []).map((v) => v.length));
  return effectiveMaxLength(field);
}

type Shape = Pick<Field, 'type' | 'maxLength' | 'minLength' | 'enumValues'>;

/** Whether every value stored under `from` is still valid under `to`'s type and length. */
export function isWidening(from: Shape, to: Shape): boolean {
  if (from.type !== to.type && !(widening[from.type] ?? []).includes(to.type)) return false;
  const [longest, limit] = [longestValue(from), effectiveMaxLength(to)];
  return limit === undefined || (longest !== undefined && longest <= limit);
}
