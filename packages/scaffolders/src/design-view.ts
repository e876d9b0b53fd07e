import {
  resourceNames,
  storedPairs,
  type ApiDesign,
  type Field,
  type Resource,
  type ResourceNames,
} from '@smartapiforge/spec-engine';
import { deleteRule } from './sql/table-model.js';

/**
 * The stack-agnostic reading of a design that every scaffolder needs: names as the OpenAPI compiler
 * derives them, belongs-to links seen from both ends, and which fields the generated tests exercise.
 * Language-specific rendering (types, sample code) stays with each stack.
 */
export interface DesignView {
  readonly design: ApiDesign;
  readonly resources: ResourceView[];
}

export interface LinkView {
  /** The foreign-key field on the child. */
  readonly field: string;
  readonly resource: ResourceView;
  /** Deleting the parent deletes the child rows linking to it (a join's pair) instead of being refused. */
  readonly cascades: boolean;
}

/** The other side of a many-to-many link, listed from this side through the join (`/notes/{id}/tags`). */
export interface LinkedView {
  readonly other: ResourceView;
  readonly join: ResourceView;
  /** The join's column linking to `other`, and the one linking to this resource. */
  readonly key: string;
  readonly by: string;
}

export interface ResourceView {
  readonly resource: Resource;
  readonly names: ResourceNames;
  /** The collection path, e.g. `/line-items`. */
  readonly path: string;
  readonly writableFields: Field[];
  readonly uniqueFields: Field[];
  /** A join resource's pair of links (`['note_id', 'tag_id']`), which it stores at most once. */
  readonly pair?: readonly [string, string];
  /** Belongs-to links where this resource is the child, and where it is the parent. */
  readonly parents: LinkView[];
  readonly children: LinkView[];
  /** Many-to-many links seen from this side. */
  readonly linked: LinkedView[];
  /** A property name the resource does not have, which the API must refuse. */
  readonly unknownProperty: string;
  /** A writable field whose test samples differ per call, so sorting and filtering can be checked. */
  readonly probeField?: Field;
  /** The field generated tests PATCH: a plain one if there is any, else any writable one. */
  readonly patchField?: Field;
  /** A writable field a wrong-typed value can be sent for (json accepts every object). */
  readonly invalidField?: Field;
}

export function buildDesignView(design: ApiDesign): DesignView {
  const pairs = storedPairs(design);
  const resources = design.resources.map((resource) => resourceView(resource, pairs.get(resource.name)));
  const byName = new Map(resources.map((view) => [view.resource.name, view]));
  for (const relation of design.relations) {
    if (relation.kind !== 'belongs-to') continue;
    const child = byName.get(relation.from)!;
    const parent = byName.get(relation.to)!;
    // parseDesign always sets `field`; the default keeps hand-built designs working.
    const field = relation.field ?? `${relation.to}_id`;
    const cascades = deleteRule(child.pair, field) === 'cascade';
    child.parents.push({ field, resource: parent, cascades });
    parent.children.push({ field, resource: child, cascades });
  }
  for (const relation of design.relations) {
    const pair = relation.through === undefined ? undefined : pairs.get(relation.through);
    if (relation.kind !== 'many-to-many' || !pair) continue;
    const [from, to, join] = [relation.from, relation.to, relation.through!].map((name) => byName.get(name)!);
    from!.linked.push({ other: to!, join: join!, key: pair[1], by: pair[0] });
    to!.linked.push({ other: from!, join: join!, key: pair[0], by: pair[1] });
  }
  return { design, resources };
}

function resourceView(resource: Resource, pair: readonly [string, string] | undefined): ResourceView {
  const names = resourceNames(resource);
  const writableFields = resource.fields.filter((field) => !field.readOnly);
  const taken = new Set(['id', 'created_at', 'updated_at', ...resource.fields.map((field) => field.name)]);
  let unknownProperty = 'unknown_property';
  while (taken.has(unknownProperty)) unknownProperty += '_x';
  return {
    resource,
    names,
    path: `/${names.segment}`,
    writableFields,
    uniqueFields: resource.fields.filter((field) => field.unique),
    ...(pair ? { pair } : {}),
    parents: [],
    children: [],
    linked: [],
    unknownProperty,
    probeField: writableFields.find(isDistinctPerVariant),
    patchField: writableFields.find((field) => field.type !== 'reference') ?? writableFields[0],
    invalidField: writableFields.find((field) => field.type !== 'json'),
  };
}

// Sortable, filterable and free of bounds that would make two samples equal.
function isDistinctPerVariant(field: Field): boolean {
  if (['string', 'email', 'url'].includes(field.type)) return !field.pattern;
  return ['integer', 'number'].includes(field.type) && field.maximum === undefined;
}

/**
 * How generated tests make a unique pattern field's value distinct per call, since a pattern cannot be
 * inverted in general and samples start from the design's example: append the call's number, or else
 * write it over the example's last four characters (zero-padded), whichever the pattern accepts (tried
 * with a few numbers); 'none' when neither does, so only the example itself can be sent.
 */
export function distinctPatternStrategy(
  pattern: string | undefined,
  example: unknown,
): 'suffix' | 'last-four' | 'none' {
  if (!pattern || typeof example !== 'string') return 'none';
  try {
    const regExp = new RegExp(pattern, 'u');
    if (['1', '42', '1000'].every((digits) => regExp.test(`${example}${digits}`))) return 'suffix';
    const head = example.slice(0, -4);
    const overwritable = ['0001', '0042', '1000', '1042'].every((digits) => regExp.test(head + digits));
    return example.length > 4 && overwritable ? 'last-four' : 'none';
  } catch {
    return 'none';
  }
}
