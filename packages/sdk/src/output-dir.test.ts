import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputExistsError } from './errors.js';
import { prepareOutputDir, removeStaleFiles, writeProjectFiles } from './output-dir.js';

describe('output folder', () => {
  it('creates a missing folder and writes nested files', async () => {
    const outDir = path.join(await mkdtemp(path.join(tmpdir(), 'forge-out-')), 'api');
    await prepareOutputDir(outDir, false);
    await writeProjectFiles(outDir, { 'src/app.ts': 'export {};\n', 'README.md': '# api\n' });
    expect(await readFile(path.join(outDir, 'src/app.ts'), 'utf8')).toBe('export {};\n');
  });

  it('refuses a non-empty folder unless overwriting is allowed', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'forge-out-'));
    await writeFile(path.join(outDir, 'notes.txt'), 'mine');
    await expect(prepareOutputDir(outDir, false)).rejects.toBeInstanceOf(OutputExistsError);
    await expect(prepareOutputDir(outDir, true)).resolves.toBeUndefined();
  });

  it('never writes outside the output folder', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'forge-out-'));
    await expect(writeProjectFiles(outDir, { '../escape.txt': 'x' })).rejects.toThrow(/outside/);
  });

  it('removes files an earlier write made that the next project lacks, and nothing else', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'forge-out-'));
    await writeFile(path.join(outDir, 'notes.txt'), 'mine');
    await writeProjectFiles(outDir, { 'src/pets.ts': 'x', 'src/owners.ts': 'y' });
    await removeStaleFiles(outDir, ['src/pets.ts', 'src/owners.ts'], { 'src/pets.ts': 'x2' });
    expect(existsSync(path.join(outDir, 'src/owners.ts'))).toBe(false);
    expect(existsSync(path.join(outDir, 'src/pets.ts'))).toBe(true);
    expect(existsSync(path.join(outDir, 'notes.txt'))).toBe(true);
  });
});
