import { quoteIdent as q, quoteLiteral } from '../sql/sql-names.js';

// Enough ids to find the rows; the message says how many there are in all.
const listedIds = 20;
const idsEnd = `; at most ${listedIds} listed)`;

/**
 * A PL/pgSQL block that fails the migration (and so its transaction) when any row of `table` matches
 * `where`, naming the rows by id. `problem` completes "N rows of <table> …"; `fix` says what to do.
 * The message is built with `||`, never a format string, so drivers that treat `%` as a parameter
 * marker (psycopg) run the file unchanged.
 */
export function assertNoRows(table: string, where: string, problem: string, fix: string): string {
  const source = `FROM ${q(table)} WHERE ${where}`;
  return [
    'DO $$',
    'DECLARE',
    '  total bigint;',
    '  ids text;',
    'BEGIN',
    `  SELECT count(*) INTO total ${source};`,
    '  IF total > 0 THEN',
    `    SELECT string_agg(id::text, ', ') INTO ids FROM (SELECT id ${source} ORDER BY id LIMIT ${listedIds}) AS offending;`,
    `    RAISE EXCEPTION USING ERRCODE = 'check_violation', MESSAGE = total || ${quoteLiteral(` rows of ${table} ${problem} (ids: `)} || ids || ${quoteLiteral(idsEnd)}, HINT = ${quoteLiteral(fix)};`,
    '  END IF;',
    'END',
    '$$;',
  ].join('\n');
}

/**
 * Fails the migration when some value of `column` does not convert to `sqlType`, naming the rows:
 * a type change must not half-apply or silently drop values.
 */
export function assertCastable(table: string, column: string, sqlType: string, fix: string): string {
  return [
    'DO $$',
    'DECLARE',
    '  item record;',
    "  ids text[] := '{}';",
    'BEGIN',
    `  FOR item IN SELECT id, ${q(column)}::text AS value FROM ${q(table)} WHERE ${q(column)} IS NOT NULL ORDER BY id LOOP`,
    '    BEGIN',
    `      PERFORM item.value::${sqlType};`,
    '    EXCEPTION WHEN others THEN',
    '      ids := ids || item.id::text;',
    '    END;',
    '  END LOOP;',
    '  IF cardinality(ids) > 0 THEN',
    `    RAISE EXCEPTION USING ERRCODE = 'check_violation', MESSAGE = cardinality(ids) || ${quoteLiteral(` rows of ${table} have a ${column} that is not a valid ${sqlType} (ids: `)} || array_to_string(ids[1:${listedIds}], ', ') || ${quoteLiteral(idsEnd)}, HINT = ${quoteLiteral(fix)};`,
    '  END IF;',
    'END',
    '$$;',
  ].join('\n');
}
