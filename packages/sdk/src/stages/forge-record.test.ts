import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readForgeFolder, sha256 } from '@smartapiforge/scaffolders';
import { describe, expect, it } from 'vitest';
import { createForge } from '../forge.js';

const library = {
  name: 'library',
  title: 'Library',
  resources: [{ name: 'book', plural: 'books', fields: [{ name: 'title', type: 'string', required: true }] }],
};

async function scaffolded(stack: 'express' | 'fastapi') {
  const outDir = path.join(await mkdtemp(path.join(tmpdir(), 'forge-record-')), 'library');
  const result = await createForge().scaffold({ design: library }, { outDir, stack });
  return { outDir, result };
}

describe('the .forge folder a generated project keeps', () => {
  it.each(['express', 'fastapi'] as const)(
    'records the %s project: design, contract, a hash of every generated file, its migrations',
    async (stack) => {
      const { outDir, result } = await scaffolded(stack);
      const state = await readForgeFolder(outDir);
      expect(state.stack).toBe(stack);
      expect(state.design).toEqual(result.design);
      expect(state.openapi).toEqual(result.openapi);
      expect(state.migrations).toContain('migrations/001_schema.sql');
      expect(state.migrations).toEqual(result.files.filter((file) => /^migrations\/\d+_.*\.sql$/.test(file)));
      const listed = state.manifest.map((entry) => entry.path);
      expect(listed).toContain('openapi.yaml');
      expect(listed.some((file) => file.startsWith('.forge/'))).toBe(false);
      for (const entry of state.manifest)
        expect(sha256(await readFile(path.join(outDir, entry.path), 'utf8')), entry.path).toBe(entry.sha256);
      expect(result.files).toContain('.forge/design.json');
    },
  );

  it('is byte-identical for the same input', async () => {
    const [first, second] = [await scaffolded('express'), await scaffolded('express')];
    for (const file of ['forge.json', 'design.json', 'openapi.json', 'manifest.json']) {
      expect(await readFile(path.join(first.outDir, '.forge', file), 'utf8')).toBe(
        await readFile(path.join(second.outDir, '.forge', file), 'utf8'),
      );
    }
  });
});
