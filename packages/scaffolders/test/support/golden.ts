import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ApiDesign } from '@smartapiforge/spec-engine';
import { expect } from 'vitest';
import { libraryDesign } from '../fixtures/library-design.js';

/**
 * Asserts that `files` equal the golden copies under `goldenDir`, each stored as `<path>.golden` so
 * that neither tsc nor vitest mistakes it for source; UPDATE_GOLDEN=1 rewrites them first.
 */
export async function expectGoldenFiles(goldenDir: string, files: [string, string][]): Promise<void> {
  if (process.env.UPDATE_GOLDEN === '1') {
    await rm(goldenDir, { recursive: true, force: true });
    for (const [file, content] of files) {
      await mkdir(path.dirname(path.join(goldenDir, file)), { recursive: true });
      await writeFile(path.join(goldenDir, `${file}.golden`), content);
    }
  }
  const stored = (await readdir(goldenDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(goldenDir, path.join(entry.parentPath, entry.name)).replace(/\.golden$/, ''),
    );
  expect(stored.sort()).toEqual(files.map(([file]) => file));
  for (const [file, content] of files) {
    expect(content, file).toBe(await readFile(path.join(goldenDir, `${file}.golden`), 'utf8'));
  }
}

/** A required string field, as parseDesign would normalise it. */
export function field(name: string): ApiDesign['resources'][number]['fields'][number] {
  return { name, type: 'string', required: true, unique: false, readOnly: false };
}

/** The library design reduced to one resource (by default `thing` with a `title`), without relations. */
export function withResource(resource: Partial<ApiDesign['resources'][number]>): ApiDesign {
  return {
    ...libraryDesign,
    relations: [],
    resources: [
      { name: 'thing', plural: 'things', ownership: 'none', fields: [field('title')], ...resource },
    ],
  };
}
