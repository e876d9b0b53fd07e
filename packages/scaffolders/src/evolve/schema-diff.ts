import type { ApiDesign } from '@smartapiforge/spec-engine';
import {
  changeTrigger,
  changeTriggerName,
  createIndex,
  createIndexes,
  createPolicy,
  createTable,
  parentsFirst,
  policyName,
  rowLevelSecurity,
  tableConstraints,
  type TableConstraint,
} from '../sql/render-migration.js';
import { constraintName, quoteIdent as q, quoteLiteral } from '../sql/sql-names.js';
import type { ColumnModel, TableModel } from '../sql/table-model.js';
import { MigrationError } from './migration-error.js';
import type { TableRenames } from './plan-migration.js';
import { assertCastable, assertNoRows } from './row-checks.js';

/** Which schema the SQL is for: Supabase's (RLS, owner defaults) and/or with change-notification triggers. */
export interface SchemaFlavour {
  readonly supabase: boolean;
  readonly changeNotifications: boolean;
  /**
   * SQLite, as FastAPI projects create it from app/tables.py: new tables come from there (the
   * runner's create_all), and what SQLite cannot alter in place is listed in `unsupported`.
   */
  readonly sqlite?: boolean;
}

export interface SchemaDiff {
  readonly statements: readonly string[];
  readonly steps: readonly string[];
  readonly destructiveReasons: readonly string[];
  /** SQLite only: changes it cannot make without rebuilding tables. */
  readonly unsupported: readonly string[];
}

interface TablePair {
  readonly old: TableModel;
  readonly new: TableModel;
  /** Old column → new column, for this table. */
  readonly columnRenames: ReadonlyMap<string, string>;
}

// Conversions every stored value survives unchanged in meaning; any other type change may lose data.
const widening = new Set(['bigint>double precision', 'date>timestamptz']);

/**
 * The statements that turn the old tables into the new ones, in an order PostgreSQL accepts: constraints
 * and indexes that go away first, then renames, drops, new tables and columns, column changes (each
 * preceded by its check of the existing rows), and last the new constraints and indexes.
 */
export function diffSchemas(
  oldTables: readonly TableModel[],
  newTables: readonly TableModel[],
  newDesign: ApiDesign,
  renames: TableRenames,
  flavour: SchemaFlavour,
): SchemaDiff {
  const statements: string[] = [];
  const steps: string[] = [];
  const destructiveReasons: string[] = [];
  const unsupported: string[] = [];
  const sqlite = flavour.sqlite === true;
  const byNewName = new Map(newTables.map((table) => [table.table, table]));
  const newNameOf = (oldTable: string) => renames.tables.get(oldTable) ?? oldTable;
  const pairs: TablePair[] = [];
  const dropped: TableModel[] = [];
  for (const old of oldTables) {
    const match = byNewName.get(newNameOf(old.table));
    if (match) pairs.push({ old, new: match, columnRenames: renames.columns.get(match.table) ?? new Map() });
    else dropped.push(old);
  }
  const kept = new Set(pairs.map((pair) => pair.new.table));
  const created = newTables.filter((table) => !kept.has(table.table));

  // Old constraints and indexes restated in new table and column names, so that those which only
  // follow a rename are renamed rather than dropped and rebuilt.
  const translated = pairs.map((pair) => ({ pair, old: translate(pair, newNameOf) }));

  for (const { pair, old } of translated) {
    const target = new Map(tableConstraints(pair.new).map((c) => [c.name, c.definition]));
    // Foreign keys first: a composite key may depend on a unique constraint dropped after it.
    const gone = tableConstraints(old)
      .filter(
        (c) =>
          target.get(c.name) !== c.definition &&
          !renamedTo(c, tableConstraints(pair.new), tableConstraints(old)),
      )
      .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'foreign-key' ? -1 : 1));
    for (const constraint of gone) {
      if (sqlite) unsupported.push(`drop constraint ${constraint.name}`);
      else statements.push(`ALTER TABLE ${q(pair.old.table)} DROP CONSTRAINT ${q(constraint.name)};`);
    }
    const indexTarget = new Map(pair.new.indexes.map((index) => [index.name, index.columns.join(',')]));
    for (const index of old.indexes) {
      if (
        indexTarget.get(index.name) !== index.columns.join(',') &&
        !indexRenamedTo(index, pair.new.indexes, old.indexes)
      ) {
        statements.push(`DROP INDEX ${q(index.name)};`);
      }
    }
  }

  for (const { pair, old } of translated) {
    if (pair.old.table !== pair.new.table) {
      statements.push(`ALTER TABLE ${q(pair.old.table)} RENAME TO ${q(pair.new.table)};`);
      steps.push(`rename table ${pair.old.table} to ${pair.new.table}`);
      // PostgreSQL named the primary key after the table (<table>_pkey) and does not follow renames.
      if (!sqlite && pair.new.table.length <= 58 && pair.old.table.length <= 58) {
        statements.push(
          `ALTER TABLE ${q(pair.new.table)} RENAME CONSTRAINT ${q(`${pair.old.table}_pkey`)} TO ${q(`${pair.new.table}_pkey`)};`,
        );
      }
      if (flavour.changeNotifications) {
        statements.push(
          `ALTER TRIGGER ${q(changeTriggerName(pair.old.table))} ON ${q(pair.new.table)} RENAME TO ${q(changeTriggerName(pair.new.table))};`,
        );
      }
      if (flavour.supabase && pair.old.owned === pair.new.owned) {
        statements.push(
          `ALTER POLICY ${q(policyName(pair.old))} ON ${q(pair.new.table)} RENAME TO ${q(policyName(pair.new))};`,
        );
      }
    }
    for (const [from, to] of pair.columnRenames) {
      statements.push(`ALTER TABLE ${q(pair.new.table)} RENAME COLUMN ${q(from)} TO ${q(to)};`);
      steps.push(`rename column ${pair.new.table}.${from} to ${to}`);
    }
    for (const constraint of tableConstraints(old)) {
      const renamed = renamedTo(constraint, tableConstraints(pair.new), tableConstraints(old));
      // SQLite cannot rename constraints; their names there are never used.
      if (renamed && !sqlite) {
        statements.push(
          `ALTER TABLE ${q(pair.new.table)} RENAME CONSTRAINT ${q(constraint.name)} TO ${q(renamed.name)};`,
        );
      }
    }
    for (const index of old.indexes) {
      const renamed = indexRenamedTo(index, pair.new.indexes, old.indexes);
      if (renamed && sqlite)
        statements.push(`DROP INDEX ${q(index.name)};`, createIndex(pair.new.table, renamed));
      else if (renamed) statements.push(`ALTER INDEX ${q(index.name)} RENAME TO ${q(renamed.name)};`);
    }
  }

  // Children before parents, so no foreign key still points at a dropped table.
  for (const table of parentsFirst(dropped).reverse()) {
    statements.push(`DROP TABLE ${q(table.table)};`);
    steps.push(`drop table ${table.table}`);
    destructiveReasons.push(`dropping table ${table.table} deletes all its rows`);
  }

  for (const { pair } of translated) {
    for (const column of columnsOf(pair.old)) {
      if (columnsOf(pair.new).some((c) => c.name === (pair.columnRenames.get(column.name) ?? column.name)))
        continue;
      statements.push(`ALTER TABLE ${q(pair.new.table)} DROP COLUMN ${q(column.name)};`);
      steps.push(`drop column ${pair.new.table}.${column.name}`);
      destructiveReasons.push(`dropping column ${pair.new.table}.${column.name} deletes its values`);
    }
  }

  for (const table of parentsFirst(created)) {
    steps.push(`create table ${table.table}`);
    if (sqlite) continue;
    statements.push(createTable(table, flavour), ...createIndexes(table));
    if (flavour.changeNotifications) statements.push(changeTrigger(table.table));
    if (flavour.supabase) statements.push(...rowLevelSecurity(table));
  }

  for (const { pair } of translated) {
    const oldColumns = new Map(
      columnsOf(pair.old).map((column) => [pair.columnRenames.get(column.name) ?? column.name, column]),
    );
    for (const column of columnsOf(pair.new)) {
      const before = oldColumns.get(column.name);
      const target = { table: pair.new.table, statements, steps };
      if (before && sqlite) unsupported.push(...sqliteAlterations(pair.new.table, before, column));
      if (before && !sqlite)
        alterColumn(pair.new.table, before, column, statements, steps, destructiveReasons);
      if (before) continue;
      const value = defaultOf(newDesign, pair.new, column);
      if (sqlite) addSqliteColumn(target, column, value, unsupported);
      else addColumn(pair.new.table, column, value?.postgres, flavour, statements, steps);
    }
    if (flavour.supabase && pair.old.owned !== pair.new.owned) {
      statements.push(
        `DROP POLICY ${q(policyName(pair.old))} ON ${q(pair.new.table)};`,
        createPolicy(pair.new),
      );
    }
  }

  for (const { pair, old } of translated) {
    const existing = new Map(tableConstraints(old).map((c) => [c.name, c.definition]));
    const added = tableConstraints(pair.new)
      .filter(
        (c) =>
          existing.get(c.name) !== c.definition &&
          !renamedFrom(c, tableConstraints(old), tableConstraints(pair.new)),
      )
      .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'unique' ? -1 : 1));
    for (const constraint of added) {
      if (sqlite) {
        unsupported.push(`add constraint ${constraint.name}`);
        continue;
      }
      statements.push(
        constraintCheck(pair.new, constraint),
        `ALTER TABLE ${q(pair.new.table)} ADD CONSTRAINT ${q(constraint.name)} ${constraint.definition};`,
      );
      steps.push(
        `add ${constraint.kind === 'unique' ? 'unique constraint' : 'foreign key'} ${constraint.name}`,
      );
    }
    const indexes = new Map(old.indexes.map((index) => [index.name, index.columns.join(',')]));
    for (const index of pair.new.indexes) {
      if (
        indexes.get(index.name) === index.columns.join(',') ||
        indexRenamedFrom(index, old.indexes, pair.new.indexes)
      )
        continue;
      statements.push(createIndex(pair.new.table, index));
    }
  }
  return { statements, steps, destructiveReasons, unsupported };
}

/** Every stored column the design controls: owner_id on owned tables, then the fields. */
function columnsOf(table: TableModel): ColumnModel[] {
  const owner: ColumnModel[] = table.owned
    ? [{ name: 'owner_id', sqlType: 'text', notNull: true, kind: 'plain' }]
    : [];
  return [...owner, ...table.columns];
}

function translate(pair: TablePair, newNameOf: (table: string) => string): TableModel {
  const column = (name: string) => pair.columnRenames.get(name) ?? name;
  return {
    ...pair.old,
    table: pair.new.table,
    columns: pair.old.columns.map((c) => ({ ...c, name: column(c.name) })),
    uniques: pair.old.uniques.map((u) => ({ ...u, fields: u.fields.map(column) })),
    foreignKeys: pair.old.foreignKeys.map((k) => ({
      ...k,
      field: column(k.field),
      parentTable: newNameOf(k.parentTable),
    })),
    indexes: pair.old.indexes.map((index) => ({ ...index, columns: index.columns.map(column) })),
  };
}

// A constraint that only changed its name: same definition, its old name gone and its new name new.
function renamedTo(
  old: TableConstraint,
  now: readonly TableConstraint[],
  before: readonly TableConstraint[],
) {
  if (now.some((c) => c.name === old.name)) return undefined;
  return now.find((c) => c.definition === old.definition && !before.some((b) => b.name === c.name));
}

function renamedFrom(
  now: TableConstraint,
  before: readonly TableConstraint[],
  after: readonly TableConstraint[],
) {
  return before.some((old) => renamedTo(old, after, before)?.name === now.name);
}

type Index = TableModel['indexes'][number];

function indexRenamedTo(old: Index, now: readonly Index[], before: readonly Index[]) {
  if (now.some((index) => index.name === old.name)) return undefined;
  const columns = old.columns.join(',');
  return now.find(
    (index) => index.columns.join(',') === columns && !before.some((b) => b.name === index.name),
  );
}

function indexRenamedFrom(now: Index, before: readonly Index[], after: readonly Index[]) {
  return before.some((old) => indexRenamedTo(old, after, before)?.name === now.name);
}

function enumCheck(column: ColumnModel): string {
  return `CHECK (${q(column.name)} IN (${column.enumValues!.map(quoteLiteral).join(', ')}))`;
}

function addColumn(
  table: string,
  column: ColumnModel,
  value: string | undefined,
  flavour: SchemaFlavour,
  statements: string[],
  steps: string[],
): void {
  const check = column.enumValues ? ` ${enumCheck(column)}` : '';
  const add = `ALTER TABLE ${q(table)} ADD COLUMN ${q(column.name)} ${column.sqlType}`;
  steps.push(`add column ${table}.${column.name}`);
  const supabaseOwner = flavour.supabase && column.name === 'owner_id';
  if (value !== undefined) {
    // The field's default fills the existing rows, required or not; the column then keeps no default,
    // as in a fresh schema, where the service supplies the field's default itself.
    statements.push(
      `${add}${column.notNull ? ' NOT NULL' : ''} DEFAULT ${value}${check};`,
      `ALTER TABLE ${q(table)} ALTER COLUMN ${q(column.name)} DROP DEFAULT;`,
    );
  } else if (!column.notNull) {
    statements.push(`${add}${check};`);
  } else {
    statements.push(
      `${add}${supabaseOwner ? ' DEFAULT (auth.uid())::text' : ''}${check};`,
      assertNoRows(
        table,
        `${q(column.name)} IS NULL`,
        `exist and would have no ${column.name}, which becomes required`,
        `Give the new field "${column.name}" a default, or make it optional.`,
      ),
      `ALTER TABLE ${q(table)} ALTER COLUMN ${q(column.name)} SET NOT NULL;`,
    );
  }
}

function alterColumn(
  table: string,
  before: ColumnModel,
  after: ColumnModel,
  statements: string[],
  steps: string[],
  destructiveReasons: string[],
): void {
  const column = q(after.name);
  const alter = `ALTER TABLE ${q(table)} ALTER COLUMN ${column}`;
  const enumChanged = (before.enumValues ?? []).join('\u0000') !== (after.enumValues ?? []).join('\u0000');
  if (enumChanged && before.enumValues) statements.push(dropChecks(table, after.name));
  if (before.sqlType !== after.sqlType) {
    steps.push(`change column ${table}.${after.name} from ${before.sqlType} to ${after.sqlType}`);
    if (after.sqlType === 'text' || widening.has(`${before.sqlType}>${after.sqlType}`)) {
      statements.push(`${alter} TYPE ${after.sqlType} USING ${column}::${after.sqlType};`);
    } else {
      destructiveReasons.push(
        `converting ${table}.${after.name} from ${before.sqlType} to ${after.sqlType} may change or refuse its values`,
      );
      statements.push(
        assertCastable(
          table,
          after.name,
          after.sqlType,
          `Correct or clear those values of "${after.name}" first.`,
        ),
        `${alter} TYPE ${after.sqlType} USING ${column}::text::${after.sqlType};`,
      );
    }
  }
  if (before.notNull !== after.notNull) {
    steps.push(`make column ${table}.${after.name} ${after.notNull ? 'required' : 'optional'}`);
    if (after.notNull) {
      statements.push(
        assertNoRows(
          table,
          `${column} IS NULL`,
          `have no ${after.name}, which becomes required`,
          `Give those rows a ${after.name} first, or keep the field optional.`,
        ),
        `${alter} SET NOT NULL;`,
      );
    } else statements.push(`${alter} DROP NOT NULL;`);
  }
  if (enumChanged && after.enumValues) {
    steps.push(`allow ${table}.${after.name} values ${after.enumValues.join(', ')}`);
    const allowed = after.enumValues.map(quoteLiteral).join(', ');
    statements.push(
      assertNoRows(
        table,
        `${column} IS NOT NULL AND ${column} NOT IN (${allowed})`,
        `have a ${after.name} outside ${after.enumValues.join(', ')}`,
        `Change those rows' ${after.name} to an allowed value first, or keep the old values allowed.`,
      ),
      `ALTER TABLE ${q(table)} ADD CONSTRAINT ${q(constraintName(table, after.name, 'check'))} ${enumCheck(after)};`,
    );
  } else if (enumChanged) steps.push(`allow any ${table}.${after.name} value`);
}

// Drops the column's CHECK constraints whatever their names: PostgreSQL named the inline ones itself,
// and a table rename does not rename them.
function dropChecks(table: string, column: string): string {
  const relation = quoteLiteral(q(table));
  return [
    'DO $$',
    'DECLARE',
    '  item record;',
    'BEGIN',
    `  FOR item IN SELECT conname FROM pg_constraint WHERE conrelid = ${relation}::regclass AND contype = 'c'`,
    `      AND conkey = ARRAY[(SELECT attnum FROM pg_attribute WHERE attrelid = ${relation}::regclass AND attname = ${quoteLiteral(column)})] LOOP`,
    `    EXECUTE 'ALTER TABLE ' || ${relation} || ' DROP CONSTRAINT ' || quote_ident(item.conname);`,
    '  END LOOP;',
    'END',
    '$$;',
  ].join('\n');
}

// New unique keys and foreign keys are checked against the rows first, so the error names them.
function constraintCheck(table: TableModel, constraint: TableConstraint): string {
  const columns = /^(?:UNIQUE|FOREIGN KEY) \(([^)]*)\)/.exec(constraint.definition)![1]!;
  const name = q(table.table);
  if (constraint.kind === 'unique') {
    return assertNoRows(
      table.table,
      `(${columns}) IN (SELECT ${columns} FROM ${name} GROUP BY ${columns} HAVING count(*) > 1)`,
      `share a value that becomes unique (${columns.replaceAll('"', '')})`,
      'Make those values distinct first, or keep the field non-unique.',
    );
  }
  const key = table.foreignKeys.find((k) => k.name === constraint.name)!;
  const [targets, joined] = key.ownerScoped
    ? [`${q('id')}, ${q('owner_id')}`, `${q(key.field)}, ${q('owner_id')}`]
    : [q('id'), q(key.field)];
  return assertNoRows(
    table.table,
    `${q(key.field)} IS NOT NULL AND (${joined}) NOT IN (SELECT ${targets} FROM ${q(key.parentTable)})`,
    `have a ${key.field} that matches no ${key.parentTable} row`,
    `Point those rows' ${key.field} at existing ${key.parentTable} or clear it first.`,
  );
}

/** The SQL literals (PostgreSQL, SQLite) that fill existing rows of a new column, from the field's default. */
function defaultOf(
  design: ApiDesign,
  table: TableModel,
  column: ColumnModel,
): { postgres: string; sqlite: string } | undefined {
  const field = design.resources
    .find((r) => r.name === table.resource)
    ?.fields.find((f) => f.name === column.name);
  const value = field?.default;
  if (value === undefined || value === null) return undefined;
  if (column.sqlType === 'jsonb') {
    const json = quoteLiteral(JSON.stringify(value));
    return { postgres: `${json}::jsonb`, sqlite: json };
  }
  if (typeof value === 'boolean') return { postgres: String(value), sqlite: value ? '1' : '0' };
  if (typeof value === 'number')
    return Number.isFinite(value) ? { postgres: String(value), sqlite: String(value) } : undefined;
  if (typeof value === 'string')
    return { postgres: `${quoteLiteral(value)}::${column.sqlType}`, sqlite: quoteLiteral(value) };
  throw new MigrationError(
    'unsupported_change',
    `The default of ${table.table}.${column.name} is not a ${column.sqlType} value; give the field a default of its own type.`,
    { table: table.table, column: column.name },
  );
}

// The types app/tables.py gives SQLite columns (see app/column_types.py), by PostgreSQL type: the
// same type affinity, so values added by a migration read back as in a table created fresh.
const sqliteTypes: Record<string, string> = {
  text: 'TEXT',
  bigint: 'BIGINT',
  'double precision': 'FLOAT',
  boolean: 'BOOLEAN',
  date: 'VARCHAR(10)',
  timestamptz: 'VARCHAR(27)',
  uuid: 'VARCHAR(36)',
  jsonb: 'JSON',
};

function addSqliteColumn(
  target: { table: string; statements: string[]; steps: string[] },
  column: ColumnModel,
  value: { sqlite: string } | undefined,
  unsupported: string[],
): void {
  target.steps.push(`add column ${target.table}.${column.name}`);
  const add = `ALTER TABLE ${q(target.table)} ADD COLUMN ${q(column.name)} ${sqliteTypes[column.sqlType] ?? 'TEXT'}`;
  // The field's default fills the existing rows. SQLite keeps it, harmlessly: the service always
  // supplies the value itself.
  if (value) target.statements.push(`${add}${column.notNull ? ' NOT NULL' : ''} DEFAULT ${value.sqlite};`);
  else if (!column.notNull) target.statements.push(`${add};`);
  else unsupported.push(`add required column ${target.table}.${column.name} without a default`);
}

// SQLite alters no column in place; enum values are checked by the service there, not by the table.
function sqliteAlterations(table: string, before: ColumnModel, after: ColumnModel): string[] {
  const changes: string[] = [];
  if (before.sqlType !== after.sqlType) changes.push(`change the type of ${table}.${after.name}`);
  if (before.notNull !== after.notNull) changes.push(`change whether ${table}.${after.name} is required`);
  return changes;
}
