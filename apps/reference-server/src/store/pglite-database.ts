import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { actAs, type Actor, type Database, type Sql } from './database.js';

export interface PgliteOptions {
  /** Keeps data across restarts; absent → in memory. */
  readonly dataDir?: string;
  /** Starts from a data folder saved by `dumpDataDir()`, e.g. an already migrated template. */
  readonly loadDataDir?: Blob;
  /**
   * The compiled pglite.wasm, to skip compiling it again: each compile costs seconds, so a process
   * that opens many databases (a test worker) compiles once and passes the module on.
   */
  readonly wasmModule?: PGliteOptions['pgliteWasmModule'];
}

/** A PGlite-backed Database that can also save its data folder as a tarball. */
export interface PgliteDatabase extends Database {
  dumpDataDir(): Promise<Blob>;
}

/**
 * Postgres in-process: the embedded default. PGlite has one connection, and its transaction() queues
 * callers, so concurrent requests are serialised rather than interleaved.
 */
export async function createPgliteDatabase(options: PgliteOptions = {}): Promise<PgliteDatabase> {
  const db = await PGlite.create({
    ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }),
    ...(options.loadDataDir === undefined ? {} : { loadDataDir: options.loadDataDir }),
    ...(options.wasmModule === undefined ? {} : { pgliteWasmModule: options.wasmModule }),
  });
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
    // One process, one connection: a NOTIFY is delivered here or nowhere, so there are no gaps.
    listen: (channel, onNotify) => db.listen(channel, onNotify),
    // Uncompressed: the template is loaded many times and gunzipping 40 MB costs more than reading it.
    dumpDataDir: () => db.dumpDataDir('none'),
    close: () => db.close(),
  };
}
