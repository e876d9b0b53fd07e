import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createForge, type ForgeEvent, type Stack } from '../../src/index.js';

const prompt = 'A pet store API: pets have a name, a species and an age';
const forge = createForge();
afterAll(() => forge.close());

async function tempOut(name: string): Promise<string> {
  return path.join(await mkdtemp(path.join(tmpdir(), 'forge-change-')), name);
}

/** Calls `url` from three clients back to back until stopped, collecting every failed call. */
function hammer(url: string) {
  let running = true;
  const failures: string[] = [];
  let calls = 0;
  const client = async () => {
    while (running) {
      calls += 1;
      const response = await fetch(url).catch((error: unknown) => error as Error);
      if (response instanceof Error) failures.push(response.message);
      else {
        if (response.status !== 200) failures.push(`${response.status} ${await response.text()}`);
        else await response.body?.cancel();
      }
    }
  };
  const clients = Promise.all([client(), client(), client()]);
  return {
    async stop() {
      running = false;
      await clients;
      return { failures, calls };
    },
  };
}

async function post(url: string, body: object) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** Every file of the project with its hash, `.forge/` included: a refusal must leave all of it alone. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const walk = async (folder: string) => {
    for (const entry of await readdir(path.join(dir, folder), { withFileTypes: true })) {
      const relative = path.join(folder, entry.name);
      if (entry.isDirectory()) await walk(relative);
      else
        files[relative] = createHash('sha256')
          .update(await readFile(path.join(dir, relative)))
          .digest('hex');
    }
  };
  await walk('');
  return files;
}

describe.each(['express', 'fastapi'] as const)('createForge().change on a live %s API', (stack: Stack) => {
  it('adds fields to a live API: same URL, rows kept, no failed request during the switch', async () => {
    const outDir = await tempOut('pets');
    const generated = await forge.generate(prompt, { outDir, stack, test: false });
    const url = generated.deployment!.url;
    // The contract stage ran against this URL and removed every record it made.
    expect(((await (await fetch(`${url}/pets`)).json()) as { data: unknown[] }).data).toEqual([]);
    for (const name of ['Rex', 'Tom', 'Kiwi'])
      expect((await post(`${url}/pets`, { name, species: 'dog', age: 3 })).status).toBe(201);

    const client = hammer(`${url}/pets`);
    const events: ForgeEvent[] = [];
    // The embedded change planner reads the request.
    const changed = await forge.change(outDir, 'add an owner name and a vaccinated flag to pets', {
      deploymentId: generated.deployment!.id,
      onProgress: (event) => events.push(event),
    });
    const { failures, calls } = await client.stop();

    expect(failures).toEqual([]);
    expect(calls).toBeGreaterThan(3);
    expect(changed).toMatchObject({
      applied: true,
      previousVersion: '1.0.0',
      version: '1.1.0',
      conflicts: [],
    });
    expect(changed.diff.breaking).toBe(false);
    expect(changed.diff.changes.map((change) => change.kind)).toContain('property-added');
    expect(changed.migration?.file).toMatch(/^migrations\/\d{3}_\w*owner_name\w*\.sql$/);
    expect(changed.deployment?.url).toBe(url);
    expect(changed.test?.counts.failed).toBe(0);
    expect(events.map((event) => event.type)).toEqual(
      expect.arrayContaining(['diff', 'migration', 'merged']),
    );
    expect(await readFile(path.join(outDir, changed.migration!.file), 'utf8')).toMatch(/ADD COLUMN/i);

    const listed = (await (await fetch(`${url}/pets`)).json()) as { data: Record<string, unknown>[] };
    // Both stacks' embedded databases (PGlite, SQLite) live in the deployment's data folder, which
    // outlives versions.
    expect(listed.data.map((pet) => pet.name).sort()).toEqual(['Kiwi', 'Rex', 'Tom']);
    // Existing rows get the new field's default, or null where it has none.
    const fields = changed.design.resources.find((resource) => resource.name === 'pet')!.fields;
    const vaccinated = fields.find((field) => field.name === 'vaccinated')?.default ?? null;
    for (const pet of listed.data)
      expect(pet).toMatchObject({ species: 'dog', age: 3, owner_name: null, vaccinated });
    const created = await post(`${url}/pets`, {
      name: 'Max',
      species: 'cat',
      age: 2,
      owner_name: 'Ann',
      vaccinated: true,
    });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ owner_name: 'Ann', vaccinated: true });
    const contract = (await (await fetch(`${url}/openapi.json`)).json()) as { info: { version: string } };
    expect(contract.info.version).toBe('1.1.0');
  });
});

describe('createForge().change refusals and merges', () => {
  it('refuses a breaking change without allowBreaking, and a drop without allowDestructive, changing nothing', async () => {
    const outDir = await tempOut('pets');
    await forge.generate(prompt, { outDir, test: false, deploy: false });
    const before = await snapshot(outDir);
    const drop = 'drop the age field from pets';

    const breaking = await forge.change(outDir, drop).catch((e: unknown) => e);
    expect(breaking).toMatchObject({ code: 'breaking_change_refused' });
    const destructive = await forge.change(outDir, drop, { allowBreaking: true }).catch((e: unknown) => e);
    expect(destructive).toMatchObject({ code: 'destructive_change_refused' });
    expect(await snapshot(outDir)).toEqual(before);

    const dry = await forge.change(outDir, drop, {
      allowBreaking: true,
      allowDestructive: true,
      dryRun: true,
    });
    expect(dry).toMatchObject({ applied: false, version: '2.0.0' });
    expect(dry.migration?.destructive).toBe(true);
    expect(await snapshot(outDir)).toEqual(before);
  });

  it('renames a field of a live API keeping its values, and stops before deploy on a conflicting edit', async () => {
    const outDir = await tempOut('pets');
    const generated = await forge.generate(prompt, { outDir, test: false });
    const url = generated.deployment!.url;
    expect((await post(`${url}/pets`, { name: 'Rex', species: 'dog', age: 3 })).status).toBe(201);
    const renamed = await forge.change(outDir, 'rename the species of pets to kind', {
      allowBreaking: true,
      test: false,
      deploymentId: generated.deployment!.id,
    });
    expect(renamed.version).toBe('2.0.0');
    expect(await readFile(path.join(outDir, renamed.migration!.file), 'utf8')).toMatch(
      /RENAME COLUMN "?species"? TO "?kind"?/i,
    );
    const listed = (await (await fetch(`${url}/pets`)).json()) as { data: Record<string, unknown>[] };
    expect(listed.data.find((pet) => pet.name === 'Rex')).toMatchObject({ kind: 'dog' });

    // The user edits a line the next change rewrites: the contract's version.
    const spec = path.join(outDir, 'openapi.yaml');
    const edited = (await readFile(spec, 'utf8')).replace(/^(\s+version:) 2\.0\.0$/m, '$1 2.0.0-ours');
    expect(edited).toContain('2.0.0-ours');
    await writeFile(spec, edited);
    const events: ForgeEvent[] = [];
    const failure = await forge
      .change(outDir, 'add an owner name and a vaccinated flag to pets', {
        test: false,
        deploymentId: generated.deployment!.id,
        onProgress: (event) => events.push(event),
      })
      .catch((e: unknown) => e);
    expect(events.some((event) => event.type === 'stage-start' && event.stage === 'deploy')).toBe(false);
    expect(failure).toMatchObject({ code: 'change_conflicts' });
    expect((failure as { details: { conflicts: { path: string }[] } }).details.conflicts).toContainEqual(
      expect.objectContaining({ path: 'openapi.yaml' }),
    );
    expect(await readFile(spec, 'utf8')).toMatch(/^<<<<<<< /m);
    // The live API still serves the version before the conflicting change.
    expect((await (await fetch(`${url}/openapi.json`)).json()) as object).toMatchObject({
      info: { version: '2.0.0' },
    });
  });
});
