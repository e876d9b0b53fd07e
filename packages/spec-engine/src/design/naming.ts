import type { Resource } from './api-design.js';

/** `pet_owner` → `PetOwner`: the form used in schema names and operationIds. */
export function pascalCase(identifier: string): string {
  return identifier
    .split('_')
    .filter((part) => part.length > 0)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

/** `pet_owners` → `pet-owners`: the URL path segment of a resource. */
export function pathSegment(plural: string): string {
  return plural.replaceAll('_', '-');
}

/** `pet_owner` → `pet owner`: for summaries and descriptions. */
export function humanise(identifier: string): string {
  return identifier.replaceAll('_', ' ');
}

/** `pet-store-api` → `Pet Store API`: a title built only from the (sanitised) API name. */
export function titleFromName(apiName: string): string {
  const words = apiName
    .replace(/-api$/, '')
    .split('-')
    .filter((w) => w.length > 0);
  return `${words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ')} API`;
}

/**
 * Every name the OpenAPI compiler derives from one resource. Kept in one place so the compiler, the
 * design validator (which rejects collisions) and the scaffolders agree on them.
 */
export interface ResourceNames {
  /** `Pet`: the read-model schema. */
  readonly schema: string;
  readonly createSchema: string;
  readonly updateSchema: string;
  readonly listSchema: string;
  /** `pets`: the URL segment of `/pets` and `/pets/{id}`. */
  readonly segment: string;
  readonly listOperation: string;
  readonly createOperation: string;
  readonly getOperation: string;
  readonly updateOperation: string;
  readonly deleteOperation: string;
}

export function resourceNames(resource: Pick<Resource, 'name' | 'plural'>): ResourceNames {
  const name = pascalCase(resource.name);
  return {
    schema: name,
    createSchema: `${name}Create`,
    updateSchema: `${name}Update`,
    listSchema: `${name}List`,
    segment: pathSegment(resource.plural),
    listOperation: `list${pascalCase(resource.plural)}`,
    createOperation: `create${name}`,
    getOperation: `get${name}`,
    updateOperation: `update${name}`,
    deleteOperation: `delete${name}`,
  };
}

/** operationId of the nested list route `/{parentSeg}/{id}/{childSeg}`. */
export function nestedListOperation(parent: Pick<Resource, 'name'>, child: Pick<Resource, 'plural'>): string {
  return `list${pascalCase(parent.name)}${pascalCase(child.plural)}`;
}

/**
 * operationId of `/{side}/{id}/{others}`, the records a many-to-many link pairs with one row of `side`:
 * `listTagsOfPost` (not `listPostTags`, which the join resource post_tag's own list already uses).
 */
export function linkedListOperation(side: Pick<Resource, 'name'>, other: Pick<Resource, 'plural'>): string {
  return `list${pascalCase(other.plural)}Of${pascalCase(side.name)}`;
}

/** The foreign-key property a belongs-to relation adds to the child by default. */
export function foreignKeyName(parent: string): string {
  return `${parent}_id`;
}
