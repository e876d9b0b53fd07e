import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { failureCode } from '../errors.js';
import { createForge } from '../forge.js';

const library = {
  name: 'library',
  title: 'Library',
  resources: [{ name: 'book', plural: 'books', fields: [{ name: 'title', type: 'string', required: true }] }],
};
const inventory = `openapi: 3.1.0
info: { title: Inventory, version: 2.3.0 }
paths:
  /items:
    get:
      operationId: listItems
      responses:
        '200':
          description: The items
          content:
            application/json:
              schema: { type: array, items: { type: object, properties: { sku: { type: string } } } }
`;

async function outDir(): Promise<string> {
  return path.join(await mkdtemp(path.join(tmpdir(), 'change-plan-')), 'project');
}

describe('planning a change against a project on disk', () => {
  it('shows the classified diff and the migration of a dry run, writing nothing', async () => {
    const forge = createForge();
    const dir = await outDir();
    await forge.scaffold({ design: library }, { outDir: dir });
    const before = await readFile(path.join(dir, '.forge', 'design.json'), 'utf8');
    const events: string[] = [];
    const dry = await forge.change(dir, 'add an isbn to books', {
      dryRun: true,
      onProgress: (event) => events.push(event.type === 'stage-end' ? event.stage : event.type),
    });
    expect(dry).toMatchObject({ applied: false, previousVersion: '1.0.0', version: '1.1.0', updates: [] });
    expect(dry.diff.breaking).toBe(false);
    expect(dry.diff.changes.some((change) => change.path.includes('isbn'))).toBe(true);
    expect(dry.migration?.file).toMatch(/^migrations\/\d{3}_\w+\.sql$/);
    expect(events).toEqual(expect.arrayContaining(['read', 'plan', 'diff', 'migrate']));
    expect(events).not.toContain('write');
    expect(await readFile(path.join(dir, '.forge', 'design.json'), 'utf8')).toBe(before);
  });

  it("refuses to change a spec-first project, whose contract is the user's document", async () => {
    const forge = createForge();
    const dir = await outDir();
    await forge.scaffold({ spec: inventory }, { outDir: dir });
    const failure = await forge
      .change(dir, 'add a price to items', { dryRun: true })
      .catch((e: unknown) => e);
    expect(failureCode(failure)).toBe('change_spec_first');
  });

  it('says what to do for a folder forge did not make', async () => {
    const failure = await createForge()
      .change(await mkdtemp(path.join(tmpdir(), 'change-plan-')), 'add a price to items')
      .catch((e: unknown) => e);
    expect(failureCode(failure)).toBe('forge_folder_missing');
  });
});
