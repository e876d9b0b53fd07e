import { tableConstraints } from '../sql/render-migration.js';
import { quoteIdent as q, quoteLiteral } from '../sql/sql-names.js';
import type { TableModel } from '../sql/table-model.js';

/**
 * For databases whose join tables were created while a join's pair keys were ON DELETE RESTRICT: one
 * PL/pgSQL block per pair key of a table this migration does not create, re-creating the key with ON
 * DELETE CASCADE where the database still has another rule, and doing nothing where it has CASCADE.
 * The stored design cannot say which rule a database has (old and new designs both read as cascading
 * now), so the database is asked. SQLite cannot alter a key: a database created with RESTRICT keeps it.
 */
export function cascadePairKeys(tables: readonly TableModel[], created: ReadonlySet<string>): string[] {
  const blocks: string[] = [];
  for (const table of tables) {
    if (created.has(table.table)) continue;
    const definitions = new Map(tableConstraints(table).map((c) => [c.name, c.definition]));
    for (const key of table.foreignKeys) {
      if (key.onDelete !== 'cascade') continue;
      blocks.push(
        [
          'DO $$',
          'BEGIN',
          `  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass(${quoteLiteral(q(table.table))}) AND conname = ${quoteLiteral(key.name)} AND confdeltype <> 'c') THEN`,
          `    ALTER TABLE ${q(table.table)} DROP CONSTRAINT ${q(key.name)};`,
          `    ALTER TABLE ${q(table.table)} ADD CONSTRAINT ${q(key.name)} ${definitions.get(key.name)!};`,
          '  END IF;',
          'END',
          '$$;',
        ].join('\n'),
      );
    }
  }
  return blocks;
}
