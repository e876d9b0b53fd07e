import pg from 'pg';
import { actAs, type Actor, type Database, type Sql } from './database.js';
import { createPostgresListener } from './postgres-listener.js';

/** A real PostgreSQL server (or Supabase's), reached through a pg pool built from a connection URL. */
export function createPostgresDatabase(connectionString: string, options: { max?: number } = {}): Database {
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10 });
  // An idle pooled connection the server drops (restart, pg_terminate_backend) emits 'error'; without a
  // listener that would crash the process. The pool replaces the connection on the next checkout.
  pool.on('error', (error) => console.error('PostgreSQL dropped an idle connection:', error.message));
  const listener = createPostgresListener(connectionString);
  return {
    dialect: 'postgres',
    connectionString,
    async transaction<T>(actor: Actor, work: (sql: Sql) => Promise<T>) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        for (const statement of actAs(actor)) await client.query(statement.text, statement.params);
        const result = await work({
          async query<Row>(text: string, params: readonly unknown[] = []) {
            const answer = await client.query(text, [...params]);
            return { rows: answer.rows as Row[], rowCount: answer.rowCount ?? 0 };
          },
          async exec(script: string) {
            // Without parameters pg uses the simple protocol, which accepts several statements.
            await client.query(script);
          },
        });
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    listen: listener.listen,
    async close() {
      await listener.close();
      await pool.end();
    },
  };
}
