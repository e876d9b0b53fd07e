import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, type TestDatabase } from '../../test/databases.js';
import { findSupabaseDir } from './migrate.js';

// Runs every supabase/tests/*.sql file (assertions raise) inside a transaction that is rolled back,
// so the files stay independent and leave no rows behind.
const testsDir = path.join(findSupabaseDir(), 'tests');
const files = (await readdir(testsDir)).filter((name) => name.endsWith('.sql')).sort();

const runFile = (t: TestDatabase, file: string, before = '') =>
  t.db
    .transaction({ kind: 'admin' }, async (sql) => {
      if (before) await sql.exec(before);
      await sql.exec(await readFile(path.join(testsDir, file), 'utf8'));
      throw new RollbackSignal();
    })
    .catch((error: unknown) => {
      if (!(error instanceof RollbackSignal)) throw error;
    });

class RollbackSignal extends Error {}

describe.each(engines)('supabase/tests on $name', ({ open, skip }) => {
  let t: TestDatabase;
  beforeAll(async () => {
    if (!skip) t = await open();
  });
  afterAll(() => t?.dispose());

  it.skipIf(skip).each(files)('%s passes', async (file) => {
    await runFile(t, file);
  });

  it.skipIf(skip)('fails once an owner policy is dropped', async () => {
    // Without its policy the owner cannot even insert: the file stops at A's own write.
    await expect(
      runFile(t, 'rls.test.sql', 'drop policy projects_server_writes on public.projects;'),
    ).rejects.toThrow(/row-level security policy for table "projects"/);
  });

  it.skipIf(skip)('fails once users may write their own quota row again', async () => {
    // The schema before writes moved to the server's role: an owner policy for all commands.
    const userWrites = `grant insert, update, delete on public.usage to authenticated;
      create policy usage_owner on public.usage for all to authenticated
        using (owner_id = auth.uid()) with check (owner_id = auth.uid());`;
    await expect(runFile(t, 'rls.test.sql', userWrites)).rejects.toThrow(
      /not ok: the authenticated role ran: update public.usage set jobs_started = 0/,
    );
  });

  it.skipIf(skip)('fails once users may write their own project versions', async () => {
    const userWrites = `grant insert, update, delete on public.project_versions to authenticated;
      create policy project_versions_owner on public.project_versions for all to authenticated
        using (owner_id = auth.uid()) with check (owner_id = auth.uid());`;
    await expect(runFile(t, 'project-versions.test.sql', userWrites)).rejects.toThrow(
      /not ok: the authenticated role ran: insert into public.project_versions/,
    );
  });

  it.skipIf(skip)('fails once RLS is disabled on a table', async () => {
    await expect(
      runFile(t, 'rls.test.sql', 'alter table public.usage disable row level security;'),
    ).rejects.toThrow(/not ok: RLS disabled on usage/);
  });
});
