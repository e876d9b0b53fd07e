import type { Field } from '../design/api-design.js';
import type { DesignChange, DesignEdit } from './types.js';

/** One entry of a design diff; its kind is its edit's. */
export function change(
  path: string,
  destructive: boolean,
  description: string,
  edit: DesignEdit,
): DesignChange {
  return { path, kind: edit.kind, destructive, description, edit };
}

/** `one of a, b, required`: a field's type and required-ness in words. */
export function typeWords(field: Pick<Field, 'type' | 'required' | 'enumValues'>): string {
  const type = field.type === 'enum' ? `one of ${(field.enumValues ?? []).join(', ')}` : field.type;
  return `${type}, ${field.required ? 'required' : 'optional'}`;
}
