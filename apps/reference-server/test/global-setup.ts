import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { findSupabaseDir, migrate } from '../src/store/migrate.js';
import { createPgliteDatabase } from '../src/store/pglite-database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A tarball of a migrated PGlite data folder that each test database starts from. */
    pgliteTemplate: string;
  }
}

/** A file of the installed PGlite package (its dist/ folder holds pglite.wasm). */
export const pgliteFile = (name: string) =>
  path.join(path.dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite')), name);

/** Everything the template depends on: the migrations, the auth shim and PGlite's own version. */
async function templateKey(): Promise<string> {
  const dir = findSupabaseDir();
  const hash = createHash('sha256');
  const migrations = (await readdir(path.join(dir, 'migrations'))).sort();
  for (const file of [...migrations.map((name) => path.join('migrations', name)), 'shim/auth.sql'])
    hash.update(file).update(await readFile(path.join(dir, file)));
  hash.update(await readFile(pgliteFile('../package.json')));
  return hash.digest('hex').slice(0, 16);
}

/**
 * Migrates one PGlite database and saves its data folder, so every test file loads a ready schema
 * (about 1 s) instead of running initdb and the migrations again (about 4 s on two cores). The
 * tarball is kept between runs under node_modules/.cache, keyed by what it was built from.
 */
export default async function setup(project: TestProject): Promise<void> {
  const cacheDir = path.resolve(import.meta.dirname, '../node_modules/.cache/reference-server');
  const file = path.join(cacheDir, `pglite-template-${await templateKey()}.tar`);
  if (!existsSync(file)) {
    const db = await createPgliteDatabase();
    try {
      await migrate(db);
      const dump = Buffer.from(await (await db.dumpDataDir()).arrayBuffer());
      await mkdir(cacheDir, { recursive: true });
      // Written aside and renamed, so a concurrent or interrupted run never sees half a tarball.
      const partial = `${file}.${process.pid}`;
      await writeFile(partial, dump);
      await rename(partial, file);
    } finally {
      await db.close();
    }
  }
  project.provide('pgliteTemplate', file);
}
