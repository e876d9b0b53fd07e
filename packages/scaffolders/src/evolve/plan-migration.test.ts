import { parseDesign, type ApiDesign, type ApiDesignInput } from '@smartapiforge/spec-engine';
import { afterEach, describe, expect, it } from 'vitest';
import {
  openPglite,
  openPostgresSchema,
  postgresReachable,
  type TestDatabase,
} from '../../test/support/sql-databases.js';
import { renderChangeNotifications, renderMigration } from '../sql/render-migration.js';
import { MigrationError } from './migration-error.js';
import { planMigration, type PlanMigrationOptions } from './plan-migration.js';

const pets = (
  fields: ApiDesignInput['resources'][number]['fields'],
  extra: Partial<ApiDesignInput> = {},
): ApiDesign =>
  parseDesign({
    name: 'pet-shop',
    title: 'Pet shop',
    resources: [{ name: 'pet', plural: 'pets', fields }],
    ...extra,
  });

const v1 = pets([
  { name: 'name', type: 'string', required: true },
  { name: 'species', type: 'enum', enumValues: ['cat', 'dog', 'bird'] },
  { name: 'legacy_code', type: 'string' },
]);

const expressFiles = ['migrations/001_schema.sql', 'migrations/002_change_notifications.sql'];
const options: PlanMigrationOptions = { stack: 'express', existingMigrations: expressFiles };

describe('planMigration (SQL)', () => {
  it('numbers after the existing migrations and names the file after its first change', () => {
    const v2 = pets([...v1.resources[0]!.fields, { name: 'owner_name', type: 'string' }]);
    const plan = planMigration(v1, v2, options);
    expect(plan.number).toBe(3);
    expect(plan.files.map((file) => file.path)).toEqual(['migrations/003_add_column_pets_owner_name.sql']);
    expect(plan.files[0]!.contents).toContain('ALTER TABLE "pets" ADD COLUMN "owner_name" text;');
    expect(plan.destructive).toBe(false);
    expect(
      planMigration(v1, v2, { stack: 'fastapi', existingMigrations: ['migrations/001_schema.sql'] }).number,
    ).toBe(2);
  });

  it('writes nothing when the stored schema does not change', () => {
    const described = parseDesign({ ...v1, description: 'Now with a description' });
    expect(planMigration(v1, described, options).files).toEqual([]);
  });

  it('refuses a drop without allowDestructive, with a typed error listing what would be lost', () => {
    const v2 = pets(v1.resources[0]!.fields.filter((field) => field.name !== 'legacy_code'));
    const refusal = catchError(() => planMigration(v1, v2, options));
    expect(MigrationError.isInstance(refusal) && refusal.code).toBe('destructive_change_refused');
    expect((refusal as MigrationError).details.reasons).toEqual([
      'dropping column pets.legacy_code deletes its values',
    ]);
    const plan = planMigration(v1, v2, { ...options, allowDestructive: true });
    expect(plan.destructive).toBe(true);
    expect(plan.files[0]!.contents).toContain('ALTER TABLE "pets" DROP COLUMN "legacy_code";');
  });

  it('refuses a rename that names a field neither design has', () => {
    const refusal = catchError(() =>
      planMigration(v1, v1, {
        ...options,
        renames: [{ kind: 'field', resource: 'pet', from: 'nickname', to: 'name' }],
      }),
    );
    expect(MigrationError.isInstance(refusal) && refusal.code).toBe('invalid_rename');
  });

  it('gives FastAPI projects the SQLite version of each migration, naming what SQLite cannot alter', () => {
    const fastapi = { stack: 'fastapi' as const, existingMigrations: ['migrations/001_schema.sql'] };
    const added = pets([
      ...v1.resources[0]!.fields,
      { name: 'vaccinated', type: 'boolean', required: true, default: true },
    ]);
    const plan = planMigration(v1, added, fastapi);
    expect(plan.files.map((file) => file.path)).toEqual([
      'migrations/002_add_column_pets_vaccinated.sql',
      'migrations/sqlite/002_add_column_pets_vaccinated.sql',
    ]);
    expect(plan.files[1]!.contents).toContain(
      'ALTER TABLE "pets" ADD COLUMN "vaccinated" BOOLEAN NOT NULL DEFAULT 1;',
    );
    const optional = pets([
      ...v1.resources[0]!.fields,
      { name: 'vaccinated', type: 'boolean', default: false },
    ]);
    expect(planMigration(v1, optional, fastapi).files[1]!.contents).toContain(
      'ALTER TABLE "pets" ADD COLUMN "vaccinated" BOOLEAN DEFAULT 0;',
    );
    const required = pets(
      v1.resources[0]!.fields.map((f) => (f.name === 'legacy_code' ? { ...f, required: true } : f)),
    );
    expect(planMigration(v1, required, fastapi).files[1]!.contents).toContain(
      '-- unsupported on SQLite: change whether pets.legacy_code is required\n',
    );
  });

  it('adds Supabase migrations, with Row Level Security on new tables, for designs with auth', () => {
    const auth = { auth: { type: 'bearer-jwt' as const } };
    const before = pets(v1.resources[0]!.fields, auth);
    const after = parseDesign({
      ...before,
      resources: [
        ...before.resources,
        { name: 'toy', plural: 'toys', ownership: 'owner', fields: [{ name: 'label', type: 'string' }] },
      ],
    });
    const plan = planMigration(before, after, {
      stack: 'fastapi',
      existingMigrations: ['migrations/001_schema.sql'],
    });
    const supabase = plan.files.find((file) => file.path.startsWith('supabase/'))!;
    expect(supabase.path).toBe('supabase/migrations/20250101000002_create_table_toys.sql');
    expect(supabase.contents).toContain('"owner_id" text NOT NULL DEFAULT (auth.uid())::text');
    expect(supabase.contents).toContain('ALTER TABLE "toys" ENABLE ROW LEVEL SECURITY;');
    expect(plan.files[0]!.contents).not.toContain('ROW LEVEL SECURITY');
  });
});

// Each case runs on embedded PGlite and, when it is up, on the machine's PostgreSQL.
const engines: [string, () => Promise<() => Promise<TestDatabase>>][] = [['PGlite', async () => openPglite]];
if (await postgresReachable()) {
  let count = 0;
  engines.push([
    'PostgreSQL',
    async () => () => openPostgresSchema(`forge_migration_test_${process.pid}_${(count += 1)}`),
  ]);
}

// Generous limits: a PGlite instance takes seconds to start on a loaded machine.
describe.each(engines)('planned migrations on %s', { timeout: 180_000 }, (_engine, opener) => {
  const open: TestDatabase[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((db) => db.close()));
  });

  async function database(design: ApiDesign): Promise<TestDatabase> {
    const db = await (await opener())();
    open.push(db);
    await db.exec(renderMigration(design));
    await db.exec(renderChangeNotifications(design));
    return db;
  }

  // Applied as the generated projects' runner applies files: all in one transaction.
  async function migrate(
    db: TestDatabase,
    from: ApiDesign,
    to: ApiDesign,
    extra: Partial<PlanMigrationOptions> = {},
  ) {
    const plan = planMigration(from, to, { ...options, ...extra });
    await db.exec(`BEGIN;\n${plan.files[0]!.contents}\nCOMMIT;`).catch(async (error: unknown) => {
      await db.exec('ROLLBACK');
      throw error;
    });
    return plan;
  }

  it('adds columns (a required one filled from its default) and a table, to the schema a fresh project gets', async () => {
    const v2 = parseDesign({
      ...v1,
      resources: [
        {
          ...v1.resources[0]!,
          fields: [
            ...v1.resources[0]!.fields,
            { name: 'owner_name', type: 'string' },
            { name: 'vaccinated', type: 'boolean', required: true, default: false },
            // Optional, with defaults: existing rows get them too, and the columns stay nullable.
            { name: 'microchipped', type: 'boolean', default: true },
            { name: 'size', type: 'enum', enumValues: ['small', 'large'], default: 'small' },
            { name: 'weight', type: 'number', default: 1.5 },
          ],
        },
        {
          name: 'visit',
          plural: 'visits',
          fields: [{ name: 'pet_id', type: 'reference', references: 'pet', required: true }],
        },
      ],
    });
    const db = await database(v1);
    await db.query(`INSERT INTO pets (name) VALUES ('Rex'), ('Tom')`);
    await migrate(db, v1, v2);
    const added = 'name, owner_name, vaccinated, microchipped, size, weight';
    expect(await db.query(`SELECT ${added} FROM pets ORDER BY name`)).toEqual([
      { name: 'Rex', owner_name: null, vaccinated: false, microchipped: true, size: 'small', weight: 1.5 },
      { name: 'Tom', owner_name: null, vaccinated: false, microchipped: true, size: 'small', weight: 1.5 },
    ]);
    // Nullable as in a fresh schema: a row may still say "unknown".
    await db.query(
      `INSERT INTO pets (name, vaccinated, microchipped, size) VALUES ('Kiwi', true, NULL, NULL)`,
    );
    const fresh = await database(v2);
    expect(await catalog(db)).toEqual(await catalog(fresh));
  });

  it('brings a database whose change notifications predate the read-cache gate under it, still notifying, and leaves a gated one as it was', async () => {
    const v2 = pets([...v1.resources[0]!.fields, { name: 'owner_name', type: 'string' }]);
    const old = await (await opener())();
    open.push(old);
    await old.exec(renderMigration(v1));
    // The 002 migration of projects generated before the gate: every write notified.
    await old.exec(
      `CREATE OR REPLACE FUNCTION notify_table_change() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  PERFORM pg_notify('table_changes', TG_TABLE_NAME);\n  RETURN NULL;\nEND;\n$$;\n` +
        `CREATE TRIGGER pets_notify_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON pets FOR EACH STATEMENT EXECUTE FUNCTION notify_table_change();`,
    );
    await migrate(old, v1, v2);
    // Enabled: an instance started before the change may rely on the notifications.
    expect(await old.query('SELECT enabled FROM read_cache_state')).toEqual([{ enabled: true }]);
    const gated = await database(v1);
    await migrate(gated, v1, v2);
    expect(await gated.query('SELECT enabled FROM read_cache_state')).toEqual([]);
    const body = `SELECT prosrc FROM pg_proc WHERE proname = 'notify_table_change'`;
    expect(await old.query(body)).toEqual(await gated.query(body));
    expect(await catalog(old)).toEqual(await catalog(gated));
  });

  it('renames a column and a table and keeps their values and constraint names in step', async () => {
    const v2 = parseDesign({
      ...v1,
      resources: [
        {
          ...v1.resources[0]!,
          name: 'animal',
          plural: 'animals',
          fields: v1.resources[0]!.fields.map((f) => (f.name === 'name' ? { ...f, name: 'title' } : f)),
        },
      ],
    });
    const db = await database(v1);
    await db.query(`INSERT INTO pets (name, species) VALUES ('Rex', 'dog')`);
    await migrate(db, v1, v2, {
      renames: [
        { kind: 'resource', from: 'pet', to: 'animal' },
        { kind: 'field', resource: 'animal', from: 'name', to: 'title' },
      ],
    });
    expect(await db.query('SELECT title, species FROM animals')).toEqual([{ title: 'Rex', species: 'dog' }]);
    const fresh = await database(v2);
    // PostgreSQL keeps the name it gave the inline CHECK when the table was created; nothing else differs.
    const withoutChecks = async (target: TestDatabase) =>
      (await catalog(target)).filter((row) => !String(row.name).endsWith('_check'));
    expect(await withoutChecks(db)).toEqual(await withoutChecks(fresh));
  });

  it('fails a constraint change naming the rows that break it, and applies none of the migration', async () => {
    const v2 = pets([
      ...v1.resources[0]!.fields.map((f) =>
        f.name === 'species' ? { ...f, required: true, enumValues: ['cat', 'dog'] } : f,
      ),
      { name: 'owner_name', type: 'string' },
    ]);
    const db = await database(v1);
    const [bird] = await db.query<{ id: string }>(
      `INSERT INTO pets (name, species) VALUES ('Tweety', 'bird') RETURNING id`,
    );
    const [unknown] = await db.query<{ id: string }>(
      `INSERT INTO pets (name) VALUES ('Mystery') RETURNING id`,
    );
    const error = (await migrate(db, v1, v2).catch((e: unknown) => e)) as Error;
    expect(error.message).toBe(
      `1 rows of pets have no species, which becomes required (ids: ${unknown!.id}; at most 20 listed)`,
    );
    await db.query(`UPDATE pets SET species = 'cat' WHERE id = $1`, [unknown!.id]);
    const second = (await migrate(db, v1, v2).catch((e: unknown) => e)) as Error;
    expect(second.message).toBe(
      `1 rows of pets have a species outside cat, dog (ids: ${bird!.id}; at most 20 listed)`,
    );
    expect(
      await db.query(
        `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'pets' AND column_name = 'owner_name'`,
      ),
    ).toEqual([]);
    await db.query(`UPDATE pets SET species = 'dog' WHERE id = $1`, [bird!.id]);
    await migrate(db, v1, v2);
    await expect(db.query(`INSERT INTO pets (name, species) VALUES ('Polly', 'bird')`)).rejects.toThrow(
      /check/,
    );
  });

  it('names duplicate rows before a field becomes unique', async () => {
    const v2 = pets(v1.resources[0]!.fields.map((f) => (f.name === 'name' ? { ...f, unique: true } : f)));
    const db = await database(v1);
    const rows = await db.query<{ id: string }>(
      `INSERT INTO pets (name) VALUES ('Rex'), ('Rex'), ('Tom') RETURNING id`,
    );
    const error = (await migrate(db, v1, v2).catch((e: unknown) => e)) as Error;
    const ids = [rows[0]!.id, rows[1]!.id].sort().join(', ');
    expect(error.message).toBe(
      `2 rows of pets share a value that becomes unique (name) (ids: ${ids}; at most 20 listed)`,
    );
    await db.query(`DELETE FROM pets WHERE id = $1`, [rows[1]!.id]);
    await migrate(db, v1, v2);
    expect(await catalog(db)).toEqual(await catalog(await database(v2)));
  });

  it('adds and drops the join table of a many-to-many relation with its pair key, and keys a declared join', async () => {
    const toy = { name: 'toy', plural: 'toys', fields: [{ name: 'label', type: 'string' as const }] };
    const withToys = parseDesign({ ...v1, resources: [...v1.resources, toy] });
    const linked = parseDesign({
      ...withToys,
      relations: [{ kind: 'many-to-many', from: 'pet', to: 'toy' }],
    });
    const db = await database(withToys);
    const plan = await migrate(db, withToys, linked);
    expect(plan.steps).toEqual(['create table pet_toys']);
    expect(plan.files[0]!.contents).toContain(
      'CONSTRAINT "pet_toys_pet_id_toy_id_key" UNIQUE ("pet_id", "toy_id")',
    );
    expect(await catalog(db)).toEqual(await catalog(await database(linked)));
    expect(() => planMigration(linked, withToys, options)).toThrow(/dropping table pet_toys/);
    await migrate(db, linked, withToys, { allowDestructive: true });
    expect(await catalog(db)).toEqual(await catalog(await database(withToys)));

    // A resource the design already had becomes the join: its pairs become unique, once none repeats.
    const play = {
      name: 'play',
      plural: 'plays',
      fields: [
        { name: 'pet_id', type: 'reference' as const, references: 'pet', required: true },
        { name: 'toy_id', type: 'reference' as const, references: 'toy', required: true },
      ],
    };
    const declared = parseDesign({ ...withToys, resources: [...withToys.resources, play] });
    const through = parseDesign({
      ...declared,
      relations: [{ kind: 'many-to-many', from: 'pet', to: 'toy', through: 'play' }],
    });
    const plays = await database(declared);
    const [pet] = await plays.query<{ id: string }>(`INSERT INTO pets (name) VALUES ('Rex') RETURNING id`);
    const [ball] = await plays.query<{ id: string }>(`INSERT INTO toys (label) VALUES ('ball') RETURNING id`);
    const rows = await plays.query<{ id: string }>(
      `INSERT INTO plays (pet_id, toy_id) VALUES ($1, $2), ($1, $2) RETURNING id`,
      [pet!.id, ball!.id],
    );
    const error = (await migrate(plays, declared, through).catch((e: unknown) => e)) as Error;
    const ids = rows
      .map((row) => row.id)
      .sort()
      .join(', ');
    expect(error.message).toBe(
      `2 rows of plays share a value that becomes unique (pet_id, toy_id) (ids: ${ids}; at most 20 listed)`,
    );
    await plays.query(`DELETE FROM plays WHERE id = $1`, [rows[1]!.id]);
    await migrate(plays, declared, through);
    expect(await catalog(plays)).toEqual(await catalog(await database(through)));
  });

  it('gives a join table created with RESTRICT pair keys cascading ones with the next migration', async () => {
    const toy = { name: 'toy', plural: 'toys', fields: [{ name: 'label', type: 'string' as const }] };
    const linked = parseDesign({
      ...v1,
      resources: [...v1.resources, toy],
      relations: [{ kind: 'many-to-many', from: 'pet', to: 'toy' }],
    });
    const db = await database(linked);
    // As projects generated while pair keys were RESTRICT have them.
    await db.exec(
      (
        await db.query<{ conname: string; def: string }>(
          `SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = 'pet_toys'::regclass AND contype = 'f'`,
        )
      )
        .map(
          ({ conname, def }) =>
            `ALTER TABLE pet_toys DROP CONSTRAINT ${conname}; ALTER TABLE pet_toys ADD CONSTRAINT ${conname} ${def.replace('ON DELETE CASCADE', 'ON DELETE RESTRICT')};`,
        )
        .join('\n'),
    );
    const [pet] = await db.query<{ id: string }>(`INSERT INTO pets (name) VALUES ('Rex') RETURNING id`);
    const [ball] = await db.query<{ id: string }>(`INSERT INTO toys (label) VALUES ('ball') RETURNING id`);
    await db.query(`INSERT INTO pet_toys (pet_id, toy_id) VALUES ($1, $2)`, [pet!.id, ball!.id]);
    await expect(db.query(`DELETE FROM pets WHERE id = $1`, [pet!.id])).rejects.toThrow(/pet_toys/);

    const v2 = parseDesign({
      ...v1,
      resources: [
        pets([...v1.resources[0]!.fields, { name: 'nickname', type: 'string' }]).resources[0]!,
        toy,
      ],
      relations: [{ kind: 'many-to-many', from: 'pet', to: 'toy' }],
    });
    const plan = await migrate(db, linked, v2);
    expect(plan.steps).toEqual(['add column pets.nickname']);
    expect(await catalog(db)).toEqual(await catalog(await database(v2)));
    await db.query(`DELETE FROM pets WHERE id = $1`, [pet!.id]);
    expect(await db.query(`SELECT id FROM pet_toys`)).toEqual([]);
    // On a database that has them already, the same blocks change nothing.
    const fresh = await database(linked);
    await migrate(fresh, linked, v2);
    expect(await catalog(fresh)).toEqual(await catalog(db));
  });

  it('drops a column only when allowed, and narrows a type after checking every value converts', async () => {
    const v2 = pets([
      { name: 'name', type: 'string', required: true },
      { name: 'species', type: 'enum', enumValues: ['cat', 'dog', 'bird'] },
      { name: 'legacy_code', type: 'integer' },
    ]);
    const db = await database(v1);
    const [bad] = await db.query<{ id: string }>(
      `INSERT INTO pets (name, legacy_code) VALUES ('Rex', 'A1'), ('Tom', '42') RETURNING id`,
    );
    expect(() => planMigration(v1, v2, options)).toThrow(/converting pets.legacy_code from text to bigint/);
    const error = (await migrate(db, v1, v2, { allowDestructive: true }).catch((e: unknown) => e)) as Error;
    expect(error.message).toContain(
      `1 rows of pets have a legacy_code that is not a valid bigint (ids: ${bad!.id}`,
    );
    await db.query(`UPDATE pets SET legacy_code = NULL WHERE id = $1`, [bad!.id]);
    await migrate(db, v1, v2, { allowDestructive: true });
    expect(await db.query(`SELECT legacy_code FROM pets WHERE name = 'Tom'`)).toEqual([
      { legacy_code: expect.anything() },
    ]);
    const v3 = pets(v2.resources[0]!.fields.filter((f) => f.name !== 'legacy_code'));
    await migrate(db, v2, v3, { allowDestructive: true });
    expect(await catalog(db)).toEqual(await catalog(await database(v3)));
  });
});

/** Columns, constraints, indexes and triggers of the current schema, in a stable order. */
async function catalog(db: TestDatabase): Promise<Record<string, unknown>[]> {
  const rows = await db.query<Record<string, unknown>>(`
    SELECT 'column' AS kind, table_name::text AS owner, column_name::text AS name,
           data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '') AS definition
      FROM information_schema.columns WHERE table_schema = current_schema()
    UNION ALL
    SELECT 'constraint', conrelid::regclass::text, conname::text, pg_get_constraintdef(oid)
      -- NOT NULL constraints (PostgreSQL 18 and PGlite list them here) are the columns' is_nullable.
      FROM pg_constraint WHERE connamespace = current_schema()::regnamespace AND contype <> 'n'
    UNION ALL
    SELECT 'index', tablename::text, indexname::text, replace(indexdef, current_schema() || '.', '')
      FROM pg_indexes WHERE schemaname = current_schema()
    UNION ALL
    SELECT 'trigger', relname::text, tgname::text, ''
      FROM pg_trigger JOIN pg_class ON pg_class.oid = tgrelid
      WHERE NOT tgisinternal AND relnamespace = current_schema()::regnamespace
    ORDER BY 1, 2, 3`);
  return rows;
}

function catchError(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  return undefined;
}
