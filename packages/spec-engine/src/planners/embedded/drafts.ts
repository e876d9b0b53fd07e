import type { FieldDraft } from './field-reader.js';

/** A resource as read from the request, before knowledge completes it. */
export interface EntityDraft {
  /** Singular snake_case name. */
  readonly key: string;
  /** Plural snake_case name, as the request wrote it when it did. */
  plural: string;
  readonly fields: FieldDraft[];
  /** Where the request described it: a structured line or block, a sentence, or only a mention. */
  described: boolean;
  /** Position of its first mention, for a stable order. */
  readonly order: number;
  /** Declared in a schema note with all its fields, which the knowledge base does not add to. */
  declared?: boolean;
}

/** A link between two resources, as stated or inferred. */
export interface LinkDraft {
  readonly kind: 'belongs-to' | 'many-to-many';
  readonly child: string;
  readonly parent: string;
  /** The words it was read from, or why it was assumed. */
  readonly because: string;
  /** False when knowledge or a field's name suggested it rather than the request's words. */
  readonly stated: boolean;
  readonly required?: boolean;
  /** The child's field for it, without `_id`, when it is not named after the parent ("home team"). */
  readonly field?: string;
}

/** Everything the readers found in a request. */
export interface Reading {
  readonly entities: Map<string, EntityDraft>;
  readonly links: LinkDraft[];
  /** "quantity per warehouse" on item: fields that exist once per pair of resources. */
  readonly perFields: { readonly entity: string; readonly other: string; readonly field: FieldDraft }[];
  /** Resources the request names as a collection of another ("through placements"). */
  readonly joins: { readonly join: string; readonly a: string; readonly b: string }[];
  /** What the readers inferred rather than read ("todo app" → tasks), as assumptions. */
  readonly inferred: { readonly path: string; readonly text: string }[];
}

export function emptyReading(): Reading {
  return { entities: new Map(), links: [], perFields: [], joins: [], inferred: [] };
}

/** Records that the request's own words (`because`) put `child` under `parent`. */
export function addStatedLink(
  reading: Reading,
  child: EntityDraft,
  parent: EntityDraft,
  because: string,
  options: { readonly required?: boolean; readonly field?: string } = {},
): void {
  reading.links.push({
    kind: 'belongs-to',
    child: child.key,
    parent: parent.key,
    because,
    stated: true,
    ...(options.required !== undefined ? { required: options.required } : {}),
    ...(options.field !== undefined ? { field: options.field } : {}),
  });
}

/** Every link, join and per-pair field that named `from` names `to`; duplicates and self-links go. */
export function repointLinks(reading: Reading, from: string, to: string): void {
  const swap = (name: string) => (name === from ? to : name);
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
  reading.joins.forEach((join, i) => {
    reading.joins[i] = { join: swap(join.join), a: swap(join.a), b: swap(join.b) };
  });
  reading.perFields.forEach((per, i) => {
    reading.perFields[i] = { ...per, entity: swap(per.entity), other: swap(per.other) };
  });
}
