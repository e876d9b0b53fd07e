import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import type { Database } from '../src/store/database.js';
import { openDatabase } from '../src/store/open-database.js';
import { createPgliteDatabase, type PgliteOptions } from '../src/store/pglite-database.js';
import { pgliteFile } from './global-setup.js';

/** The server that hosts throwaway test databases; override with FORGE_TEST_POSTGRES_URL. */
const adminUrl = process.env.FORGE_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Whether PostgreSQL tests can run here; they are skipped (and say so) when no server answers. */
export const hasPostgres = await postgresReachable();

export interface TestDatabase {
  readonly db: Database;
  /** Connection URL of the throwaway database (PostgreSQL only). */
  readonly url?: string;
  dispose(): Promise<void>;
}

/** A fresh, migrated PostgreSQL database `forge_test_<random>`, dropped by dispose(). */
export async function freshPostgres(): Promise<TestDatabase> {
  const name = `forge_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: url.href });
  return {
    db,
    url: url.href,
    async dispose() {
      await db.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/**
 * What every PGlite test database in this worker starts from, read and compiled once: the migrated
 * template from global-setup.ts and the compiled pglite.wasm (test files share a worker, see
 * vitest.config.ts, so later files skip both).
 */
let pgliteStart: Promise<{ template: Blob; wasmModule: PgliteOptions['wasmModule'] }> | undefined;
// Node has WebAssembly at run time, but the project's `lib` (ES2023, no DOM) only declares its types.
const { compile } = (
  globalThis as unknown as {
    WebAssembly: { compile(bytes: Uint8Array): Promise<PgliteOptions['wasmModule']> };
  }
).WebAssembly;
const loadPgliteStart = async () => ({
  template: new Blob([await readFile(inject('pgliteTemplate'))]),
  wasmModule: await compile(await readFile(pgliteFile('pglite.wasm'))),
});

/** A fresh in-memory PGlite database, loaded from the migrated template. */
export async function freshPglite(): Promise<TestDatabase> {
  const { template, wasmModule } = await (pgliteStart ??= loadPgliteStart());
  const db = await createPgliteDatabase({ loadDataDir: template, wasmModule });
  return { db, dispose: () => db.close() };
}

/** Both engines, for describe.each: PostgreSQL is skipped where no server answers. */
export const engines = [
  { name: 'pglite', open: freshPglite, skip: false },
  { name: 'postgres', open: freshPostgres, skip: !hasPostgres },
] as const;
