import { storedPairs, type ApiDesign, type Field } from '@smartapiforge/spec-engine';
import { constraintName } from './sql-names.js';

/** How a column's value travels between JSON and SQL; everything else maps one to one. */
export type ColumnKind = 'plain' | 'datetime' | 'json';

export interface ColumnModel {
  readonly name: string;
  readonly sqlType: string;
  readonly notNull: boolean;
  readonly kind: ColumnKind;
  /** Allowed values of an enum field, enforced by a CHECK constraint. */
  readonly enumValues?: readonly string[];
}

export interface ForeignKeyModel {
  readonly name: string;
  readonly field: string;
  readonly parentTable: string;
  /** Both sides are owner-scoped: the key includes owner_id, so nobody links to another user's row. */
  readonly ownerScoped: boolean;
  /**
   * What deleting the parent row does to rows linking to it: a join's pair rows go with either end (as
   * Prisma's implicit many-to-many, Rails' has_and_belongs_to_many and Django do), every other link
   * refuses the delete. An owner-scoped key cascades only to rows of the parent's owner.
   */
  readonly onDelete: DeleteRule;
}

export type DeleteRule = 'restrict' | 'cascade';

export interface UniqueKeyModel {
  readonly name: string;
  /** The columns whose values together appear at most once (owner_id not included). */
  readonly fields: readonly string[];
}

/** One resource's table: the single description both the migrations and the repositories are made from. */
export interface TableModel {
  readonly resource: string;
  readonly table: string;
  readonly owned: boolean;
  readonly columns: readonly ColumnModel[];
  /**
   * Unique keys: a unique field's own, and a join table's pair (see `storedPairs`), scoped per owner on
   * owned tables like the rest.
   */
  readonly uniques: readonly UniqueKeyModel[];
  readonly foreignKeys: readonly ForeignKeyModel[];
  /** Tables a delete of this table's rows may remove rows from through cascading keys (a join's pair rows). */
  readonly cascadesTo: readonly string[];
  /** Needed by child tables whose composite foreign key points at (id, owner_id). */
  readonly idOwnerKey?: string;
  readonly indexes: readonly { readonly name: string; readonly columns: readonly string[] }[];
}

const sqlTypes: Record<Field['type'], string> = {
  string: 'text',
  text: 'text',
  email: 'text',
  url: 'text',
  enum: 'text',
  integer: 'bigint',
  number: 'double precision',
  boolean: 'boolean',
  date: 'date',
  datetime: 'timestamptz',
  uuid: 'uuid',
  json: 'jsonb',
  reference: 'uuid',
};

// The same set the OpenAPI compiler offers as equality filters; each gets an index.
const filterableTypes = new Set<Field['type']>(
  (Object.keys(sqlTypes) as Field['type'][]).filter((type) => type !== 'text' && type !== 'json'),
);

export function tableModels(design: ApiDesign): TableModel[] {
  const owned = new Set(design.resources.filter((r) => r.ownership === 'owner').map((r) => r.name));
  const plural = new Map(design.resources.map((r) => [r.name, r.plural]));
  const ownedParents = new Set<string>();
  const pairs = storedPairs(design);
  const models = design.resources.map((resource) => {
    const table = resource.plural;
    const isOwned = owned.has(resource.name);
    const foreignKeys = resource.fields
      .filter((field) => field.type === 'reference' && field.references !== undefined)
      .map((field) => {
        const ownerScoped = isOwned && owned.has(field.references!);
        if (ownerScoped) ownedParents.add(field.references!);
        return {
          name: constraintName(table, field.name, 'fkey'),
          field: field.name,
          parentTable: plural.get(field.references!)!,
          ownerScoped,
          onDelete: deleteRule(pairs.get(resource.name), field.name),
        };
      });
    const indexed = resource.fields.filter((field) => filterableTypes.has(field.type) && !field.unique);
    return {
      resource: resource.name,
      table,
      owned: isOwned,
      columns: resource.fields.map((field): ColumnModel => ({
        name: field.name,
        sqlType: sqlTypes[field.type],
        notNull: field.required && !field.readOnly,
        kind: field.type === 'datetime' ? 'datetime' : field.type === 'json' ? 'json' : 'plain',
        ...(field.type === 'enum' && field.enumValues ? { enumValues: field.enumValues } : {}),
      })),
      // Per owner when rows are owned: a global constraint would tell one user what another stored.
      uniques: uniqueKeys(table, resource.fields, pairs.get(resource.name)),
      foreignKeys,
      // Lists page in creation order by default: the index serves a page without sorting the table.
      indexes: [
        isOwned
          ? { name: constraintName(table, 'owner_id', 'idx'), columns: ['owner_id', 'created_at'] }
          : { name: constraintName(table, 'created_at', 'idx'), columns: ['created_at', 'id'] },
        ...indexed.map((field) => ({
          name: constraintName(table, field.name, 'idx'),
          columns: isOwned ? ['owner_id', field.name] : [field.name],
        })),
      ],
    };
  });
  return models.map((model) => ({
    ...model,
    cascadesTo: cascadeReach(models, model.table),
    ...(ownedParents.has(model.resource)
      ? { idOwnerKey: constraintName(model.table, 'id_owner_id', 'key') }
      : {}),
  }));
}

/** A join's pair links cascade (see `ForeignKeyModel.onDelete`); `pair` is the join's, if the table is one. */
export function deleteRule(pair: readonly [string, string] | undefined, field: string): DeleteRule {
  return pair?.includes(field) ? 'cascade' : 'restrict';
}

// Transitive, so a cache forgets every table a delete can reach, even through a join of joins.
function cascadeReach(models: readonly Pick<TableModel, 'table' | 'foreignKeys'>[], table: string): string[] {
  const reached: string[] = [];
  const visit = (parent: string) => {
    for (const child of models) {
      const cascades = child.foreignKeys.some((k) => k.parentTable === parent && k.onDelete === 'cascade');
      if (!cascades || child.table === table || reached.includes(child.table)) continue;
      reached.push(child.table);
      visit(child.table);
    }
  };
  visit(table);
  return reached;
}

// PostgreSQL's own names for these keys (<table>_<columns>_key), so a pair reads like a field's key.
function uniqueKeys(
  table: string,
  fields: readonly Field[],
  pair: readonly [string, string] | undefined,
): UniqueKeyModel[] {
  const keys = fields.filter((field) => field.unique).map((field) => [field.name]);
  if (pair) keys.push([...pair]);
  return keys.map((columns) => ({ name: constraintName(table, ...columns, 'key'), fields: columns }));
}
