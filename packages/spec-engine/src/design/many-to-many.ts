import type { ApiDesign, Field, Relation, Resource } from './api-design.js';
import { foreignKeyName, humanise } from './naming.js';

/** A many-to-many relation as it is stored: a join resource with one required reference per side. */
export interface JoinShape {
  /** The join resource's name: `through`, or `<from>_<to>`. */
  readonly name: string;
  /** The reference to `from`: `<from>_id`. */
  readonly fromField: string;
  /** The reference to `to`: `<to>_id`. */
  readonly toField: string;
}

type ManyToMany = Pick<Relation, 'from' | 'to' | 'through'>;

/** How a many-to-many relation is stored; the same answer for the relation before and after normalisation. */
export function joinShape(relation: ManyToMany): JoinShape {
  return {
    name: relation.through ?? `${relation.from}_${relation.to}`,
    fromField: foreignKeyName(relation.from),
    toField: foreignKeyName(relation.to),
  };
}

/**
 * Whether normalisation stores the relation's pairs. A resource linked with itself is not: its join would
 * need two links to one parent, which the nested routes cannot tell apart (see `checkLinks`).
 */
export function isStoredManyToMany(relation: Relation): boolean {
  return relation.kind === 'many-to-many' && relation.from !== relation.to;
}

/**
 * Gives every many-to-many relation the resource that stores its pairs, as PostgREST, Prisma's explicit
 * relations and Django's `through` models do: one row per linked pair, created and removed through the
 * join's own routes and listed under either side (`/posts/{id}/post-tags`). The relation keeps its
 * `through` so the stacks can make the pair unique. A join resource the design already declares is used
 * as it is, with a required reference added for each side it lacks. Applying it twice changes nothing.
 */
export function expandManyToMany(design: ApiDesign): ApiDesign {
  if (!design.relations.some(isStoredManyToMany)) return design;
  const resources = design.resources.map((resource) => ({ ...resource, fields: [...resource.fields] }));
  const relations = design.relations.map((relation) => {
    if (!isStoredManyToMany(relation)) return relation;
    const shape = joinShape(relation);
    const from = resources.find((r) => r.name === relation.from)!;
    const to = resources.find((r) => r.name === relation.to)!;
    let join = resources.find((r) => r.name === shape.name);
    if (join === undefined) {
      join = newJoin(shape, from, to);
      resources.push(join);
    }
    for (const [field, parent] of [
      [shape.fromField, from.name],
      [shape.toField, to.name],
    ] as const) {
      if (!join.fields.some((f) => f.name === field)) join.fields.push(pairReference(field, parent));
    }
    return { ...relation, through: shape.name };
  });
  return { ...design, resources, relations };
}

function newJoin(shape: JoinShape, from: Resource, to: Resource): Resource {
  return {
    name: shape.name,
    plural: `${from.name}_${to.plural}`,
    description: `Links ${humanise(from.plural)} with ${humanise(to.plural)}: one row per linked pair.`,
    fields: [],
    // A pair involving a caller's own rows is the caller's too; otherwise anyone could see who owns what.
    ownership: from.ownership === 'owner' || to.ownership === 'owner' ? 'owner' : 'none',
  };
}

function pairReference(name: string, parent: string): Field {
  return { name, type: 'reference', references: parent, required: true, unique: false, readOnly: false };
}

/**
 * The pair each join resource stores at most once, by join name: `note_tag` → `['note_id', 'tag_id']`.
 * The stacks make it a unique key, so linking a pair twice is a 409 like any duplicate unique value.
 */
export function storedPairs(
  design: Pick<ApiDesign, 'relations'>,
): ReadonlyMap<string, readonly [string, string]> {
  const pairs = new Map<string, readonly [string, string]>();
  for (const relation of design.relations) {
    if (!isStoredManyToMany(relation)) continue;
    const shape = joinShape(relation);
    pairs.set(shape.name, [shape.fromField, shape.toField]);
  }
  return pairs;
}

/**
 * `parsed` as it was before join resources existed: a design stored by an earlier SmartAPIForge states a
 * many-to-many relation with no `through` and has no table for its pairs, and `parseDesign` would add the
 * join. Dropping the joins that `stored` did not declare keeps the project's history true, so the next
 * change diffs against it and migrates the join table in.
 */
export function withoutUndeclaredJoins(parsed: ApiDesign, stored: unknown): ApiDesign {
  const declared = new Set<string>();
  const relations = (stored as { relations?: unknown } | null)?.relations;
  const resources = (stored as { resources?: unknown } | null)?.resources;
  for (const resource of Array.isArray(resources) ? resources : [])
    if (typeof (resource as { name?: unknown } | null)?.name === 'string')
      declared.add((resource as { name: string }).name);
  for (const relation of Array.isArray(relations) ? relations : [])
    if (typeof (relation as { through?: unknown } | null)?.through === 'string')
      declared.add((relation as { through: string }).through);
  const added = new Set(
    parsed.relations.flatMap((r) =>
      r.kind === 'many-to-many' && r.through && !declared.has(r.through) ? [r.through] : [],
    ),
  );
  if (added.size === 0) return parsed;
  return {
    ...parsed,
    resources: parsed.resources.filter((r) => !added.has(r.name)),
    relations: parsed.relations
      .filter((r) => !added.has(r.from))
      .map((r) => {
        if (r.kind !== 'many-to-many' || r.through === undefined || !added.has(r.through)) return r;
        const { through: _added, ...legacy } = r;
        return legacy;
      }),
  };
}
