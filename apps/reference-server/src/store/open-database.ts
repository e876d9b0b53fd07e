import type { Database } from './database.js';
import { migrate } from './migrate.js';
import { createPgliteDatabase } from './pglite-database.js';
import { createPostgresDatabase } from './postgres-database.js';

export interface OpenDatabaseOptions {
  /** postgres://… → that server; absent → embedded PGlite. */
  readonly databaseUrl?: string;
  /** PGlite's data folder; absent → in memory. Ignored with databaseUrl. */
  readonly dataDir?: string;
  /** Apply the auth shim (default true). Set false against a Supabase project, which has the real one. */
  readonly authShim?: boolean;
}

/** Opens the configured database and brings its schema up to date. */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  const db = options.databaseUrl
    ? createPostgresDatabase(options.databaseUrl)
    : await createPgliteDatabase(options.dataDir === undefined ? {} : { dataDir: options.dataDir });
  try {
    await migrate(db, options.authShim === undefined ? {} : { authShim: options.authShim });
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}
