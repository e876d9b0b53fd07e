import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseDesign } from '@smartapiforge/spec-engine';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ForgeFolderError,
  buildManifest,
  forgeFolderFiles,
  generatorVersion,
  readForgeFolder,
  writeForgeFolder,
  type ForgeState,
} from './forge-folder.js';

const design = parseDesign({
  name: 'pets',
  title: 'Pets',
  resources: [{ name: 'pet', plural: 'pets', fields: [{ name: 'name', type: 'string' }] }],
});
const files = {
  'src/app.ts': 'app\n',
  'src/custom/hooks.ts': 'hooks\n',
  'migrations/001_schema.sql': 'sql\n',
};
const state: ForgeState = {
  formatVersion: 1,
  generatorVersion: generatorVersion(),
  stack: 'express',
  design,
  openapi: { openapi: '3.1.0' },
  manifest: buildManifest(files),
  migrations: ['migrations/001_schema.sql'],
};

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('.forge folder', () => {
  it('lists generated files with sha256 hashes, custom code left out', () => {
    expect(buildManifest(files)).toEqual([
      { path: 'migrations/001_schema.sql', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
      { path: 'src/app.ts', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
    ]);
    expect(generatorVersion()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('round-trips through disk, byte-identically', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'forge-folder-'));
    dirs.push(dir);
    await writeForgeFolder(dir, state);
    const read = await readForgeFolder(dir);
    expect(read).toEqual(state);
    expect(forgeFolderFiles(read)).toEqual(forgeFolderFiles(state));
  });

  it('reads a design stored before many-to-many links had join resources as it was stored', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'forge-folder-'));
    dirs.push(dir);
    await writeForgeFolder(dir, state);
    const legacy = {
      ...design,
      resources: [
        ...design.resources,
        { name: 'toy', plural: 'toys', fields: [{ name: 'label', type: 'string' }] },
      ],
      relations: [{ kind: 'many-to-many', from: 'pet', to: 'toy', required: false }],
    };
    await writeFile(path.join(dir, '.forge/design.json'), JSON.stringify(legacy));
    const read = await readForgeFolder(dir);
    expect(read.design.resources.map((r) => r.name)).toEqual(['pet', 'toy']);
    expect(read.design.relations).toEqual(legacy.relations);
  });

  it('says what to do when the folder is missing or of an unknown format', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'forge-folder-'));
    dirs.push(dir);
    await expect(readForgeFolder(dir)).rejects.toMatchObject({ code: 'forge_folder_missing' });
    await writeForgeFolder(dir, state);
    await writeFile(path.join(dir, '.forge/forge.json'), JSON.stringify({ formatVersion: 99 }));
    const error = await readForgeFolder(dir).catch((e: unknown) => e);
    expect(ForgeFolderError.isInstance(error) && error.code).toBe('forge_folder_invalid');
    expect((error as Error).message).toContain('format version 99');
  });
});
