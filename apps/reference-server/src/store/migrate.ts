import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './database.js';

/**
 * Finds the repository's `supabase/` folder by walking up from this module, so the same lookup works
 * from src/ under vitest and from the bundled dist/.
 */
export function findSupabaseDir(from: string = path.dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'supabase', 'migrations'))) return path.join(dir, 'supabase');
    if (path.dirname(dir) === dir) throw new Error(`No supabase/migrations folder above ${from}.`);
  }
}

export interface MigrateOptions {
  /** The `supabase/` folder; defaults to the repository's. */
  readonly supabaseDir?: string;
  /** Apply the auth schema shim first: true for PGlite and plain PostgreSQL, false on Supabase. */
  readonly authShim?: boolean;
}

/**
 * Applies `supabase/migrations/*.sql` in name order, each once, recording versions where the Supabase
 * CLI records them, so a database migrated by either tool is recognised by the other. An advisory lock
 * keeps two servers starting at once from racing.
 */
export async function migrate(db: Database, options: MigrateOptions = {}): Promise<string[]> {
  const dir = options.supabaseDir ?? findSupabaseDir();
  const files = (await readdir(path.join(dir, 'migrations'))).filter((name) => name.endsWith('.sql')).sort();
  const shim =
    options.authShim === false ? undefined : await readFile(path.join(dir, 'shim', 'auth.sql'), 'utf8');
  return db.transaction({ kind: 'admin' }, async (sql) => {
    await sql.query('select pg_advisory_xact_lock(4711)');
    if (shim) await sql.exec(shim);
    await sql.exec(`create schema if not exists supabase_migrations;
      create table if not exists supabase_migrations.schema_migrations (version text primary key, name text)`);
    const { rows } = await sql.query<{ version: string }>(
      'select version from supabase_migrations.schema_migrations',
    );
    const applied = new Set(rows.map((row) => row.version));
    const ran: string[] = [];
    for (const file of files) {
      const [version = file, ...name] = file.replace(/\.sql$/, '').split('_');
      if (applied.has(version)) continue;
      await sql.exec(await readFile(path.join(dir, 'migrations', file), 'utf8'));
      await sql.query('insert into supabase_migrations.schema_migrations (version, name) values ($1, $2)', [
        version,
        name.join('_'),
      ]);
      ran.push(file);
    }
    return ran;
  });
}
