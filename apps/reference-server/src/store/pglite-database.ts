import { PGlite } from '@electric-sql/pglite';
import { actAs, type Actor, type Database, type Sql } from './database.js';

/**
 * Postgres in-process: the embedded default. `dataDir` keeps data across restarts; without it the
 * database lives in memory. PGlite has one connection, and its transaction() queues callers, so
 * concurrent requests are serialised rather than interleaved.
 */
export async function createPgliteDatabase(options: { dataDir?: string } = {}): Promise<Database> {
  const db = await PGlite.create(options.dataDir === undefined ? {} : { dataDir: options.dataDir });
  return {
    dialect: 'pglite',
    transaction<T>(actor: Actor, work: (sql: Sql) => Promise<T>) {
      return db.transaction(async (tx) => {
        for (const statement of actAs(actor)) await tx.query(statement.text, statement.params);
        return work({
          async query<Row>(text: string, params: readonly unknown[] = []) {
            const result = await tx.query<Row>(text, [...params]);
            return { rows: result.rows, rowCount: result.affectedRows ?? 0 };
          },
          async exec(script: string) {
            await tx.exec(script);
          },
        });
      });
    },
    close: () => db.close(),
  };
}
