import { access, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileOpenApi } from '@smartapiforge/spec-engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDependencyCache, scaffoldExpress } from '../../src/index.js';
import { fixtureDesigns } from '../fixtures/designs.js';

// A generated Express project's database module, on a PGlite data folder: a folder not initialised
// yet is filled from the snapshot (a dump whose marker table initdb would never make), and a folder
// that holds a database is reopened as it is, never loaded over.
interface Database {
  query<T>(text: string, params?: readonly unknown[]): Promise<T[]>;
  exec(text: string): Promise<void>;
  close(): Promise<void>;
}
type OpenDatabase = (options: { dataDir?: string; snapshot?: string }) => Promise<Database>;

let dir: string;
let openDatabase: OpenDatabase;
let snapshot: string;

beforeAll(async () => {
  const { nodeModulesDir } = await ensureDependencyCache('express');
  const library = fixtureDesigns.library!.design;
  const project = scaffoldExpress(library, compileOpenApi(library));
  dir = await mkdtemp(path.join(tmpdir(), 'forge-pglite-folder-'));
  const module = path.join(dir, 'src/db/database.ts');
  await mkdir(path.dirname(module), { recursive: true });
  await writeFile(module, project.files['src/db/database.ts']!);
  await symlink(nodeModulesDir, path.join(dir, 'node_modules'), 'dir');
  ({ openDatabase } = (await import(pathToFileURL(module).href)) as { openDatabase: OpenDatabase });

  type PGlite = {
    exec(sql: string): Promise<unknown>;
    dumpDataDir(c: 'none'): Promise<Blob>;
    close(): Promise<void>;
  };
  const pglite = path.join(nodeModulesDir, '@electric-sql/pglite/dist/index.js');
  const { PGlite } = (await import(pathToFileURL(pglite).href)) as { PGlite: { create(): Promise<PGlite> } };
  const seeded = await PGlite.create();
  await seeded.exec(
    "CREATE TABLE seed_marker (note text); INSERT INTO seed_marker VALUES ('from the snapshot')",
  );
  snapshot = path.join(dir, 'seed.tar');
  await writeFile(snapshot, Buffer.from(await (await seeded.dumpDataDir('none')).arrayBuffer()));
  await seeded.close();
}, 180_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('a generated Express project on a PGlite data folder', () => {
  it('seeds a new folder from the snapshot, then reopens it with its rows', async () => {
    const dataDir = path.join(dir, 'data');
    const first = await openDatabase({ dataDir, snapshot });
    expect(await first.query('SELECT note FROM seed_marker')).toEqual([{ note: 'from the snapshot' }]);
    await first.exec("INSERT INTO seed_marker VALUES ('written later')");
    await first.close();
    await access(path.join(dataDir, 'PG_VERSION'));

    const again = await openDatabase({ dataDir, snapshot });
    expect(await again.query('SELECT note FROM seed_marker ORDER BY note')).toEqual([
      { note: 'from the snapshot' },
      { note: 'written later' },
    ]);
    await again.close();
  }, 120_000);

  it('runs initdb on a new folder when the snapshot is missing', async () => {
    const dataDir = path.join(dir, 'data-without-snapshot');
    const db = await openDatabase({ dataDir, snapshot: path.join(dir, 'missing.tar') });
    expect(await db.query("SELECT to_regclass('seed_marker') AS marker")).toEqual([{ marker: null }]);
    await db.close();
  }, 120_000);
});
