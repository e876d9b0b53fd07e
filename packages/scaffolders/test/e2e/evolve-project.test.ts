import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compileOpenApi, parseDesign, type ApiDesign } from '@smartapiforge/spec-engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expressCommands } from '../../src/express/scaffold-express.js';
import { fastapiCommands } from '../../src/fastapi/scaffold-fastapi.js';
import {
  buildManifest,
  ensureDependencyCache,
  ensureRuntimeImage,
  planMigration,
  scaffoldProject,
  updateProjectFiles,
  type GeneratedProject,
  type Stack,
} from '../../src/index.js';
import { runtimeSandboxArgs } from '../support/runtime-sandbox.mjs';
import { fastapiTools, freePort, waitForHealth } from '../support/serve-project.js';
import {
  openPostgresSchema,
  postgresReachable,
  postgresUrl,
  type TestDatabase,
} from '../support/sql-databases.js';

// A live project changed to a new design: files merged, the planned migration applied at start-up,
// rows kept, and a second start applying nothing again. Express keeps its data in a PGlite folder;
// FastAPI runs in the Python runtime image on the machine's PostgreSQL, in a schema of its own.
const v1 = parseDesign({
  name: 'pet-clinic',
  title: 'Pet clinic',
  resources: [{ name: 'pet', plural: 'pets', fields: [{ name: 'name', type: 'string', required: true }] }],
});
const v2: ApiDesign = parseDesign({
  ...v1,
  version: '1.1.0',
  resources: [
    {
      ...v1.resources[0]!,
      fields: [
        ...v1.resources[0]!.fields,
        { name: 'owner_name', type: 'string' },
        { name: 'vaccinated', type: 'boolean', required: true, default: false },
      ],
    },
  ],
});
// Then toys, linked with pets many to many: the join table and its pair key arrive with a migration.
const v3: ApiDesign = parseDesign({
  ...v2,
  version: '1.2.0',
  resources: [
    ...v2.resources,
    { name: 'toy', plural: 'toys', fields: [{ name: 'label', type: 'string', required: true }] },
  ],
  relations: [{ kind: 'many-to-many', from: 'pet', to: 'toy' }],
});

const postgresUp = await postgresReachable();
const stacks: { stack: Stack; database: string; runs: boolean; migrations: string[] }[] = [
  {
    stack: 'express',
    database: 'PGlite',
    runs: true,
    migrations: ['migrations/003_add_column_pets_owner_name_and_more.sql'],
  },
  ...['PostgreSQL', 'SQLite'].map((database) => ({
    stack: 'fastapi' as const,
    database,
    runs: fastapiTools && (postgresUp || database === 'SQLite'),
    migrations: [
      'migrations/002_add_column_pets_owner_name_and_more.sql',
      'migrations/sqlite/002_add_column_pets_owner_name_and_more.sql',
    ],
  })),
];

let dir: string;
let server: ChildProcess | undefined;
let baseUrl: string;

async function writeFiles(files: Readonly<Record<string, string>>): Promise<void> {
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), content);
  }
}

async function launch(stack: Stack, database: string, schema: string): Promise<void> {
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  let log = '';
  if (stack === 'express') {
    const build = spawnSync(expressCommands.build.command, expressCommands.build.args, {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(`${build.stdout}${build.stderr}`).toBe('');
    server = spawn(expressCommands.start.command, expressCommands.start.args, {
      cwd: dir,
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', PGLITE_DATA_DIR: path.join(dir, 'data') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } else {
    const { rootDir } = await ensureRuntimeImage('python-fastapi');
    const env: Record<string, string> =
      database === 'SQLite'
        ? { DATABASE_URL: 'sqlite:////workspace/data.db' }
        : { DATABASE_URL: postgresUrl, DATABASE_SCHEMA: schema, WEB_CONCURRENCY: '1' };
    server = spawn('bwrap', runtimeSandboxArgs(rootDir, dir, fastapiCommands.start, { port, env }), {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }
  server.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  await waitForHealth(`${baseUrl}/healthz`, server, () => log, 120_000);
}

async function stop(): Promise<void> {
  const running = server;
  server = undefined;
  if (!running || running.exitCode !== null || running.signalCode !== null) return;
  const exited = new Promise((resolve) => running.once('exit', resolve));
  running.kill('SIGTERM');
  await exited;
}

async function readProject(): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const file = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (!entry.isFile() || /^(node_modules|dist|data)\/|__pycache__/.test(file)) continue;
    files[file] = await readFile(path.join(dir, file), 'utf8');
  }
  return files;
}

describe.each(stacks)(
  'changing a live $stack project on $database',
  { timeout: 600_000 },
  ({ stack, database: engine, runs, migrations }) => {
    const schema = `forge_evolve_${process.pid}`;
    let database: TestDatabase | undefined;

    beforeAll(async () => {
      if (!runs) return;
      dir = await mkdtemp(path.join(tmpdir(), `forge-evolve-${stack}-`));
      if (stack === 'express') {
        const { nodeModulesDir } = await ensureDependencyCache('express');
        await symlink(nodeModulesDir, path.join(dir, 'node_modules'), 'dir');
      } else {
        await ensureRuntimeImage('python-fastapi');
        if (engine === 'PostgreSQL') database = await openPostgresSchema(schema);
      }
    }, 900_000);

    afterAll(async () => {
      if (!runs) return;
      await stop();
      await database?.close();
      await rm(dir, { recursive: true, force: true });
    });

    const start = () => launch(stack, engine, schema);

    it.skipIf(!runs)('keeps its rows and user edits, applies each migration once, joins too', async () => {
      const first: GeneratedProject = scaffoldProject(stack, v1, compileOpenApi(v1));
      await writeFiles(first.files);
      await start();
      for (const name of ['Rex', 'Tom', 'Polly']) {
        const created = await fetch(`${baseUrl}/pets`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ name }),
        });
        expect(created.status).toBe(201);
      }
      await stop();

      // The user's own route, an edit to a generated file, and a deleted generated file.
      await writeFile(...customRoute(stack));
      const readme = await readFile(path.join(dir, 'README.md'), 'utf8');
      await writeFile(path.join(dir, 'README.md'), `${readme}\nOur clinic's notes.\n`);
      await unlink(path.join(dir, '.github/dependabot.yml'));

      const second = scaffoldProject(stack, v2, compileOpenApi(v2));
      const update = updateProjectFiles({
        manifest: buildManifest(first.files),
        previousGenerated: first.files,
        current: await readProject(),
        newGenerated: second.files,
      });
      expect(update.conflicts).toEqual([]);
      expect(update.updates).toContainEqual({ path: '.github/dependabot.yml', action: 'kept-deleted' });
      expect(update.updates.filter((u) => /^(src|app)\/custom\//.test(u.path))).toEqual([]);
      const migration = planMigration(v1, v2, { stack, existingMigrations: Object.keys(first.files) });
      expect(migration.files.map((file) => file.path)).toEqual(migrations);
      await writeFiles(update.write);
      await writeFiles(Object.fromEntries(migration.files.map((file) => [file.path, file.contents])));

      await start();
      const pets = (await (await fetch(`${baseUrl}/pets?sort=name`)).json()) as {
        data: Record<string, unknown>[];
      };
      expect(pets.data.map((pet) => [pet.name, pet.owner_name ?? null, pet.vaccinated])).toEqual([
        ['Polly', null, false],
        ['Rex', null, false],
        ['Tom', null, false],
      ]);
      const created = await fetch(`${baseUrl}/pets`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Fido', owner_name: 'Ann', vaccinated: true }),
      });
      expect(await created.json()).toMatchObject({ name: 'Fido', owner_name: 'Ann', vaccinated: true });
      expect(await (await fetch(`${baseUrl}/hello`)).json()).toEqual({ hello: 'world' });
      expect(await readFile(path.join(dir, 'README.md'), 'utf8')).toContain("Our clinic's notes.");
      await stop();

      // Applied migrations are recorded: a second start with the same files adds nothing and fails on nothing.
      await start();
      const listed = (await (await fetch(`${baseUrl}/pets`)).json()) as { data: { id: string }[] };
      expect(listed).toMatchObject({ data: { length: 4 } });
      await stop();

      const third = scaffoldProject(stack, v3, compileOpenApi(v3));
      const linking = updateProjectFiles({
        manifest: buildManifest(second.files),
        previousGenerated: second.files,
        current: await readProject(),
        newGenerated: third.files,
      });
      expect(linking.conflicts).toEqual([]);
      const existingMigrations = [...Object.keys(first.files), ...migration.files.map((file) => file.path)];
      const joinMigration = planMigration(v2, v3, { stack, existingMigrations });
      expect(joinMigration.steps).toEqual(['create table toys', 'create table pet_toys']);
      await writeFiles(linking.write);
      await writeFiles(Object.fromEntries(joinMigration.files.map((file) => [file.path, file.contents])));
      await start();
      const post = (collection: string, body: unknown) =>
        fetch(`${baseUrl}/${collection}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      const toy = (await (await post('toys', { label: 'ball' })).json()) as { id: string };
      const pair = { pet_id: listed.data[0]!.id, toy_id: toy.id };
      expect((await post('pet-toys', pair)).status).toBe(201);
      expect((await post('pet-toys', pair)).status).toBe(409);
      const linked = (await (await fetch(`${baseUrl}/pets/${pair.pet_id}/pet-toys`)).json()) as {
        meta: { total: number };
      };
      expect(linked.meta.total).toBe(1);
    });
  },
);

function customRoute(stack: Stack): [string, string] {
  if (stack === 'express') {
    return [
      path.join(dir, 'src/custom/hooks.ts'),
      `import type { AppHooks } from '../hooks.js';\n\nexport const hooks: AppHooks = {\n  afterRoutes(app) {\n    app.get('/hello', (_req, res) => {\n      res.json({ hello: 'world' });\n    });\n  },\n};\n`,
    ];
  }
  return [
    path.join(dir, 'app/custom/hooks.py'),
    'from fastapi import FastAPI\n\n\ndef before_routes(app: FastAPI) -> None:\n    pass\n\n\ndef after_routes(app: FastAPI) -> None:\n    @app.get("/hello")\n    def hello() -> dict[str, str]:\n        return {"hello": "world"}\n',
  ];
}
